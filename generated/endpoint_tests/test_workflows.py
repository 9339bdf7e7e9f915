# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``workflows``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, as_json, expect, first

GET = expect("workflows.get")
LIST = expect("workflows.list")
LIST_PAGE = expect("workflows.list_page")
LIST_STEP_ASSIGNEES = expect("workflows.list_step_assignees")
LIST_STEP_ASSIGNEES_PAGE = expect("workflows.list_step_assignees_page")


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET, lambda pim: pim.workflows.get("3e7a9c2d-5f1b-4d8e-9a6c-0b2d4f6e8a13")
    )
    assert isinstance(result, _m.Workflow)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET, lambda pim: pim.workflows.get("3e7a9c2d-5f1b-4d8e-9a6c-0b2d4f6e8a13")
    )
    assert isinstance(result, _m.Workflow)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: first(pim.workflows.list(limit=10)))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Workflow) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: afirst(pim.workflows.list(limit=10)))
    assert isinstance(result, list)
    assert all(isinstance(item, _m.Workflow) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST_PAGE, lambda pim: pim.workflows.list_page(page=1, limit=10))
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Workflow) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST_PAGE, lambda pim: pim.workflows.list_page(page=1, limit=10))
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.Workflow) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_step_assignees(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_STEP_ASSIGNEES,
        lambda pim: first(
            pim.workflows.list_step_assignees("7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20", limit=10)
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.WorkflowAssignee) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_step_assignees_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_STEP_ASSIGNEES,
        lambda pim: afirst(
            pim.workflows.list_step_assignees("7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20", limit=10)
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.WorkflowAssignee) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_step_assignees_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_STEP_ASSIGNEES_PAGE,
        lambda pim: pim.workflows.list_step_assignees_page(
            "7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20", page=1, limit=10
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.WorkflowAssignee) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_step_assignees_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_STEP_ASSIGNEES_PAGE,
        lambda pim: pim.workflows.list_step_assignees_page(
            "7c4b1e9f-2a6d-4f3c-8e5b-1d9a7c3e5f20", page=1, limit=10
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.WorkflowAssignee) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1
