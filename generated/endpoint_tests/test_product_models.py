# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``product_models``: every operation, called sync and async.

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
    "code": "tshirt-red",
    "family_variant": "clothing_by_color_size",
    "parent": "tshirt",
    "values": {"color": [{"locale": None, "scope": None, "data": "red"}]},
}
CREATE = Expect(
    "product_models.create",
    "POST",
    "/api/rest/v1/product-models",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=CREATE_BODY,
)

DELETE = Expect(
    "product_models.delete",
    "DELETE",
    "/api/rest/v1/product-models/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

GET = Expect(
    "product_models.get",
    "GET",
    "/api/rest/v1/product-models/code_1",
    query=(("with_quality_scores", "false"),),
    accept="application/json",
    content_type=None,
    body="none",
)

GET_DRAFT = Expect(
    "product_models.get_draft",
    "GET",
    "/api/rest/v1/product-models/code_1/draft",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST = Expect(
    "product_models.list",
    "GET",
    "/api/rest/v1/product-models",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_quality_scores", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

LIST_PAGE = Expect(
    "product_models.list",
    "GET",
    "/api/rest/v1/product-models",
    query=(
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("scope", "scope_1"),
        ("locales", "locales_1"),
        ("attributes", "attributes_1"),
        ("pagination_type", "page"),
        ("page", "1"),
        ("limit", "10"),
        ("with_count", "false"),
        ("with_quality_scores", "false"),
    ),
    accept="application/json",
    content_type=None,
    body="none",
)

SUBMIT_PROPOSAL = Expect(
    "product_models.submit_proposal",
    "POST",
    "/api/rest/v1/product-models/code_1/proposal",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

UPSERT_BODY: dict[str, Any] = {
    "code": "tshirt-red",
    "family_variant": "clothing_by_color_size",
    "categories": ["summer_2024", "tshirts"],
}
UPSERT = Expect(
    "product_models.upsert",
    "PATCH",
    "/api/rest/v1/product-models/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=UPSERT_BODY,
)

UPSERT_MANY_ITEMS: list[dict[str, Any]] = [
    {
        "code": "tshirt-red",
        "family_variant": "clothing_by_color_size",
        "categories": ["summer_2024", "tshirts"],
    }
]
UPSERT_MANY = Expect(
    "product_models.upsert_many",
    "PATCH",
    "/api/rest/v1/product-models",
    query=(),
    accept="application/json",
    content_type="application/vnd.akeneo.collection+json",
    body="ndjson",
    json=UPSERT_MANY_ITEMS,
)


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.product_models.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.product_models.create(CREATE_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(DELETE, lambda pim: pim.product_models.delete("code_1"))
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(DELETE, lambda pim: pim.product_models.delete("code_1"))
    assert result is None


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET, lambda pim: pim.product_models.get("code_1", with_quality_scores=False)
    )
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/product-models/tshirt-red"}
            },
            "code": "tshirt-red",
            "family": "clothing",
            "family_variant": "clothing_by_color_size",
            "parent": "tshirt",
            "categories": ["summer_2024", "tshirts"],
            "values": {
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "image": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg",
                    }
                ],
            },
            "associations": {
                "X_SELL": {"groups": [], "products": ["cap-blue"], "product_models": []}
            },
            "quantified_associations": {},
            "created": "2024-03-10T08:00:00+00:00",
            "updated": "2024-04-18T13:37:00+00:00",
            "quality_scores": [{"scope": "ecommerce", "locale": "en_US", "data": "A"}],
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET, lambda pim: pim.product_models.get("code_1", with_quality_scores=False)
    )
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/product-models/tshirt-red"}
            },
            "code": "tshirt-red",
            "family": "clothing",
            "family_variant": "clothing_by_color_size",
            "parent": "tshirt",
            "categories": ["summer_2024", "tshirts"],
            "values": {
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "image": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg",
                    }
                ],
            },
            "associations": {
                "X_SELL": {"groups": [], "products": ["cap-blue"], "product_models": []}
            },
            "quantified_associations": {},
            "created": "2024-03-10T08:00:00+00:00",
            "updated": "2024-04-18T13:37:00+00:00",
            "quality_scores": [{"scope": "ecommerce", "locale": "en_US", "data": "A"}],
        }


def test_get_draft(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET_DRAFT, lambda pim: pim.product_models.get_draft("code_1"))
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/product-models/tshirt-red"}
            },
            "code": "tshirt-red",
            "family": "clothing",
            "family_variant": "clothing_by_color_size",
            "parent": "tshirt",
            "categories": ["summer_2024", "tshirts"],
            "values": {
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "image": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg",
                    }
                ],
            },
            "associations": {
                "X_SELL": {"groups": [], "products": ["cap-blue"], "product_models": []}
            },
            "quantified_associations": {},
            "created": "2024-03-10T08:00:00+00:00",
            "updated": "2024-04-18T13:37:00+00:00",
            "quality_scores": [{"scope": "ecommerce", "locale": "en_US", "data": "A"}],
            "metadata": {"workflow_status": "draft_in_progress"},
        }


def test_get_draft_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET_DRAFT, lambda pim: pim.product_models.get_draft("code_1"))
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result) == {
            "_links": {
                "self": {"href": "https://pim.example.com/api/rest/v1/product-models/tshirt-red"}
            },
            "code": "tshirt-red",
            "family": "clothing",
            "family_variant": "clothing_by_color_size",
            "parent": "tshirt",
            "categories": ["summer_2024", "tshirts"],
            "values": {
                "color": [{"locale": None, "scope": None, "data": "red"}],
                "image": [
                    {
                        "locale": None,
                        "scope": None,
                        "data": "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg",
                    }
                ],
            },
            "associations": {
                "X_SELL": {"groups": [], "products": ["cap-blue"], "product_models": []}
            },
            "quantified_associations": {},
            "created": "2024-03-10T08:00:00+00:00",
            "updated": "2024-04-18T13:37:00+00:00",
            "quality_scores": [{"scope": "ecommerce", "locale": "en_US", "data": "A"}],
            "metadata": {"workflow_status": "draft_in_progress"},
        }


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.product_models.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
                with_quality_scores=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ProductModel) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.product_models.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales="locales_1",
                attributes="attributes_1",
                pagination_type="page",
                limit=10,
                with_count=False,
                with_quality_scores=False,
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.ProductModel) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.product_models.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
            with_quality_scores=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductModel) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.product_models.list_page(
            search=Search().where("enabled", "=", True),
            scope="scope_1",
            locales="locales_1",
            attributes="attributes_1",
            pagination_type="page",
            page=1,
            limit=10,
            with_count=False,
            with_quality_scores=False,
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.ProductModel) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_submit_proposal(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        SUBMIT_PROPOSAL, lambda pim: pim.product_models.submit_proposal("code_1")
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_submit_proposal_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        SUBMIT_PROPOSAL, lambda pim: pim.product_models.submit_proposal("code_1")
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_upsert(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(UPSERT, lambda pim: pim.product_models.upsert("code_1", UPSERT_BODY))
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT, lambda pim: pim.product_models.upsert("code_1", UPSERT_BODY)
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY, lambda pim: list(pim.product_models.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY, lambda pim: acollect(pim.product_models.upsert_many(UPSERT_MANY_ITEMS))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY_ITEMS]
