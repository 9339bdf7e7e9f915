# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``products``: every operation, called sync and async.

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
    "identifier": "tshirt-red-m",
    "family": "clothing",
    "parent": "tshirt-red",
    "categories": ["summer_2024", "tshirts"],
    "values": {
        "size": [{"locale": None, "scope": None, "data": "m"}],
        "price": [
            {"locale": None, "scope": None, "data": [{"amount": "19.90", "currency": "EUR"}]}
        ],
    },
}
CREATE = Expect(
    "products.create",
    "POST",
    "/api/rest/v1/products",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

DELETE = Expect(
    "products.delete",
    "DELETE",
    "/api/rest/v1/products/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

GET = Expect(
    "products.get",
    "GET",
    "/api/rest/v1/products/code_1",
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
    "products.get_draft",
    "GET",
    "/api/rest/v1/products/code_1/draft",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "products.list",
    "GET",
    "/api/rest/v1/products",
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
    "products.list",
    "GET",
    "/api/rest/v1/products",
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

SUBMIT_PROPOSAL = Expect(
    "products.submit_proposal",
    "POST",
    "/api/rest/v1/products/code_1/proposal",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "identifier": "tshirt-red-m",
    "enabled": True,
    "values": {"name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}]},
}
UPSERT = Expect(
    "products.upsert",
    "PATCH",
    "/api/rest/v1/products/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "identifier": "tshirt-red-m",
        "enabled": True,
        "values": {"name": [{"locale": "en_US", "scope": None, "data": "Red T-shirt"}]},
    }
]
UPSERT_MANY = Expect(
    "products.upsert_many",
    "PATCH",
    "/api/rest/v1/products",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.products.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.products.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(DELETE, lambda pim: pim.products.delete("code_1"))
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(DELETE, lambda pim: pim.products.delete("code_1"))
    assert result is None


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.products.get(
            "code_1",
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, _m.Product)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/products/tshirt-red-m"}
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "identifier": "tshirt-red-m",
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
                    "products": ["tshirt-red-m-premium"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["cap-blue"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"identifier": "socks-white", "quantity": 2}],
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
        lambda pim: pim.products.get(
            "code_1",
            with_attribute_options=False,
            with_quality_scores=False,
            with_completenesses=False,
        ),
    )
    assert isinstance(result, _m.Product)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/products/tshirt-red-m"}
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "identifier": "tshirt-red-m",
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
                    "products": ["tshirt-red-m-premium"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["cap-blue"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"identifier": "socks-white", "quantity": 2}],
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
    result = endpoint.run_sync(GET_DRAFT, lambda pim: pim.products.get_draft("code_1"))
    assert isinstance(result, _m.Product)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/products/tshirt-red-m"}
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "identifier": "tshirt-red-m",
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
                    "products": ["tshirt-red-m-premium"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["cap-blue"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"identifier": "socks-white", "quantity": 2}],
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
    result = endpoint.run_async(GET_DRAFT, lambda pim: pim.products.get_draft("code_1"))
    assert isinstance(result, _m.Product)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/products/tshirt-red-m"}
            },
            "uuid": "8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "identifier": "tshirt-red-m",
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
                    "products": ["tshirt-red-m-premium"],
                    "product_models": [],
                },
                "X_SELL": {
                    "groups": [],
                    "products": ["cap-blue"],
                    "product_models": ["jeans-slim"],
                },
            },
            "quantified_associations": {
                "BUNDLE": {
                    "products": [{"identifier": "socks-white", "quantity": 2}],
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
            pim.products.list(
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
    assert all(isinstance(item, _m.Product) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.products.list(
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
    assert all(isinstance(item, _m.Product) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.products.list_page(
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
    assert all(isinstance(item, _m.Product) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.products.list_page(
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
    assert all(isinstance(item, _m.Product) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_submit_proposal(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(SUBMIT_PROPOSAL, lambda pim: pim.products.submit_proposal("code_1"))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_submit_proposal_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(SUBMIT_PROPOSAL, lambda pim: pim.products.submit_proposal("code_1"))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.products.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(UPSERT, lambda pim: pim.products.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.products.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["identifier"] * 1
    assert [line.value for line in result] == [item.get("identifier") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.products.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["identifier"] * 1
    assert [line.value for line in result] == [item.get("identifier") for item in UPSERT_MANY_ITEMS]
