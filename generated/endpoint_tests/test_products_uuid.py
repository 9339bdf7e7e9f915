# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``products_uuid``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import Page, Search, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, Expect, acollect, afirst, as_json, first

CREATE_BODY: dict[str, Any] = {
    "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
    "family": "clothing",
    "parent": "tshirt-red",
    "categories": ["summer_2024", "tshirts"],
    "values": {
        "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
        "size": [{"locale": None, "scope": None, "data": "m"}],
    },
}
CREATE = Expect(
    "products_uuid.create",
    "POST",
    "/api/rest/v1/products-uuid",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

DELETE = Expect(
    "products_uuid.delete",
    "DELETE",
    "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

GET = Expect(
    "products_uuid.get",
    "GET",
    "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
    query=(
        ("with_attribute_options", "false"),
        ("with_quality_scores", "false"),
        ("with_completenesses", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

GET_DRAFT = Expect(
    "products_uuid.get_draft",
    "GET",
    "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01/draft",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "products_uuid.list",
    "GET",
    "/api/rest/v1/products-uuid",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_attribute_options", "false"),
        ("with_quality_scores", "false"),
        ("with_completenesses", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "products_uuid.list",
    "GET",
    "/api/rest/v1/products-uuid",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_attribute_options", "false"),
        ("with_quality_scores", "false"),
        ("with_completenesses", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

SEARCH_BODY: dict[str, Any] = {
    "search": '{"enabled":[{"operator":"=","value":true}],"family":[{"operator":"IN","value":["clothing"]}]}',
    "scope": "ecommerce",
    "locales": "en_US,fr_FR",
    "with_quality_scores": True,
}
SEARCH = Expect(
    "products_uuid.search",
    "POST",
    "/api/rest/v1/products-uuid/search",
    query=(
        ("pagination_type", "page"),
        ("page", "1"),
        ("search_after", "search_after_1"),
        ("limit", "10"),
        ("with_count", "false"),
    ),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=SEARCH_BODY,
)

SUBMIT_PROPOSAL = Expect(
    "products_uuid.submit_proposal",
    "POST",
    "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01/proposal",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
    "enabled": True,
    "values": {"name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}]},
}
UPSERT = Expect(
    "products_uuid.upsert",
    "PATCH",
    "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
        "enabled": True,
        "values": {"name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}]},
    }
]
UPSERT_MANY = Expect(
    "products_uuid.upsert_many",
    "PATCH",
    "/api/rest/v1/products-uuid",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.products_uuid.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.products_uuid.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DELETE, lambda pim: pim.products_uuid.delete("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01")
    )
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DELETE, lambda pim: pim.products_uuid.delete("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01")
    )
    assert result is None


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.products_uuid.get(
            "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                }
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "parent": "tshirt-red",
            "root_parent": "tshirt",
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [
                    {"locale": "en_US", "scope": None, "data": "Red T-shirt"},
                    {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge"},
                ],
                "description": [
                    {
                        "locale": "en_US",
                        "scope": "ecommerce",
                        "data": "Organic cotton crew neck T-shirt.",
                    },
                    {
                        "locale": "fr_FR",
                        "scope": "ecommerce",
                        "data": "T-shirt col rond en coton bio.",
                    },
                ],
                "price": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": [
                            {"amount": "19.90", "currency": "EUR"},
                            {"amount": "21.00", "currency": "USD"},
                        ],
                    }
                ],
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "size": [{"locale": None, "scope": None, "data": "m"}],
                "weight": [
                    {"locale": None, "scope": None, "data": {"amount": "0.180", "unit": "KILOGRAM"}}
                ],
            },
            "associations": {
                "UPSELL": {
                    "groups": [],
                    "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}],
                    "product_models": [],
                }
            },
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
            "quality_scores": [
                {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
            ],
            "completenesses": [
                {"scope": "ecommerce", "locale": "en_US", "data": 90},
                {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
            ],
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.products_uuid.get(
            "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                }
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "parent": "tshirt-red",
            "root_parent": "tshirt",
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [
                    {"locale": "en_US", "scope": None, "data": "Red T-shirt"},
                    {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge"},
                ],
                "description": [
                    {
                        "locale": "en_US",
                        "scope": "ecommerce",
                        "data": "Organic cotton crew neck T-shirt.",
                    },
                    {
                        "locale": "fr_FR",
                        "scope": "ecommerce",
                        "data": "T-shirt col rond en coton bio.",
                    },
                ],
                "price": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": [
                            {"amount": "19.90", "currency": "EUR"},
                            {"amount": "21.00", "currency": "USD"},
                        ],
                    }
                ],
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "size": [{"locale": None, "scope": None, "data": "m"}],
                "weight": [
                    {"locale": None, "scope": None, "data": {"amount": "0.180", "unit": "KILOGRAM"}}
                ],
            },
            "associations": {
                "UPSELL": {
                    "groups": [],
                    "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}],
                    "product_models": [],
                }
            },
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
            "quality_scores": [
                {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
            ],
            "completenesses": [
                {"scope": "ecommerce", "locale": "en_US", "data": 90},
                {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
            ],
        }


def test_get_draft(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET_DRAFT, lambda pim: pim.products_uuid.get_draft("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01")
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                }
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "parent": "tshirt-red",
            "root_parent": "tshirt",
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [
                    {"locale": "en_US", "scope": None, "data": "Bright red T-shirt"},
                    {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge vif"},
                ],
                "description": [
                    {
                        "locale": "en_US",
                        "scope": "ecommerce",
                        "data": "Organic cotton crew neck T-shirt.",
                    },
                    {
                        "locale": "fr_FR",
                        "scope": "ecommerce",
                        "data": "T-shirt col rond en coton bio.",
                    },
                ],
                "price": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": [
                            {"amount": "19.90", "currency": "EUR"},
                            {"amount": "21.00", "currency": "USD"},
                        ],
                    }
                ],
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "size": [{"locale": None, "scope": None, "data": "m"}],
                "weight": [
                    {"locale": None, "scope": None, "data": {"amount": "0.180", "unit": "KILOGRAM"}}
                ],
            },
            "associations": {
                "UPSELL": {
                    "groups": [],
                    "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}],
                    "product_models": [],
                }
            },
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
            "quality_scores": [
                {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
            ],
            "completenesses": [
                {"scope": "ecommerce", "locale": "en_US", "data": 90},
                {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
            ],
            "metadata": {"workflow_status": "draft_in_progress"},
        }


def test_get_draft_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET_DRAFT, lambda pim: pim.products_uuid.get_draft("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01")
    )
    assert isinstance(result, _m.ProductUuid)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                }
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "enabled": True,
            "family": "clothing",
            "categories": ["summer_2024", "tshirts"],
            "groups": [],
            "parent": "tshirt-red",
            "root_parent": "tshirt",
            "values": {
                "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                "name": [
                    {"locale": "en_US", "scope": None, "data": "Bright red T-shirt"},
                    {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge vif"},
                ],
                "description": [
                    {
                        "locale": "en_US",
                        "scope": "ecommerce",
                        "data": "Organic cotton crew neck T-shirt.",
                    },
                    {
                        "locale": "fr_FR",
                        "scope": "ecommerce",
                        "data": "T-shirt col rond en coton bio.",
                    },
                ],
                "price": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": [
                            {"amount": "19.90", "currency": "EUR"},
                            {"amount": "21.00", "currency": "USD"},
                        ],
                    }
                ],
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "size": [{"locale": None, "scope": None, "data": "m"}],
                "weight": [
                    {"locale": None, "scope": None, "data": {"amount": "0.180", "unit": "KILOGRAM"}}
                ],
            },
            "associations": {
                "UPSELL": {
                    "groups": [],
                    "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}],
                    "product_models": [],
                }
            },
            "created": "2024-03-11T09:15:42+00:00",
            "updated": "2024-05-02T16:03:10+00:00",
            "quality_scores": [
                {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
            ],
            "completenesses": [
                {"scope": "ecommerce", "locale": "en_US", "data": 90},
                {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
            ],
            "metadata": {"workflow_status": "draft_in_progress"},
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.products_uuid.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
                with_attribute_options=False,
                with_quality_scores=False,
                with_completenesses=False,
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
            pim.products_uuid.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
                with_attribute_options=False,
                with_quality_scores=False,
                with_completenesses=False,
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
        lambda pim: pim.products_uuid.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.products_uuid.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductUuid) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_search(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        SEARCH,
        lambda pim: pim.products_uuid.search(
            SEARCH_BODY,
            pagination_type="page",
            page=1,
            search_after="search_after_1",
            limit=10,
            with_count=False,
        ),
    )
    assert isinstance(result, _m.ProductUuidList)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid?page=1&limit=10"
                },
                "first": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid?page=1&limit=10"
                },
            },
            "current_page": 1,
            "_embedded": {
                "items": [
                    {
                        "_links": {
                            "self": {
                                "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                            }
                        },
                        "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
                        "enabled": True,
                        "family": "clothing",
                        "categories": ["summer_2024", "tshirts"],
                        "groups": [],
                        "parent": "tshirt-red",
                        "root_parent": "tshirt",
                        "values": {
                            "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                            "name": [
                                {"locale": "en_US", "scope": None, "data": "Red T-shirt"},
                                {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge"},
                            ],
                            "description": [
                                {
                                    "locale": "en_US",
                                    "scope": "ecommerce",
                                    "data": "Organic cotton crew neck T-shirt.",
                                },
                                {
                                    "locale": "fr_FR",
                                    "scope": "ecommerce",
                                    "data": "T-shirt col rond en coton bio.",
                                },
                            ],
                            "price": [
                                {
                                    "locale": None,
                                    "scope": None,
                                    "data": [
                                        {"amount": "19.90", "currency": "EUR"},
                                        {"amount": "21.00", "currency": "USD"},
                                    ],
                                }
                            ],
                            "color": [{"locale": None, "scope": None, "data": "red"}],
                            "size": [{"locale": None, "scope": None, "data": "m"}],
                            "weight": [
                                {
                                    "locale": None,
                                    "scope": None,
                                    "data": {"amount": "0.180", "unit": "KILOGRAM"},
                                }
                            ],
                        },
                        "associations": {
                            "UPSELL": {
                                "groups": [],
                                "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                                "product_models": [],
                            },
                            "X_SELL": {
                                "groups": [],
                                "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                                "product_models": ["jeans-slim"],
                            },
                        },
                        "quantified_associations": {
                            "BUNDLE": {
                                "products": [
                                    {"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}
                                ],
                                "product_models": [],
                            }
                        },
                        "created": "2024-03-11T09:15:42+00:00",
                        "updated": "2024-05-02T16:03:10+00:00",
                        "quality_scores": [
                            {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                            {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
                        ],
                        "completenesses": [
                            {"scope": "ecommerce", "locale": "en_US", "data": 90},
                            {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
                        ],
                    },
                    {
                        "_links": {
                            "self": {
                                "href": "https://pim.example.com/api/rest/v1/products-uuid/1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"
                            }
                        },
                        "uuid": "1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52",
                        "enabled": True,
                        "family": "accessories",
                        "categories": ["caps"],
                        "groups": [],
                        "parent": None,
                        "values": {
                            "sku": [{"locale": None, "scope": None, "data": "cap-blue"}],
                            "name": [
                                {"locale": "en_US", "scope": None, "data": "Blue cap"},
                                {"locale": "fr_FR", "scope": None, "data": "Casquette bleue"},
                            ],
                            "color": [{"locale": None, "scope": None, "data": "blue"}],
                        },
                        "associations": {},
                        "quantified_associations": {},
                        "created": "2024-02-20T10:00:00+00:00",
                        "updated": "2024-02-20T10:00:00+00:00",
                    },
                ]
            },
        }


def test_search_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        SEARCH,
        lambda pim: pim.products_uuid.search(
            SEARCH_BODY,
            pagination_type="page",
            page=1,
            search_after="search_after_1",
            limit=10,
            with_count=False,
        ),
    )
    assert isinstance(result, _m.ProductUuidList)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid?page=1&limit=10"
                },
                "first": {
                    "href": "https://pim.example.com/api/rest/v1/products-uuid?page=1&limit=10"
                },
            },
            "current_page": 1,
            "_embedded": {
                "items": [
                    {
                        "_links": {
                            "self": {
                                "href": "https://pim.example.com/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"
                            }
                        },
                        "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
                        "enabled": True,
                        "family": "clothing",
                        "categories": ["summer_2024", "tshirts"],
                        "groups": [],
                        "parent": "tshirt-red",
                        "root_parent": "tshirt",
                        "values": {
                            "sku": [{"locale": None, "scope": None, "data": "tshirt-red-m"}],
                            "name": [
                                {"locale": "en_US", "scope": None, "data": "Red T-shirt"},
                                {"locale": "fr_FR", "scope": None, "data": "T-shirt rouge"},
                            ],
                            "description": [
                                {
                                    "locale": "en_US",
                                    "scope": "ecommerce",
                                    "data": "Organic cotton crew neck T-shirt.",
                                },
                                {
                                    "locale": "fr_FR",
                                    "scope": "ecommerce",
                                    "data": "T-shirt col rond en coton bio.",
                                },
                            ],
                            "price": [
                                {
                                    "locale": None,
                                    "scope": None,
                                    "data": [
                                        {"amount": "19.90", "currency": "EUR"},
                                        {"amount": "21.00", "currency": "USD"},
                                    ],
                                }
                            ],
                            "color": [{"locale": None, "scope": None, "data": "red"}],
                            "size": [{"locale": None, "scope": None, "data": "m"}],
                            "weight": [
                                {
                                    "locale": None,
                                    "scope": None,
                                    "data": {"amount": "0.180", "unit": "KILOGRAM"},
                                }
                            ],
                        },
                        "associations": {
                            "UPSELL": {
                                "groups": [],
                                "products": ["f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63"],
                                "product_models": [],
                            },
                            "X_SELL": {
                                "groups": [],
                                "products": ["1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"],
                                "product_models": ["jeans-slim"],
                            },
                        },
                        "quantified_associations": {
                            "BUNDLE": {
                                "products": [
                                    {"uuid": "f4a3b2c1-6d5e-4f70-8a9b-1c2d3e4f5a63", "quantity": 2}
                                ],
                                "product_models": [],
                            }
                        },
                        "created": "2024-03-11T09:15:42+00:00",
                        "updated": "2024-05-02T16:03:10+00:00",
                        "quality_scores": [
                            {"scope": "ecommerce", "locale": "en_US", "data": "B"},
                            {"scope": "ecommerce", "locale": "fr_FR", "data": "C"},
                        ],
                        "completenesses": [
                            {"scope": "ecommerce", "locale": "en_US", "data": 90},
                            {"scope": "ecommerce", "locale": "fr_FR", "data": 75},
                        ],
                    },
                    {
                        "_links": {
                            "self": {
                                "href": "https://pim.example.com/api/rest/v1/products-uuid/1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52"
                            }
                        },
                        "uuid": "1b7e4c9a-2f3d-4e8b-a6c5-0d9e8f7a6b52",
                        "enabled": True,
                        "family": "accessories",
                        "categories": ["caps"],
                        "groups": [],
                        "parent": None,
                        "values": {
                            "sku": [{"locale": None, "scope": None, "data": "cap-blue"}],
                            "name": [
                                {"locale": "en_US", "scope": None, "data": "Blue cap"},
                                {"locale": "fr_FR", "scope": None, "data": "Casquette bleue"},
                            ],
                            "color": [{"locale": None, "scope": None, "data": "blue"}],
                        },
                        "associations": {},
                        "quantified_associations": {},
                        "created": "2024-02-20T10:00:00+00:00",
                        "updated": "2024-02-20T10:00:00+00:00",
                    },
                ]
            },
        }


def test_submit_proposal(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        SUBMIT_PROPOSAL,
        lambda pim: pim.products_uuid.submit_proposal("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_submit_proposal_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        SUBMIT_PROPOSAL,
        lambda pim: pim.products_uuid.submit_proposal("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01"),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT,
        lambda pim: pim.products_uuid.upsert("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01", UPSERT_BODY),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT,
        lambda pim: pim.products_uuid.upsert("8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01", UPSERT_BODY),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.products_uuid.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["uuid"] * 1
    assert [line.value for line in result] == [item.get("uuid") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.products_uuid.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["uuid"] * 1
    assert [line.value for line in result] == [item.get("uuid") for item in UPSERT_MANY_ITEMS]
