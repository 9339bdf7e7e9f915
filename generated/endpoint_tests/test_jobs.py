# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``jobs``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

LAUNCH_EXPORT = expect("jobs.launch_export")
LAUNCH_IMPORT = expect("jobs.launch_import")


def test_launch_export(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LAUNCH_EXPORT, lambda pim: pim.jobs.launch_export("code_1"))
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result, LAUNCH_EXPORT.expected) == LAUNCH_EXPORT.expected


def test_launch_export_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LAUNCH_EXPORT, lambda pim: pim.jobs.launch_export("code_1"))
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result, LAUNCH_EXPORT.expected) == LAUNCH_EXPORT.expected


def test_launch_import(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LAUNCH_IMPORT, lambda pim: pim.jobs.launch_import("code_1", LAUNCH_IMPORT.json)
    )
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result, LAUNCH_IMPORT.expected) == LAUNCH_IMPORT.expected


def test_launch_import_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LAUNCH_IMPORT, lambda pim: pim.jobs.launch_import("code_1", LAUNCH_IMPORT.json)
    )
    assert isinstance(result, _m.JobExecution)
    if endpoint.exact:
        assert as_json(result, LAUNCH_IMPORT.expected) == LAUNCH_IMPORT.expected
