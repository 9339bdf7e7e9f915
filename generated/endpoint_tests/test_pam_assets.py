# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``pam_assets``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, acollect, afirst, as_json, expect, first

CREATE = expect("pam_assets.create")
GET = expect("pam_assets.get")
LIST = expect("pam_assets.list")
LIST_PAGE = expect("pam_assets.list_page")
UPSERT = expect("pam_assets.upsert")
UPSERT_MANY = expect("pam_assets.upsert_many")


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.pam_assets.create(CREATE.json))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.pam_assets.create(CREATE.json))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.pam_assets.get("code_1"))
    assert isinstance(result, _m.PamAsset)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.pam_assets.get("code_1"))
    assert isinstance(result, _m.PamAsset)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


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
    result = endpoint.run_sync(UPSERT, lambda pim: pim.pam_assets.upsert("code_1", UPSERT.json))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(UPSERT, lambda pim: pim.pam_assets.upsert("code_1", UPSERT.json))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.pam_assets.upsert_many(UPSERT_MANY.json))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.pam_assets.upsert_many(UPSERT_MANY.json))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]
