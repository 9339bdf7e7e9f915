# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``reference_entities``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, UpsertOutcome
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, as_json, expect, first

GET = expect("reference_entities.get")
LIST = expect("reference_entities.list")
LIST_PAGE = expect("reference_entities.list_page")
UPSERT = expect("reference_entities.upsert")


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.reference_entities.get("code_1"))
    assert isinstance(result, _m.ReferenceEntity)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.reference_entities.get("code_1"))
    assert isinstance(result, _m.ReferenceEntity)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: first(pim.reference_entities.list()))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ReferenceEntity) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: afirst(pim.reference_entities.list()))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ReferenceEntity) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST_PAGE, lambda pim: pim.reference_entities.list_page())
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ReferenceEntity) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST_PAGE, lambda pim: pim.reference_entities.list_page())
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ReferenceEntity) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT, lambda pim: pim.reference_entities.upsert("code_1", UPSERT.json)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT, lambda pim: pim.reference_entities.upsert("code_1", UPSERT.json)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)
