# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``asset_attribute_options``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import UpsertOutcome
from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, as_json

GET = Expect(
    "asset_attribute_options.get",
    "GET",
    "/api/rest/v1/asset-families/asset_family_code_1/attributes/attribute_code_1/options/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "asset_attribute_options.list",
    "GET",
    "/api/rest/v1/asset-families/asset_family_code_1/attributes/attribute_code_1/options",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {"code": "front", "labels": {"en_US": "Front", "fr_FR": "Face"}}
UPSERT = Expect(
    "asset_attribute_options.upsert",
    "PATCH",
    "/api/rest/v1/asset-families/asset_family_code_1/attributes/attribute_code_1/options/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.asset_attribute_options.get(
            "asset_family_code_1", "attribute_code_1", "code_1"
        ),
    )
    assert isinstance(result, _m.AttributeOptionCode)
    if endpoint.exact:
        assert as_json(result) == {"code": "front", "labels": {"en_US": "Front", "fr_FR": "Face"}}


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.asset_attribute_options.get(
            "asset_family_code_1", "attribute_code_1", "code_1"
        ),
    )
    assert isinstance(result, _m.AttributeOptionCode)
    if endpoint.exact:
        assert as_json(result) == {"code": "front", "labels": {"en_US": "Front", "fr_FR": "Face"}}


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: pim.asset_attribute_options.list("asset_family_code_1", "attribute_code_1"),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeOptionCode) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {"code": "front", "labels": {"en_US": "Front", "fr_FR": "Face"}},
            {"code": "back", "labels": {"en_US": "Back", "fr_FR": "Dos"}},
        ]


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: pim.asset_attribute_options.list("asset_family_code_1", "attribute_code_1"),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AttributeOptionCode) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {"code": "front", "labels": {"en_US": "Front", "fr_FR": "Face"}},
            {"code": "back", "labels": {"en_US": "Back", "fr_FR": "Dos"}},
        ]


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT,
        lambda pim: pim.asset_attribute_options.upsert(
            "asset_family_code_1", "attribute_code_1", "code_1", UPSERT_BODY
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT,
        lambda pim: pim.asset_attribute_options.upsert(
            "asset_family_code_1", "attribute_code_1", "code_1", UPSERT_BODY
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)
