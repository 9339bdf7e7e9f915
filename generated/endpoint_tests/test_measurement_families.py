# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``measurement_families``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, acollect, as_json, expect

LIST = expect("measurement_families.list")
UPSERT_MANY = expect("measurement_families.upsert_many")


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: pim.measurement_families.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MeasurementFamily) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: pim.measurement_families.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MeasurementFamily) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.measurement_families.upsert_many(UPSERT_MANY.json))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.measurement_families.upsert_many(UPSERT_MANY.json))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]
