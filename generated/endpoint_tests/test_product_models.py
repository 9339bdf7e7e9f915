# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``product_models``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, Search, UpsertOutcome
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import UpsertLine

from ._harness import Endpoint, acollect, afirst, as_json, expect, first

CREATE = expect("product_models.create")
DELETE = expect("product_models.delete")
GET = expect("product_models.get")
GET_DRAFT = expect("product_models.get_draft")
LIST = expect("product_models.list")
LIST_PAGE = expect("product_models.list_page")
SUBMIT_PROPOSAL = expect("product_models.submit_proposal")
UPSERT = expect("product_models.upsert")
UPSERT_MANY = expect("product_models.upsert_many")


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        CREATE, lambda pim: pim.product_models.create(CREATE.json, create_missing_options="true")
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code == 201


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        CREATE, lambda pim: pim.product_models.create(CREATE.json, create_missing_options="true")
    )
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
        GET,
        lambda pim: pim.product_models.get(
            "code_1", with_asset_share_links=False, with_quality_scores=False
        ),
    )
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.product_models.get(
            "code_1", with_asset_share_links=False, with_quality_scores=False
        ),
    )
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_draft(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET_DRAFT, lambda pim: pim.product_models.get_draft("code_1"))
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result, GET_DRAFT.expected) == GET_DRAFT.expected


def test_get_draft_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET_DRAFT, lambda pim: pim.product_models.get_draft("code_1"))
    assert isinstance(result, _m.ProductModel)
    if endpoint.exact:
        assert as_json(result, GET_DRAFT.expected) == GET_DRAFT.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.product_models.list(
                search=Search().where("enabled", "=", True),
                scope="scope_1",
                locales=["en_US", "fr_FR"],
                attributes=["name", "description"],
                pagination_type="page",
                limit=10,
                convert_measurements=False,
                with_count=False,
                with_attribute_options=False,
                with_asset_share_links=False,
                with_quality_scores=False,
                with_workflow_execution_statuses=True,
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
                locales=["en_US", "fr_FR"],
                attributes=["name", "description"],
                pagination_type="page",
                limit=10,
                convert_measurements=False,
                with_count=False,
                with_attribute_options=False,
                with_asset_share_links=False,
                with_quality_scores=False,
                with_workflow_execution_statuses=True,
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
            locales=["en_US", "fr_FR"],
            attributes=["name", "description"],
            pagination_type="page",
            page=1,
            limit=10,
            convert_measurements=False,
            with_count=False,
            with_attribute_options=False,
            with_asset_share_links=False,
            with_quality_scores=False,
            with_workflow_execution_statuses=True,
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
            locales=["en_US", "fr_FR"],
            attributes=["name", "description"],
            pagination_type="page",
            page=1,
            limit=10,
            convert_measurements=False,
            with_count=False,
            with_attribute_options=False,
            with_asset_share_links=False,
            with_quality_scores=False,
            with_workflow_execution_statuses=True,
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
    result = endpoint.run_sync(
        UPSERT,
        lambda pim: pim.product_models.upsert("code_1", UPSERT.json, create_missing_options="true"),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT,
        lambda pim: pim.product_models.upsert("code_1", UPSERT.json, create_missing_options="true"),
    )
    assert isinstance(result, UpsertOutcome)
    assert result.status_code in (201, 204)


def test_upsert_many(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPSERT_MANY,
        lambda pim: list(
            pim.product_models.upsert_many(UPSERT_MANY.json, create_missing_options="true")
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]


def test_upsert_many_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPSERT_MANY,
        lambda pim: acollect(
            pim.product_models.upsert_many(UPSERT_MANY.json, create_missing_options="true")
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, UpsertLine) for item in result)
    assert len(result) == 1
    assert [line.key for line in result] == ["code"] * 1
    assert [line.value for line in result] == [item.get("code") for item in UPSERT_MANY.json]
