# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``app_catalogs``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, as_json, expect, first

CREATE = expect("app_catalogs.create")
DELETE = expect("app_catalogs.delete")
DUPLICATE = expect("app_catalogs.duplicate")
GET = expect("app_catalogs.get")
LIST = expect("app_catalogs.list")
LIST_PAGE = expect("app_catalogs.list_page")
UPDATE = expect("app_catalogs.update")


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.app_catalogs.create(CREATE.json))
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, CREATE.expected) == CREATE.expected


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.app_catalogs.create(CREATE.json))
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, CREATE.expected) == CREATE.expected


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DELETE, lambda pim: pim.app_catalogs.delete("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40")
    )
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DELETE, lambda pim: pim.app_catalogs.delete("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40")
    )
    assert result is None


def test_duplicate(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DUPLICATE,
        lambda pim: pim.app_catalogs.duplicate(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", DUPLICATE.json
        ),
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, DUPLICATE.expected) == DUPLICATE.expected


def test_duplicate_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DUPLICATE,
        lambda pim: pim.app_catalogs.duplicate(
            "5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", DUPLICATE.json
        ),
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, DUPLICATE.expected) == DUPLICATE.expected


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET, lambda pim: pim.app_catalogs.get("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40")
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET, lambda pim: pim.app_catalogs.get("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40")
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: first(pim.app_catalogs.list(limit=100)))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AppCatalog) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: afirst(pim.app_catalogs.list(limit=100)))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.AppCatalog) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST_PAGE, lambda pim: pim.app_catalogs.list_page(page=1, limit=100))
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AppCatalog) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE, lambda pim: pim.app_catalogs.list_page(page=1, limit=100)
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.AppCatalog) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_update(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPDATE,
        lambda pim: pim.app_catalogs.update("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", UPDATE.json),
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, UPDATE.expected) == UPDATE.expected


def test_update_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPDATE,
        lambda pim: pim.app_catalogs.update("5b2e8c71-0d4f-4a9e-b3c6-7f1a2d9e8c40", UPDATE.json),
    )
    assert isinstance(result, _m.AppCatalog)
    if endpoint.exact:
        assert as_json(result, UPDATE.expected) == UPDATE.expected
