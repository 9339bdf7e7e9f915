# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``asset_attribute_options``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import UpsertOutcome
from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

GET = expect("asset_attribute_options.get")
LIST = expect("asset_attribute_options.list")
UPSERT = expect("asset_attribute_options.upsert")


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.asset_attribute_options.get(
            "asset_family_code_1", "attribute_code_1", "code_1"
        ),
    )
    assert isinstance(result, _m.AttributeOptionCode)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.asset_attribute_options.get(
            "asset_family_code_1", "attribute_code_1", "code_1"
        ),
    )
    assert isinstance(result, _m.AttributeOptionCode)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: pim.asset_attribute_options.list("asset_family_code_1", "attribute_code_1"),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeOptionCode) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: pim.asset_attribute_options.list("asset_family_code_1", "attribute_code_1"),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeOptionCode) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT,
        lambda pim: pim.asset_attribute_options.upsert(
            "asset_family_code_1", "attribute_code_1", "code_1", UPSERT.json
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT,
        lambda pim: pim.asset_attribute_options.upsert(
            "asset_family_code_1", "attribute_code_1", "code_1", UPSERT.json
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)
