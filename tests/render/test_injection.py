"""Spec text cannot break or inject into generated code (property tests).

Arbitrary text (quotes, triple quotes, backslashes, new lines, control and non-ASCII characters,
a ``\"\"\"; import os; os.system("x") #`` payload...) is put in every place a spec carries text:
title, version, server URL, summaries, descriptions, enum values, property names, parameter
names, multipart part names, tag names, schema names and paths. Every rendered Python file must
then (a) parse, (b) hold at module level only imports, docstrings, assignments, class and
function definitions and ``if TYPE_CHECKING:`` imports, and (c) keep the text only inside string
literals, docstrings and comments: each value carries a marker that cannot survive as code.
"""

from __future__ import annotations

import ast
import io
import json
import tempfile
import tokenize
from pathlib import Path, PurePosixPath
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from generator.format import format_files
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.render import TEMPLATES_DIR, make_environment, render
from generator.static import runtime_files

#: Survives escaping unchanged, and cannot be part of an identifier: if it shows up outside a
#: string or comment token, spec text became code.
MARK = "Qq(Zz"

NASTY = [
    '"""; import os; os.system("x") #',
    "'''; import os #",
    '"',
    '""',
    "\\",
    "\\N{",
    "\\x",
    "\\u12",
    "\\\n",
    "\n\n\"\"\"\nimport os\n",
    "\r\n",
    "\x00",
    "\x0c",
    "\u2028",
    "\x85",
    "{{ api }}",
    "{% if %}",
    "${x}",
    "#",
    "\t",
    "é ß 日本 😀",
    "<b>bold</b>",
    "x\\",
    "'",
    ")",
    "]",
    "}",
    ":",
    "class",
    "None",
]

fragment = st.one_of(st.text(max_size=25), st.sampled_from(NASTY))
hostile = st.builds(lambda a, b: f"{a}{MARK}{b}", fragment, fragment)

ALLOWED_IMPORTS = {"__future__", "typing", "collections.abc", "pydantic", "json", "warnings", "importlib", "functools", "types", "httpx", "httpx2", "datetime", "decimal", "enum"}


def _spec(t: dict[str, Any]) -> dict[str, Any]:
    path = "/" + t["path"].replace("{", "").replace("}", "")
    model_ref = {"$ref": "#/components/schemas/" + t["schema"].replace("~", "~0").replace("/", "~1")}
    return {
        "openapi": "3.1.0",
        "info": {"title": t["title"], "version": t["version"], "description": t["description"]},
        "servers": [{"url": t["server"]}],
        "tags": [{"name": t["tag"], "description": t["description"]}],
        "paths": {
            path + "/{code}": {
                "get": {
                    "operationId": t["operation_id"],
                    "summary": t["summary"],
                    "description": t["description"],
                    "tags": [t["tag"]],
                    "parameters": [
                        {"name": "code", "in": "path", "required": True, "description": t["description"], "schema": {"type": "string"}},
                        {"name": "q" + t["query"], "in": "query", "description": t["summary"], "schema": {"type": "string", "enum": t["enum"]}},
                        {"name": "h" + t["header"], "in": "header", "schema": {"type": "string", "default": t["summary"]}},
                    ],
                    "responses": {
                        "200": {"description": t["description"], "content": {"application/json": {"schema": model_ref}}},
                        "404": {"description": t["summary"]},
                    },
                }
            },
            path: {
                "patch": {
                    "summary": t["summary"],
                    "tags": [t["tag"]],
                    "requestBody": {
                        "required": True,
                        "content": {"application/vnd.akeneo.collection+json": {"x-line-delimited": True, "schema": model_ref}},
                    },
                    "responses": {"200": {"description": t["summary"]}},
                },
                "post": {
                    "summary": t["summary"],
                    "tags": [t["tag"]],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {"type": "string", "format": "binary"},
                                        t["part"]: {"type": "string", "description": t["description"]},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"201": {"description": t["summary"], "headers": {"Location": {"schema": {"type": "string"}}}}},
                },
            },
        },
        "components": {
            "schemas": {
                t["schema"]: {
                    "type": "object",
                    "description": t["description"],
                    "required": ["code"],
                    "properties": {
                        "code": {"type": "string", "description": t["summary"]},
                        t["property"]: {"type": "string", "enum": t["enum"], "description": t["description"], "example": t["summary"]},
                        "nested": {"type": "object", "properties": {t["property"]: {"type": "integer"}}},
                    },
                }
            }
        },
    }


SLOTS = ("title", "version", "description", "server", "tag", "operation_id", "summary", "query", "header", "part", "property", "schema", "path")
texts = st.fixed_dictionaries({slot: hostile for slot in SLOTS} | {"enum": st.lists(hostile, min_size=1, max_size=3, unique=True)})


def _rendered_python(spec: dict[str, Any]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        api = load_spec(path, naming=NamingOverrides()).api
    static = {f.path for f in runtime_files(TEMPLATES_DIR / "static", PurePosixPath(api.package_name), standalone=False)}
    files = [f for f in render(api, make_environment(), with_tests=False) if f.path not in static]
    return {f.path.as_posix(): f.text for f in format_files(files) if f.path.suffix == ".py"}


def _code_only(source: str) -> str:
    """The source with every string literal and comment blanked out."""
    kept: list[str] = []
    skip = {tokenize.STRING, tokenize.COMMENT}
    for name in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END"):
        if hasattr(tokenize, name):
            skip.add(getattr(tokenize, name))
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        kept.append(" " if tok.type in skip else tok.string)
    return " ".join(kept)


def _is_type_checking_imports(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.If)
        and (
            (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
            or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
        )
        and not node.orelse
        and all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in node.body)
    )


def _check_module(rel: str, source: str) -> None:
    tree = ast.parse(source, filename=rel)  # (a)
    for node in tree.body:  # (b)
        ok = (
            isinstance(node, (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
            or _is_type_checking_imports(node)
        )
        assert ok, f"{rel}: unexpected module-level statement: {ast.dump(node)[:200]}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name in ALLOWED_IMPORTS, f"{rel}: import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            assert node.module in ALLOWED_IMPORTS, f"{rel}: from {node.module} import ..."
        elif isinstance(node, ast.ClassDef):
            for stmt in node.body:
                assert isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef)) or (
                    isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
                ), f"{rel}: unexpected statement in class {node.name}: {ast.dump(stmt)[:200]}"
    assert MARK not in _code_only(source), f"{rel}: spec text outside strings and comments"  # (c)


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spec_text_cannot_break_or_inject_into_generated_code(t: dict[str, Any]) -> None:
    try:
        files = _rendered_python(_spec(t))
    except SpecError as exc:
        messages = [d.message for d in exc.diagnostics]
        # Rendered code that does not parse is exactly the failure looked for; name clashes
        # between sanitized names are legitimate spec errors, and so is a path text with a
        # ``?`` that leaves its ``{code}`` in the path key's fixed query.
        assert not any("does not parse" in m for m in messages), messages
        assert all("name" in m or "maps to" in m or "is not in the path" in m for m in messages), messages
        return
    assert files
    seen_mark = False
    for rel, source in sorted(files.items()):
        _check_module(rel, source)
        seen_mark = seen_mark or MARK in source
    assert seen_mark  # the text did reach the output (as strings)


def test_the_classic_payload_everywhere() -> None:
    payload = '"""; import os; os.system("x") #' + MARK + "\\"
    t = {slot: slot + payload for slot in SLOTS} | {"enum": [payload, "\'\'\'" + MARK]}
    files = _rendered_python(_spec(t))
    for rel, source in sorted(files.items()):
        _check_module(rel, source)
    resource = next(text for rel, text in files.items() if rel.startswith("akeneo_pim/resources/") and not rel.endswith("__init__.py"))
    assert "os.system" in resource  # present, as text
