# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``categories``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import Page, Search, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, Expect, acollect, afirst, as_json, first

CREATE_BODY: dict[str, Any] = {
    "code": "tshirts",
    "parent": "master",
    "labels": {"en_US": "T-shirts", "fr_FR": "T-shirts"},
    "values": [
        {
            "data": "<p>All our T-shirts.</p>",
            "channel": "ecommerce",
            "locale": "en_US",
            "attribute_code": "intro|8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
        }
    ],
}
CREATE = Expect(
    "categories.create",
    "POST",
    "/api/rest/v1/categories",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

GET = Expect(
    "categories.get",
    "GET",
    "/api/rest/v1/categories/code_1",
    query=(("with_position", "false"),),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "categories.list",
    "GET",
    "/api/rest/v1/categories",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_position", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "categories.list",
    "GET",
    "/api/rest/v1/categories",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_position", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "tshirts",
    "parent": "master",
    "labels": {"en_US": "T-shirts", "fr_FR": "T-shirts"},
    "values": [
        {
            "data": "<p>All our T-shirts.</p>",
            "channel": "ecommerce",
            "locale": "en_US",
            "attribute_code": "intro|8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
        }
    ],
}
UPSERT = Expect(
    "categories.upsert",
    "PATCH",
    "/api/rest/v1/categories/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {"code": "tshirts", "parent": "master", "labels": {"de_DE": "T-Shirts"}}
]
UPSERT_MANY = Expect(
    "categories.upsert_many",
    "PATCH",
    "/api/rest/v1/categories",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.categories.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.categories.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.categories.get("code_1", with_position=False))
    assert isinstance(result, _m.Category)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/categories/tshirts"}},
            "code": "tshirts",
            "parent": "master",
            "updated": "2024-04-02T11:20:00+00:00",
            "position": 2,
            "labels": {"en_US": "T-shirts", "fr_FR": "T-shirts"},
            "values": {
                "banner|4c8e3b1a-9f2d-4a6e-b7c5-3d2e1f0a9b8c|ecommerce|en_US": {
                    "data": {
                        "size": 254310,
                        "extension": "jpg",
                        "file_path": "3/c/4/d/3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90a1b2c3_banner.jpg",
                        "mime_type": "image/jpeg",
                        "original_filename": "banner.jpg",
                    },
                    "type": "image",
                    "channel": "ecommerce",
                    "locale": "en_US",
                    "attribute_code": "banner|4c8e3b1a-9f2d-4a6e-b7c5-3d2e1f0a9b8c",
                }
            },
            "channel_requirements": [],
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.categories.get("code_1", with_position=False))
    assert isinstance(result, _m.Category)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/categories/tshirts"}},
            "code": "tshirts",
            "parent": "master",
            "updated": "2024-04-02T11:20:00+00:00",
            "position": 2,
            "labels": {"en_US": "T-shirts", "fr_FR": "T-shirts"},
            "values": {
                "banner|4c8e3b1a-9f2d-4a6e-b7c5-3d2e1f0a9b8c|ecommerce|en_US": {
                    "data": {
                        "size": 254310,
                        "extension": "jpg",
                        "file_path": "3/c/4/d/3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90a1b2c3_banner.jpg",
                        "mime_type": "image/jpeg",
                        "original_filename": "banner.jpg",
                    },
                    "type": "image",
                    "channel": "ecommerce",
                    "locale": "en_US",
                    "attribute_code": "banner|4c8e3b1a-9f2d-4a6e-b7c5-3d2e1f0a9b8c",
                }
            },
            "channel_requirements": [],
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.categories.list(
                search=Search().where("enabled", "=", True),
                limit=10,
                with_count=False,
                with_position=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Category) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.categories.list(
                search=Search().where("enabled", "=", True),
                limit=10,
                with_count=False,
                with_position=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Category) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.categories.list_page(
            search=Search().where("enabled", "=", True),
            page=1,
            limit=10,
            with_count=False,
            with_position=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Category) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.categories.list_page(
            search=Search().where("enabled", "=", True),
            page=1,
            limit=10,
            with_count=False,
            with_position=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Category) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.categories.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(UPSERT, lambda pim: pim.categories.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.categories.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.categories.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
