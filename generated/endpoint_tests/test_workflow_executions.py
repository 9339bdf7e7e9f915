# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``workflow_executions``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m
from pydantic import TypeAdapter

from ._harness import Endpoint, as_json, expect

START = expect("workflow_executions.start")
START_BODY_ARG = TypeAdapter(list[_m.WorkflowExecutionStart]).validate_python(START.json)


def test_start(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(START, lambda pim: pim.workflow_executions.start(START_BODY_ARG))
    assert isinstance(result, (_m.WorkflowExecutionReport, type(None)))
    if endpoint.exact:
        assert as_json(result, START.expected) == START.expected


def test_start_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(START, lambda pim: pim.workflow_executions.start(START_BODY_ARG))
    assert isinstance(result, (_m.WorkflowExecutionReport, type(None)))
    if endpoint.exact:
        assert as_json(result, START.expected) == START.expected
