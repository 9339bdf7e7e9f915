# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``reference_entity_attributes``: every operation, called sync and async.

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
    "reference_entity_attributes.get",
    "GET",
    "/api/rest/v1/reference-entities/reference_entity_code_1/attributes/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "reference_entity_attributes.list",
    "GET",
    "/api/rest/v1/reference-entities/reference_entity_code_1/attributes",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "country",
    "labels": {"en_US": "Country", "fr_FR": "Pays"},
    "type": "single_option",
    "value_per_locale": False,
    "value_per_channel": False,
    "is_required_for_completeness": False,
}
UPSERT = Expect(
    "reference_entity_attributes.upsert",
    "PATCH",
    "/api/rest/v1/reference-entities/reference_entity_code_1/attributes/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET, lambda pim: pim.reference_entity_attributes.get("reference_entity_code_1", "code_1")
    )
    assert isinstance(result, _m.ReferenceEntityAttribute)
    if endpoint.exact:
        assert as_json(result) == {
            "code": "country",
            "labels": {"en_US": "Country", "fr_FR": "Pays"},
            "type": "single_option",
            "value_per_locale": False,
            "value_per_channel": False,
            "is_required_for_completeness": False,
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET, lambda pim: pim.reference_entity_attributes.get("reference_entity_code_1", "code_1")
    )
    assert isinstance(result, _m.ReferenceEntityAttribute)
    if endpoint.exact:
        assert as_json(result) == {
            "code": "country",
            "labels": {"en_US": "Country", "fr_FR": "Pays"},
            "type": "single_option",
            "value_per_locale": False,
            "value_per_channel": False,
            "is_required_for_completeness": False,
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST, lambda pim: pim.reference_entity_attributes.list("reference_entity_code_1")
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ReferenceEntityAttribute) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {
                "code": "country",
                "labels": {"en_US": "Country", "fr_FR": "Pays"},
                "type": "single_option",
                "value_per_locale": False,
                "value_per_channel": False,
                "is_required_for_completeness": False,
            },
            {
                "code": "description",
                "labels": {"en_US": "Description"},
                "type": "text",
                "value_per_locale": True,
                "value_per_channel": False,
                "is_required_for_completeness": True,
                "max_characters": 500,
                "is_textarea": True,
                "is_rich_text_editor": False,
                "validation_rule": "none",
                "validation_regexp": None,
            },
        ]


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST, lambda pim: pim.reference_entity_attributes.list("reference_entity_code_1")
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ReferenceEntityAttribute) for item in result)
    if endpoint.exact:
        assert as_json(result) == [
            {
                "code": "country",
                "labels": {"en_US": "Country", "fr_FR": "Pays"},
                "type": "single_option",
                "value_per_locale": False,
                "value_per_channel": False,
                "is_required_for_completeness": False,
            },
            {
                "code": "description",
                "labels": {"en_US": "Description"},
                "type": "text",
                "value_per_locale": True,
                "value_per_channel": False,
                "is_required_for_completeness": True,
                "max_characters": 500,
                "is_textarea": True,
                "is_rich_text_editor": False,
                "validation_rule": "none",
                "validation_regexp": None,
            },
        ]


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT,
        lambda pim: pim.reference_entity_attributes.upsert(
            "reference_entity_code_1", "code_1", UPSERT_BODY
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT,
        lambda pim: pim.reference_entity_attributes.upsert(
            "reference_entity_code_1", "code_1", UPSERT_BODY
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)
