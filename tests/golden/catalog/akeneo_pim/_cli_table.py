# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""What the command line (``python -m akeneo_pim``, or ``akeneo-pim`` once the
distribution is installed) can do with each resource, and the client it does it with."""

from __future__ import annotations

from . import _cli, _client

__all__ = ["CLIENT", "COMMANDS"]

#: the client class the commands connect with
CLIENT = _client.Client

#: what the command line can do with each resource: export (listings), import (batch
#: upserts) and the media downloads values link to
COMMANDS = _cli.Table(
    program="akeneo-pim",
    exports=(
        _cli.Export(
            "category",
            "list_categories",
            parents=(),
            cursor="both",
            options={"search": "search", "limit": "limit"},
            values=False,
        ),
        _cli.Export(
            "shapes",
            "list_shapes",
            parents=(),
            cursor="search_after",
            options={"limit": "limit"},
            values=False,
        ),
    ),
    imports=(
        _cli.Import(
            "category",
            "upsert_categories",
            parents=(),
            key="code",
        ),
    ),
    media=(),
)
