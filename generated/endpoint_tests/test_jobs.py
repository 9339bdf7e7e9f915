# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``jobs``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, as_json

LAUNCH_EXPORT = Expect(
    "jobs.launch_export",
    "POST",
    "/api/rest/v1/jobs/export/code_1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)

LAUNCH_IMPORT_BODY: dict[str, Any] = {"import_mode": "create_or_update"}
LAUNCH_IMPORT = Expect(
    "jobs.launch_import",
    "POST",
    "/api/rest/v1/jobs/import/code_1",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=LAUNCH_IMPORT_BODY,
)


def test_launch_export(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LAUNCH_EXPORT, lambda pim: pim.jobs.launch_export("code_1"))
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result) == {"execution_id": "4711"}


def test_launch_export_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LAUNCH_EXPORT, lambda pim: pim.jobs.launch_export("code_1"))
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result) == {"execution_id": "4711"}


def test_launch_import(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LAUNCH_IMPORT, lambda pim: pim.jobs.launch_import("code_1", LAUNCH_IMPORT_BODY)
    )
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result) == {"execution_id": "4711"}


def test_launch_import_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LAUNCH_IMPORT, lambda pim: pim.jobs.launch_import("code_1", LAUNCH_IMPORT_BODY)
    )
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result) == {"execution_id": "4711"}
