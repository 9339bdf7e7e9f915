# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``assets``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, Search, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, acollect, afirst, as_json, expect, first

DELETE = expect("assets.delete")
GET = expect("assets.get")
LIST = expect("assets.list")
LIST_PAGE = expect("assets.list_page")
UPSERT = expect("assets.upsert")
UPSERT_MANY = expect("assets.upsert_many")


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DELETE, lambda pim: pim.assets.delete("asset_family_code_1", "code_1")
    )
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DELETE, lambda pim: pim.assets.delete("asset_family_code_1", "code_1")
    )
    assert result is None


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.assets.get("asset_family_code_1", "code_1"))
    assert isinstance(result, _m.Asset)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.assets.get("asset_family_code_1", "code_1"))
    assert isinstance(result, _m.Asset)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.assets.list(
                "asset_family_code_1",
                search=Search().where("enabled", "=", True),
                channel="channel_1",
                locales=["en_US", "fr_FR"],
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Asset) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.assets.list(
                "asset_family_code_1",
                search=Search().where("enabled", "=", True),
                channel="channel_1",
                locales=["en_US", "fr_FR"],
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Asset) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.assets.list_page(
            "asset_family_code_1",
            search=Search().where("enabled", "=", True),
            channel="channel_1",
            locales=["en_US", "fr_FR"],
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Asset) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.assets.list_page(
            "asset_family_code_1",
            search=Search().where("enabled", "=", True),
            channel="channel_1",
            locales=["en_US", "fr_FR"],
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Asset) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT, lambda pim: pim.assets.upsert("asset_family_code_1", "code_1", UPSERT.json)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT, lambda pim: pim.assets.upsert("asset_family_code_1", "code_1", UPSERT.json)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY,
        lambda pim: list(pim.assets.upsert_many("asset_family_code_1", UPSERT_MANY.json)),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY,
        lambda pim: acollect(pim.assets.upsert_many("asset_family_code_1", UPSERT_MANY.json)),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]
