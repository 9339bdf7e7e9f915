"""Akeneo's upstream Swagger 2.0 file and our spec/akeneo-pim.yaml generate the same client surface.

Both are loaded with spec/naming.yaml. The comparison covers, per method: resource and method
name, HTTP method and path, every parameter (name, location, Python type, required), the body
kind, whether a body is required, multipart parts, result kind, pagination style, the batch
result key and the header carrying an uploaded file's code. Every difference must be listed in
DIFFERENCES below, with its reason; anything else fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir import Api, Operation
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "spec" / "akeneo-pim.yaml"
UPSTREAM = ROOT.parent / "shared" / "reference" / "akeneo-web-api.json"

# (resource, method, aspect) -> (ours, upstream, reason)
_OPTIONAL_BODY = "upstream leaves the body parameter's 'required' unset (Swagger 2.0 default: false); the API needs a body"
DIFFERENCES: dict[tuple[str, str, str], tuple[Any, Any, str]] = {
    ("jobs", "launch_export", "result"): ("model", "none", "upstream documents the 200 reply ({execution_id}) only in an example, without a schema"),
    ("jobs", "launch_import", "result"): ("model", "none", "upstream documents the 200 reply ({execution_id}) only in an example, without a schema"),
}


def _surface(op: Operation) -> dict[str, Any]:
    return {
        "http": (op.http_method, op.path),
        "params": tuple((p.python_name, p.location, p.type.annotation, p.required) for p in (*op.path_params, *op.query_params, *op.header_params)),
        "body_kind": op.body.kind.value,
        "body_required": op.body.required if op.body.kind.value != "none" else None,
        "parts": tuple((p.python_name, p.is_file, p.is_json, p.required) for p in op.body.parts),
        "result": op.result.value,
        "pagination": op.pagination.value,
        "batch_key": op.batch_key,
        "code_header": op.code_header,
    }


@pytest.fixture(scope="module")
def apis() -> tuple[Api, Api]:
    if not UPSTREAM.is_file():
        pytest.fail(f"upstream description missing: {UPSTREAM} (it lives in ../shared/reference/)")
    naming = NamingOverrides.load(ROOT / "spec" / "naming.yaml")
    ours = load_spec(OURS, naming=naming).api
    upstream = load_spec(UPSTREAM, naming=naming).api
    return ours, upstream


def test_same_methods(apis: tuple[Api, Api]) -> None:
    ours, upstream = apis
    a = {(op.resource, op.python_name) for op in ours.operations}
    b = {(op.resource, op.python_name) for op in upstream.operations}
    assert a == b, f"only ours: {sorted(a - b)}; only upstream: {sorted(b - a)}"
    assert len(a) == 137


def test_same_surface_except_listed(apis: tuple[Api, Api]) -> None:
    ours, upstream = apis
    up = {(op.resource, op.python_name): _surface(op) for op in upstream.operations}
    found: dict[tuple[str, str, str], tuple[Any, Any]] = {}
    for op in ours.operations:
        key = (op.resource, op.python_name)
        mine, theirs = _surface(op), up[key]
        for aspect in mine:
            if mine[aspect] != theirs[aspect]:
                found[(*key, aspect)] = (mine[aspect], theirs[aspect])
    expected = {k: (v[0], v[1]) for k, v in DIFFERENCES.items()}
    unexplained = {k: v for k, v in found.items() if k not in expected and k[2] != "body_required"}
    assert not unexplained, f"unlisted differences: {unexplained}"
    stale = {k for k in expected if found.get(k) != expected[k]}
    assert not stale, f"listed differences that no longer hold: {sorted(stale)}"


def test_body_required_differences_are_only_upstream_omissions(apis: tuple[Api, Api]) -> None:
    """Listed once, for all: _OPTIONAL_BODY. Upstream never marks a body required where ours
    does not."""
    ours, upstream = apis
    up = {(op.resource, op.python_name): op for op in upstream.operations}
    for op in ours.operations:
        other = up[(op.resource, op.python_name)]
        if op.body.kind.value != "none" and op.body.required != other.body.required:
            assert op.body.required and not other.body.required, (_OPTIONAL_BODY, op.resource, op.python_name)
