# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``workflow_tasks``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import Page, Search
from akeneo_pim import models as _m

from ._harness import Endpoint, afirst, expect, first

LIST = expect("workflow_tasks.list")
LIST_PAGE = expect("workflow_tasks.list_page")
UPDATE = expect("workflow_tasks.update")


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST,
        lambda pim: first(
            pim.workflow_tasks.list(
                limit=10, search=Search().where("enabled", "=", True), with_attributes=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.WorkflowTask) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST,
        lambda pim: afirst(
            pim.workflow_tasks.list(
                limit=10, search=Search().where("enabled", "=", True), with_attributes=False
            )
        ),
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.WorkflowTask) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE,
        lambda pim: pim.workflow_tasks.list_page(
            page=1, limit=10, search=Search().where("enabled", "=", True), with_attributes=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.WorkflowTask) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE,
        lambda pim: pim.workflow_tasks.list_page(
            page=1, limit=10, search=Search().where("enabled", "=", True), with_attributes=False
        ),
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.WorkflowTask) for item in result)
    if endpoint.exact:
        assert len(result.items) == 1


def test_update(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPDATE,
        lambda pim: pim.workflow_tasks.update("c5a1e7b3-8d2f-4a6c-9e0b-3f7d1a5c9e28", UPDATE.json),
    )
    assert result is None


def test_update_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPDATE,
        lambda pim: pim.workflow_tasks.update("c5a1e7b3-8d2f-4a6c-9e0b-3f7d1a5c9e28", UPDATE.json),
    )
    assert result is None
