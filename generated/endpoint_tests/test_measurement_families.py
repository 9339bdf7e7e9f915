# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``measurement_families``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, Expect, acollect, as_json

LIST = Expect(
    "measurement_families.list",
    "GET",
    "/api/rest/v1/measurement-families",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "code": "Weight",
        "labels": {"en_US": "Weight", "fr_FR": "Poids"},
        "standard_unit_code": "KILOGRAM",
        "units": {
            "GRAM": {
                "code": "GRAM",
                "labels": {"en_US": "Gram", "fr_FR": "Gramme"},
                "convert_from_standard": [{"operator": "mul", "value": "0.001"}],
                "symbol": "g",
            },
            "KILOGRAM": {
                "code": "KILOGRAM",
                "labels": {"en_US": "Kilogram", "fr_FR": "Kilogramme"},
                "convert_from_standard": [{"operator": "mul", "value": "1"}],
                "symbol": "kg",
            },
        },
    },
    {
        "code": "Length",
        "labels": {"en_US": "Length"},
        "standard_unit_code": "METER",
        "units": {
            "CENTIMETER": {
                "code": "CENTIMETER",
                "labels": {"en_US": "Centimeter"},
                "convert_from_standard": [{"operator": "mul", "value": "0.01"}],
                "symbol": "cm",
            },
            "METER": {
                "code": "METER",
                "labels": {"en_US": "Meter"},
                "convert_from_standard": [{"operator": "mul", "value": "1"}],
                "symbol": "m",
            },
        },
    },
]
UPSERT_MANY = Expect(
    "measurement_families.upsert_many",
    "PATCH",
    "/api/rest/v1/measurement-families",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json_array",
    json=UPSERT_MANY_ITEMS,
)


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: pim.measurement_families.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MeasurementFamily) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {
                "code": "Weight",
                "labels": {"en_US": "Weight", "fr_FR": "Poids"},
                "standard_unit_code": "KILOGRAM",
                "units": {
                    "GRAM": {
                        "code": "GRAM",
                        "labels": {"en_US": "Gram", "fr_FR": "Gramme"},
                        "convert_from_standard": [{"operator": "mul", "value": "0.001"}],
                        "symbol": "g",
                    },
                    "KILOGRAM": {
                        "code": "KILOGRAM",
                        "labels": {"en_US": "Kilogram", "fr_FR": "Kilogramme"},
                        "convert_from_standard": [{"operator": "mul", "value": "1"}],
                        "symbol": "kg",
                    },
                },
            },
            {
                "code": "Length",
                "labels": {"en_US": "Length"},
                "standard_unit_code": "METER",
                "units": {
                    "CENTIMETER": {
                        "code": "CENTIMETER",
                        "labels": {"en_US": "Centimeter"},
                        "convert_from_standard": [{"operator": "mul", "value": "0.01"}],
                        "symbol": "cm",
                    },
                    "METER": {
                        "code": "METER",
                        "labels": {"en_US": "Meter"},
                        "convert_from_standard": [{"operator": "mul", "value": "1"}],
                        "symbol": "m",
                    },
                },
            },
        ]


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: pim.measurement_families.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MeasurementFamily) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {
                "code": "Weight",
                "labels": {"en_US": "Weight", "fr_FR": "Poids"},
                "standard_unit_code": "KILOGRAM",
                "units": {
                    "GRAM": {
                        "code": "GRAM",
                        "labels": {"en_US": "Gram", "fr_FR": "Gramme"},
                        "convert_from_standard": [{"operator": "mul", "value": "0.001"}],
                        "symbol": "g",
                    },
                    "KILOGRAM": {
                        "code": "KILOGRAM",
                        "labels": {"en_US": "Kilogram", "fr_FR": "Kilogramme"},
                        "convert_from_standard": [{"operator": "mul", "value": "1"}],
                        "symbol": "kg",
                    },
                },
            },
            {
                "code": "Length",
                "labels": {"en_US": "Length"},
                "standard_unit_code": "METER",
                "units": {
                    "CENTIMETER": {
                        "code": "CENTIMETER",
                        "labels": {"en_US": "Centimeter"},
                        "convert_from_standard": [{"operator": "mul", "value": "0.01"}],
                        "symbol": "cm",
                    },
                    "METER": {
                        "code": "METER",
                        "labels": {"en_US": "Meter"},
                        "convert_from_standard": [{"operator": "mul", "value": "1"}],
                        "symbol": "m",
                    },
                },
            },
        ]


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.measurement_families.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.measurement_families.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 2
    assert [line.key for line in result] == ["code"] * 2
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
