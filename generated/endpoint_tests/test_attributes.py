# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``attributes``: every operation, called sync and async.

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
    "code": "material",
    "type": "pim_catalog_text",
    "group": "marketing",
    "localizable": True,
    "scopable": False,
    "max_characters": 255,
    "labels": {"en_US": "Material", "fr_FR": "Mati\u00e8re"},
}
CREATE = Expect(
    "attributes.create",
    "POST",
    "/api/rest/v1/attributes",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

GET = Expect(
    "attributes.get",
    "GET",
    "/api/rest/v1/attributes/code_1",
    query=(("with_table_select_options", "false"),),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "attributes.list",
    "GET",
    "/api/rest/v1/attributes",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_table_select_options", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "attributes.list",
    "GET",
    "/api/rest/v1/attributes",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_table_select_options", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "material",
    "type": "pim_catalog_text",
    "group": "marketing",
    "localizable": True,
    "scopable": False,
    "max_characters": 255,
    "labels": {"en_US": "Material", "fr_FR": "Mati\u00e8re"},
}
UPSERT = Expect(
    "attributes.upsert",
    "PATCH",
    "/api/rest/v1/attributes/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "code": "material",
        "type": "pim_catalog_text",
        "group": "marketing",
        "localizable": True,
        "scopable": False,
        "max_characters": 255,
        "labels": {"en_US": "Material", "fr_FR": "Mati\u00e8re"},
    }
]
UPSERT_MANY = Expect(
    "attributes.upsert_many",
    "PATCH",
    "/api/rest/v1/attributes",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.attributes.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.attributes.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET, lambda pim: pim.attributes.get("code_1", with_table_select_options=False)
    )
    assert isinstance(result, _m.Attribute)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/attributes/color"}},
            "code": "color",
            "type": "pim_catalog_simpleselect",
            "group": "marketing",
            "group_labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
            "unique": False,
            "useable_as_grid_filter": True,
            "allowed_extensions": [],
            "metric_family": None,
            "default_metric_unit": None,
            "reference_data_name": None,
            "available_locales": [],
            "max_characters": None,
            "validation_rule": None,
            "validation_regexp": None,
            "wysiwyg_enabled": None,
            "number_min": None,
            "number_max": None,
            "decimals_allowed": None,
            "negative_allowed": None,
            "date_min": None,
            "date_max": None,
            "max_file_size": None,
            "minimum_input_length": None,
            "sort_order": 3,
            "localizable": False,
            "scopable": False,
            "default_value": None,
            "labels": {"en_US": "Color", "fr_FR": "Couleur", "de_DE": "Farbe"},
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET, lambda pim: pim.attributes.get("code_1", with_table_select_options=False)
    )
    assert isinstance(result, _m.Attribute)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {"self": {"href": "https://pim.example.com/api/rest/v1/attributes/color"}},
            "code": "color",
            "type": "pim_catalog_simpleselect",
            "group": "marketing",
            "group_labels": {"en_US": "Marketing", "fr_FR": "Marketing"},
            "unique": False,
            "useable_as_grid_filter": True,
            "allowed_extensions": [],
            "metric_family": None,
            "default_metric_unit": None,
            "reference_data_name": None,
            "available_locales": [],
            "max_characters": None,
            "validation_rule": None,
            "validation_regexp": None,
            "wysiwyg_enabled": None,
            "number_min": None,
            "number_max": None,
            "decimals_allowed": None,
            "negative_allowed": None,
            "date_min": None,
            "date_max": None,
            "max_file_size": None,
            "minimum_input_length": None,
            "sort_order": 3,
            "localizable": False,
            "scopable": False,
            "default_value": None,
            "labels": {"en_US": "Color", "fr_FR": "Couleur", "de_DE": "Farbe"},
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.attributes.list(
                search=Search().where("enabled", "=", True),
                limit=10,
                with_count=False,
                with_table_select_options=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Attribute) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.attributes.list(
                search=Search().where("enabled", "=", True),
                limit=10,
                with_count=False,
                with_table_select_options=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Attribute) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.attributes.list_page(
            search=Search().where("enabled", "=", True),
            page=1,
            limit=10,
            with_count=False,
            with_table_select_options=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Attribute) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.attributes.list_page(
            search=Search().where("enabled", "=", True),
            page=1,
            limit=10,
            with_count=False,
            with_table_select_options=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Attribute) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.attributes.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(UPSERT, lambda pim: pim.attributes.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.attributes.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.attributes.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
