# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``locales``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, Search
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, as_json, expect, first

GET = expect("locales.get")
LIST = expect("locales.list")
LIST_PAGE = expect("locales.list_page")


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.locales.get("code_1"))
    assert isinstance(result, _m.Locale)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.locales.get("code_1"))
    assert isinstance(result, _m.Locale)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.locales.list(
                search=Search().where("enabled", "=", True), limit=10, with_count=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Locale) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.locales.list(
                search=Search().where("enabled", "=", True), limit=10, with_count=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Locale) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.locales.list_page(
            search=Search().where("enabled", "=", True), page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Locale) for item in result)
    if endpoint.exact:
        assert len(result.items) == 3


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.locales.list_page(
            search=Search().where("enabled", "=", True), page=1, limit=10, with_count=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Locale) for item in result)
    if endpoint.exact:
        assert len(result.items) == 3
