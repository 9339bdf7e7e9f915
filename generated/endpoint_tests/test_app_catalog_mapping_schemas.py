# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``app_catalog_mapping_schemas``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import UpsertOutcome
from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

DELETE_PRODUCT = expect("app_catalog_mapping_schemas.delete_product")
GET_PRODUCT = expect("app_catalog_mapping_schemas.get_product")
UPSERT_PRODUCT = expect("app_catalog_mapping_schemas.upsert_product")


def test_delete_product(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DELETE_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.delete_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40"
        ),
    )
    assert result is None


def test_delete_product_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DELETE_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.delete_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40"
        ),
    )
    assert result is None


def test_get_product(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.get_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40"
        ),
    )
    assert isinstance(result, _m.ProductMappingSchema)
    if endpoint.exact:
        assert as_json(result, GET_PRODUCT.expected) == GET_PRODUCT.expected


def test_get_product_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.get_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40"
        ),
    )
    assert isinstance(result, _m.ProductMappingSchema)
    if endpoint.exact:
        assert as_json(result, GET_PRODUCT.expected) == GET_PRODUCT.expected


def test_upsert_product(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.upsert_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", UPSERT_PRODUCT.json
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_upsert_product_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_PRODUCT,
        lambda pim: pim.app_catalog_mapping_schemas.upsert_product(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", UPSERT_PRODUCT.json
        ),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201
