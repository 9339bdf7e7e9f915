# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``asset_families``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import Page, UpsertOutcome
from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, afirst, as_json, first

GET = Expect(
    "asset_families.get",
    "GET",
    "/api/rest/v1/asset-families/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "asset_families.list",
    "GET",
    "/api/rest/v1/asset-families",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "asset_families.list",
    "GET",
    "/api/rest/v1/asset-families",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "packshots",
    "labels": {"en_US": "Packshots", "fr_FR": "Packshots"},
    "attribute_as_main_media": "media",
    "naming_convention": {
        "source": {"property": "media", "channel": None, "locale": None},
        "pattern": "/(?P<product_ref>.+)_(?P<view>front|back)\\.jpg/",
        "abort_asset_creation_on_error": False,
    },
    "product_link_rules": [
        {
            "product_selections": [
                {"field": "sku", "operator": "EQUALS", "value": "{{product_ref}}"}
            ],
            "assign_assets_to": [{"attribute": "packshots", "mode": "add"}],
        }
    ],
    "transformations": [
        {
            "label": "Square thumbnail",
            "filename_suffix": "_thumb",
            "source": {"attribute": "media", "channel": None, "locale": None},
            "target": {"attribute": "thumbnail", "channel": None, "locale": None},
            "operations": [{"type": "thumbnail", "parameters": {"width": 200, "height": 200}}],
        }
    ],
}
UPSERT = Expect(
    "asset_families.upsert",
    "PATCH",
    "/api/rest/v1/asset-families/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.asset_families.get("code_1"))
    assert isinstance(result, _m.AssetFamily)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/asset-families/packshots"}
            },
            "code": "packshots",
            "labels": {"en_US": "Packshots", "fr_FR": "Packshots"},
            "attribute_as_main_media": "media",
            "naming_convention": {
                "source": {"property": "media", "channel": None, "locale": None},
                "pattern": "/(?P<product_ref>.+)_(?P<view>front|back)\\.jpg/",
                "abort_asset_creation_on_error": False,
            },
            "product_link_rules": [
                {
                    "product_selections": [
                        {"field": "sku", "operator": "EQUALS", "value": "{{product_ref}}"}
                    ],
                    "assign_assets_to": [{"attribute": "packshots", "mode": "add"}],
                }
            ],
            "transformations": [
                {
                    "label": "Square thumbnail",
                    "filename_suffix": "_thumb",
                    "source": {"attribute": "media", "channel": None, "locale": None},
                    "target": {"attribute": "thumbnail", "channel": None, "locale": None},
                    "operations": [
                        {"type": "thumbnail", "parameters": {"width": 200, "height": 200}}
                    ],
                }
            ],
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.asset_families.get("code_1"))
    assert isinstance(result, _m.AssetFamily)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/asset-families/packshots"}
            },
            "code": "packshots",
            "labels": {"en_US": "Packshots", "fr_FR": "Packshots"},
            "attribute_as_main_media": "media",
            "naming_convention": {
                "source": {"property": "media", "channel": None, "locale": None},
                "pattern": "/(?P<product_ref>.+)_(?P<view>front|back)\\.jpg/",
                "abort_asset_creation_on_error": False,
            },
            "product_link_rules": [
                {
                    "product_selections": [
                        {"field": "sku", "operator": "EQUALS", "value": "{{product_ref}}"}
                    ],
                    "assign_assets_to": [{"attribute": "packshots", "mode": "add"}],
                }
            ],
            "transformations": [
                {
                    "label": "Square thumbnail",
                    "filename_suffix": "_thumb",
                    "source": {"attribute": "media", "channel": None, "locale": None},
                    "target": {"attribute": "thumbnail", "channel": None, "locale": None},
                    "operations": [
                        {"type": "thumbnail", "parameters": {"width": 200, "height": 200}}
                    ],
                }
            ],
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: first(pim.asset_families.list()))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AssetFamily) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: afirst(pim.asset_families.list()))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AssetFamily) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST_PAGE, lambda pim: pim.asset_families.list_page())
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AssetFamily) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST_PAGE, lambda pim: pim.asset_families.list_page())
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AssetFamily) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.asset_families.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT, lambda pim: pim.asset_families.upsert("code_1", UPSERT_BODY)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)
