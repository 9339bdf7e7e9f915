# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``attribute_groups``: every operation, called sync and async.

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
    "code": "marketing",
    "sort_order": 1,
    "attributes": ["name", "description", "color", "material"],
    "labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
}
CREATE = Expect(
    "attribute_groups.create",
    "POST",
    "/api/rest/v1/attribute-groups",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

GET = Expect(
    "attribute_groups.get",
    "GET",
    "/api/rest/v1/attribute-groups/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "attribute_groups.list",
    "GET",
    "/api/rest/v1/attribute-groups",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "attribute_groups.list",
    "GET",
    "/api/rest/v1/attribute-groups",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "marketing",
    "sort_order": 1,
    "attributes": ["name", "description", "color", "material"],
    "labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
}
UPSERT = Expect(
    "attribute_groups.upsert",
    "PATCH",
    "/api/rest/v1/attribute-groups/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "code": "technical",
        "sort_order": 2,
        "attributes": ["weight", "size"],
        "labels": {"en_US": "Technical", "fr_FR": "Technique"},
    }
]
UPSERT_MANY = Expect(
    "attribute_groups.upsert_many",
    "PATCH",
    "/api/rest/v1/attribute-groups",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.attribute_groups.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.attribute_groups.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.attribute_groups.get("code_1"))
    assert isinstance(result, _m.AttributeGroup)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/attribute-groups/marketing"}
            },
            "code": "marketing",
            "sort_order": 1,
            "attributes": ["name", "description", "color", "material"],
            "labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.attribute_groups.get("code_1"))
    assert isinstance(result, _m.AttributeGroup)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/attribute-groups/marketing"}
            },
            "code": "marketing",
            "sort_order": 1,
            "attributes": ["name", "description", "color", "material"],
            "labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.attribute_groups.list(
                search=Search().where("enabled", "=", True), limit=10, with_count=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeGroup) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.attribute_groups.list(
                search=Search().where("enabled", "=", True), limit=10, with_count=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeGroup) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.attribute_groups.list_page(
            search=Search().where("enabled", "=", True), page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AttributeGroup) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.attribute_groups.list_page(
            search=Search().where("enabled", "=", True), page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AttributeGroup) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT, lambda pim: pim.attribute_groups.upsert("code_1", UPSERT_BODY)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT, lambda pim: pim.attribute_groups.upsert("code_1", UPSERT_BODY)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.attribute_groups.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.attribute_groups.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
