# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``app_catalog_products``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

import datetime as _dt

from akeneo_pim import Page
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, as_json, expect, first

GET = expect("app_catalog_products.get")
LIST = expect("app_catalog_products.list")
LIST_PAGE = expect("app_catalog_products.list_page")
LIST_MAPPED = expect("app_catalog_products.list_mapped")
LIST_MAPPED_PAGE = expect("app_catalog_products.list_mapped_page")
LIST_MAPPED_MODELS = expect("app_catalog_products.list_mapped_models")
LIST_MAPPED_MODELS_PAGE = expect("app_catalog_products.list_mapped_models_page")
LIST_MAPPED_VARIANTS = expect("app_catalog_products.list_mapped_variants")
LIST_MAPPED_VARIANTS_PAGE = expect("app_catalog_products.list_mapped_variants_page")
LIST_UUIDS = expect("app_catalog_products.list_uuids")
LIST_UUIDS_PAGE = expect("app_catalog_products.list_uuids_page")


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.app_catalog_products.get(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
        ),
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.app_catalog_products.get(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
        ),
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.app_catalog_products.list(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.app_catalog_products.list(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.app_catalog_products.list_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.app_catalog_products.list_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_mapped(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED,
        lambda pim: first(
            pim.app_catalog_products.list_mapped(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedProduct) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED,
        lambda pim: afirst(
            pim.app_catalog_products.list_mapped(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedProduct) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedProduct) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_mapped_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedProduct) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_mapped_models(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED_MODELS,
        lambda pim: first(
            pim.app_catalog_products.list_mapped_models(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedModel) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_models_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED_MODELS,
        lambda pim: afirst(
            pim.app_catalog_products.list_mapped_models(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedModel) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_models_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED_MODELS_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_models_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedModel) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_mapped_models_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED_MODELS_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_models_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedModel) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_mapped_variants(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED_VARIANTS,
        lambda pim: first(
            pim.app_catalog_products.list_mapped_variants(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                "tshirt",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedVariant) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_variants_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED_VARIANTS,
        lambda pim: afirst(
            pim.app_catalog_products.list_mapped_variants(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                "tshirt",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MappedVariant) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_mapped_variants_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_MAPPED_VARIANTS_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_variants_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            "tshirt",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedVariant) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_mapped_variants_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_MAPPED_VARIANTS_PAGE,
        lambda pim: pim.app_catalog_products.list_mapped_variants_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            "tshirt",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MappedVariant) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_uuids(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_UUIDS,
        lambda pim: first(
            pim.app_catalog_products.list_uuids(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
                with_count=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, str) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_uuids_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_UUIDS,
        lambda pim: afirst(
            pim.app_catalog_products.list_uuids(
                "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
                limit=100,
                updated_before=_dt.date(2024, 12, 31),
                updated_after=_dt.date(2024, 1, 1),
                with_count=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, str) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_uuids_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_UUIDS_PAGE,
        lambda pim: pim.app_catalog_products.list_uuids_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
            with_count=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, str) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_uuids_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_UUIDS_PAGE,
        lambda pim: pim.app_catalog_products.list_uuids_page(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40",
            limit=100,
            updated_before=_dt.date(2024, 12, 31),
            updated_after=_dt.date(2024, 1, 1),
            with_count=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, str) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2
