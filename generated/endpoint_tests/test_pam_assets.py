# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``pam_assets``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import Page, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, Expect, acollect, afirst, as_json, first

CREATE_BODY: dict[str, Any] = {
    "code": "size_chart",
    "localizable": True,
    "description": "Size chart for tops",
    "tags": ["sizing"],
    "categories": ["guides"],
}
CREATE = Expect(
    "pam_assets.create",
    "POST",
    "/api/rest/v1/assets",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
    deprecated=True,
)

GET = Expect(
    "pam_assets.get",
    "GET",
    "/api/rest/v1/assets/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)

LIST = Expect(
    "pam_assets.list",
    "GET",
    "/api/rest/v1/assets",
    query=(
        ("pagination_type", "page"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)

LIST_PAGE = Expect(
    "pam_assets.list",
    "GET",
    "/api/rest/v1/assets",
    query=(
        ("pagination_type", "page"),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)

UPSERT_BODY: dict[str, Any] = {
    "code": "size_chart",
    "localizable": True,
    "description": "Size chart for tops",
    "tags": ["sizing"],
    "categories": ["guides"],
}
UPSERT = Expect(
    "pam_assets.upsert",
    "PATCH",
    "/api/rest/v1/assets/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
    deprecated=True,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [{"code": "logo", "tags": ["branding"]}]
UPSERT_MANY = Expect(
    "pam_assets.upsert_many",
    "PATCH",
    "/api/rest/v1/assets",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
    deprecated=True,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.pam_assets.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.pam_assets.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.pam_assets.get("code_1"))
    assert isinstance(result, _m.PamAsset)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/assets/size_chart"}},
            "code": "size_chart",
            "localizable": True,
            "description": "Size chart for tops",
            "end_of_use": None,
            "tags": ["sizing"],
            "categories": ["guides"],
            "variation_files": [
                {
                    "_link": {
                        "self": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/variation-files/ecommerce/en_US"
                        },
                        "download": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/variation-files/ecommerce/en_US/download"
                        },
                    },
                    "code": "1/2/3/4/1234abcd5678ef901234abcd5678ef9012345678_size_chart_en_ecommerce.pdf",
                    "locale": "en_US",
                    "scope": "ecommerce",
                }
            ],
            "reference_files": [
                {
                    "_link": {
                        "self": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/reference-files/en_US"
                        },
                        "download": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/reference-files/en_US/download"
                        },
                    },
                    "code": "6/b/7/c/6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c_size_chart_en.pdf",
                    "locale": "en_US",
                }
            ],
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.pam_assets.get("code_1"))
    assert isinstance(result, _m.PamAsset)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/assets/size_chart"}},
            "code": "size_chart",
            "localizable": True,
            "description": "Size chart for tops",
            "end_of_use": None,
            "tags": ["sizing"],
            "categories": ["guides"],
            "variation_files": [
                {
                    "_link": {
                        "self": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/variation-files/ecommerce/en_US"
                        },
                        "download": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/variation-files/ecommerce/en_US/download"
                        },
                    },
                    "code": "1/2/3/4/1234abcd5678ef901234abcd5678ef9012345678_size_chart_en_ecommerce.pdf",
                    "locale": "en_US",
                    "scope": "ecommerce",
                }
            ],
            "reference_files": [
                {
                    "_link": {
                        "self": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/reference-files/en_US"
                        },
                        "download": {
                            "href": "https://pim.example.com/api/rest/v1/assets/size_chart/reference-files/en_US/download"
                        },
                    },
                    "code": "6/b/7/c/6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c_size_chart_en.pdf",
                    "locale": "en_US",
                }
            ],
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(pim.pam_assets.list(pagination_type="page", limit=10, with_count=False)),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.PamAsset) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(pim.pam_assets.list(pagination_type="page", limit=10, with_count=False)),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.PamAsset) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.pam_assets.list_page(
            pagination_type="page", page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.PamAsset) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.pam_assets.list_page(
            pagination_type="page", page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.PamAsset) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.pam_assets.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(UPSERT, lambda pim: pim.pam_assets.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.pam_assets.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.pam_assets.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
