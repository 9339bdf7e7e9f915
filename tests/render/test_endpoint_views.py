"""The endpoint test views: expected requests and the servers' table, computed from the IR."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from generator.endpoint_views import (
    Case,
    OperationRow,
    cases_json,
    endpoint_test_files,
    expected_path,
    operation_table,
    resource_tests,
)
from generator.ir import Api, Operation
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from tests.support.paths import MINI


@pytest.fixture(scope="module")
def api() -> Api:
    # no naming file of ours: mini.yaml is an Akeneo spec, so the dialect's built-in naming
    # applies anyway (tag "Product media file" -> resource ``media_files``)
    return load_spec(MINI, naming=NamingOverrides.load(None), package_name="akeneo_pim", source_name="mini.yaml").api


def _op(api: Api, op_id: str) -> Operation:
    return next(op for op in api.operations if f"{op.resource}.{op.python_name}" == op_id)


def _cases(api: Api, resource: str) -> dict[str, Case]:
    res = next(r for r in api.resources if r.attr_name == resource)
    return {c.method: c for c in resource_tests(res, api).cases}


def test_path_values_are_percent_encoded_but_keep_slashes(api: Api) -> None:
    op = _op(api, "media_files.download")
    assert expected_path(op) == "/api/rest/v1/media-files/7/5/8/e/758e39d4_cap.jpg/download"
    param = replace(op.path_params[0], example_wire="a b/ü?#")
    odd = replace(op, path_params=(param,))
    assert expected_path(odd) == "/api/rest/v1/media-files/a%20b/%C3%BC%3F%23/download"


def test_a_paginator_leaves_the_cursor_out_and_a_page_request_sends_it(api: Api) -> None:
    cases = _cases(api, "families")
    assert cases["list"].call == "paginator"
    assert dict(cases["list"].query) == {"limit": "10", "with_count": "false"}
    assert dict(cases["list_page"].query) == {"page": "1", "limit": "10", "with_count": "false"}
    assert cases["list_page"].result_isinstance == "Page"
    assert cases["list_page"].item_isinstance == "_m.Family"


def test_bodies_are_data_sent_and_expected(api: Api) -> None:
    cases = _cases(api, "families")
    create = cases["create"]
    assert (create.body_kind, create.content_type, create.key) == ("json", "application/json", "families.create")
    assert create.args == ("CREATE.json",)  # the body the case's record holds
    assert create.body["code"] == "code_1"  # the example the loader chose
    record = create.record()
    assert (record["json"], record["operation"], record["method"]) == (create.body, "families.create", "POST")
    json.dumps(record, allow_nan=False)  # JSON through and through
    batch = cases["upsert_many"]
    assert (batch.body_kind, batch.call, batch.batch_key) == ("ndjson", "batch", "code")
    assert batch.content_type == "application/vnd.akeneo.collection+json"
    assert batch.sends == 1 == len(batch.body)
    get = cases["get"]
    assert get.expected == json.loads(operation_table_row(api, "families.get").answer)  # what a model result dumps back to
    assert cases["list"].expected is None


def operation_table_row(api: Api, op_id: str) -> OperationRow:
    return next(row for row in operation_table(api) if row.op_id == op_id)


def test_the_cases_file_holds_every_case_once(api: Api) -> None:
    records = json.loads(cases_json(resource_tests(resource, api) for resource in api.resources))
    keys = [c.key for resource in api.resources for c in resource_tests(resource, api).cases]
    assert list(records) == keys
    assert len(set(keys)) == len(keys) > 5


def test_uploads_send_the_file_and_the_example_parts(api: Api) -> None:
    upload = _cases(api, "media_files")["upload"]
    assert upload.body_kind == "multipart"
    assert upload.file_part == "file"
    assert upload.args[0] == "FILE_CONTENT"
    assert 'filename="example.jpg"' in upload.args
    download = _cases(api, "media_files")["download"]
    assert (download.accept, download.call) == ("*/*", "download")
    assert _cases(api, "media_files")["iter_bytes"].call == "iter_bytes"


def test_the_table_routes_what_prism_cannot_serve_to_the_loopback_server(api: Api) -> None:
    rows = {row.op_id: row for row in operation_table(api)}
    assert rows["families.get"].prism
    assert not rows["families.upsert_many"].prism  # NDJSON body
    assert not rows["media_files.download"].prism  # a code with slashes in the path
    assert rows["media_files.upload"].prism
    assert rows["media_files.download"].result == "binary"
    assert rows["families.get"].read_only and not rows["families.create"].read_only
    assert rows["families.get"].status == 200 and rows["families.get"].answer
    assert rows["families.upsert"].status in (201, 204)
    assert rows["media_files.download"].slash_params == ("code",)


def test_every_endpoint_test_file_is_listed(api: Api) -> None:
    names = [name for name, _, _ in endpoint_test_files(api)]
    assert {"__init__.py", "conftest.py", "_harness.py", "_loopback.py", "_operations.py"} <= set(names)
    assert {"test_families.py", "test_media_files.py"} <= set(names)
