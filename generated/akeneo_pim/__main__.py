# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The command line: ``python -m akeneo_pim``, or ``akeneo-pim`` once the
distribution is installed (``--help`` says what it does)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import _cli, _client

__all__ = ["COMMANDS", "main"]

#: what the command line can do with each resource: export (listings), import (batch
#: upserts) and the media downloads values link to
COMMANDS = _cli.Table(
    program="akeneo-pim",
    exports=(
        _cli.Export(
            "app_catalog_products",
            "list",
            parents=("id",),
            cursor="search_after",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "app_catalogs",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "asset_families",
            "list",
            parents=(),
            cursor="search_after",
            options={},
            values=False,
        ),
        _cli.Export(
            "assets",
            "list",
            parents=("asset_family_code",),
            cursor="search_after",
            options={"search": "search", "locales": "locales"},
            values=False,
        ),
        _cli.Export(
            "association_types",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "attribute_groups",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "attribute_options",
            "list",
            parents=("attribute_code",),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "attributes",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "categories",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "channels",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "currencies",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "families",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "family_variants",
            "list",
            parents=("family_code",),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "locales",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "measure_families",
            "list",
            parents=(),
            cursor="none",
            options={},
            values=False,
        ),
        _cli.Export(
            "media_files",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "pam_asset_categories",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "pam_asset_tags",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "pam_assets",
            "list",
            parents=(),
            cursor="both",
            options={"limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "product_models",
            "list",
            parents=(),
            cursor="both",
            options={
                "search": "search",
                "locales": "locales",
                "scope": "scope",
                "attributes": "attributes",
                "limit": "limit",
            },
            values=True,
        ),
        _cli.Export(
            "products",
            "list",
            parents=(),
            cursor="both",
            options={
                "search": "search",
                "locales": "locales",
                "scope": "scope",
                "attributes": "attributes",
                "limit": "limit",
            },
            values=True,
        ),
        _cli.Export(
            "products_uuid",
            "list",
            parents=(),
            cursor="both",
            options={
                "search": "search",
                "locales": "locales",
                "scope": "scope",
                "attributes": "attributes",
                "limit": "limit",
            },
            values=True,
        ),
        _cli.Export(
            "published_products",
            "list",
            parents=(),
            cursor="both",
            options={
                "search": "search",
                "locales": "locales",
                "scope": "scope",
                "attributes": "attributes",
                "limit": "limit",
            },
            values=True,
        ),
        _cli.Export(
            "reference_entities",
            "list",
            parents=(),
            cursor="search_after",
            options={},
            values=False,
        ),
        _cli.Export(
            "reference_entity_records",
            "list",
            parents=("reference_entity_code",),
            cursor="search_after",
            options={"search": "search", "locales": "locales"},
            values=False,
        ),
        _cli.Export(
            "workflow_tasks",
            "list",
            parents=(),
            cursor="page",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "workflows",
            "list",
            parents=(),
            cursor="page",
            options={"limit": "limit"},
            values=False,
        ),
    ),
    imports=(
        _cli.Import(
            "assets",
            "upsert_many",
            parents=("asset_family_code",),
            key="code",
        ),
        _cli.Import(
            "association_types",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "attribute_groups",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "attribute_options",
            "upsert_many",
            parents=("attribute_code",),
            key="code",
        ),
        _cli.Import(
            "attributes",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "categories",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "channels",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "families",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "family_variants",
            "upsert_many",
            parents=("family_code",),
            key="code",
        ),
        _cli.Import(
            "measurement_families",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "pam_asset_categories",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "pam_assets",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "product_models",
            "upsert_many",
            parents=(),
            key="code",
        ),
        _cli.Import(
            "products",
            "upsert_many",
            parents=(),
            key="identifier",
        ),
        _cli.Import(
            "products_uuid",
            "upsert_many",
            parents=(),
            key="uuid",
        ),
        _cli.Import(
            "reference_entity_records",
            "upsert_many",
            parents=("reference_entity_code",),
            key="code",
        ),
    ),
    media=(
        _cli.Media(
            "asset_media_files",
            "download",
            "/api/rest/v1/asset-media-files/{code}",
            size_method=None,
        ),
        _cli.Media(
            "category_media_files",
            "download",
            "/api/rest/v1/category-media-files/{file_path}/download",
            size_method=None,
        ),
        _cli.Media(
            "media_files",
            "download",
            "/api/rest/v1/media-files/{code}/download",
            size_method="get",
        ),
        _cli.Media(
            "pam_asset_reference_files",
            "download",
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download",
            size_method="get",
        ),
        _cli.Media(
            "pam_asset_variation_files",
            "download",
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            size_method="get",
        ),
        _cli.Media(
            "reference_entity_media_files",
            "download",
            "/api/rest/v1/reference-entities-media-files/{code}",
            size_method=None,
        ),
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``argv``: ``sys.argv[1:]``); returns the exit status."""
    return _cli.run(_client.Akeneo, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
