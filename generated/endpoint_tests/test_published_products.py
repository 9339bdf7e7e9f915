# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``published_products``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, Search
from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, afirst, as_json, first

GET = Expect(
    "published_products.get",
    "GET",
    "/api/rest/v1/published-products/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)

LIST = Expect(
    "published_products.list",
    "GET",
    "/api/rest/v1/published-products",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)

LIST_PAGE = Expect(
    "published_products.list",
    "GET",
    "/api/rest/v1/published-products",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
    deprecated=True,
)


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.published_products.get("code_1"))
    assert isinstance(result, _m.PublishedProduct)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/published-products/tshirt-red-m"
                }
            },
            "identifier": "tshirt-red-m",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}],
            },
            "associations": {},
            "quantified_associations": {},
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.published_products.get("code_1"))
    assert isinstance(result, _m.PublishedProduct)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/published-products/tshirt-red-m"
                }
            },
            "identifier": "tshirt-red-m",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}],
            },
            "associations": {},
            "quantified_associations": {},
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.published_products.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.PublishedProduct) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.published_products.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.PublishedProduct) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.published_products.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.PublishedProduct) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.published_products.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.PublishedProduct) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1
