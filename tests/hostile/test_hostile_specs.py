"""Hostile names, texts, defaults and examples (property test): the generated client stays a
plain, working Python package.

Each example is a tiny spec whose names (schemas, properties, parameters, operationIds, tags)
are keywords, dunders, builtins, the runtime's and pydantic's own names, ``__import__(...)``
payloads, very long or non-ASCII words, and whose texts, enum values, defaults and examples
carry quotes, triple quotes, backslashes, new lines, ``{{ }}``, ``{% %}`` and a marker that
cannot survive as code. It is generated in-process (the pipeline, black included, without the
format cache), written to a temporary folder under a package name of its own, then:

- every Python file compiles and is as black lays it out;
- ruff finds nothing (the rules every generated client must pass, tests/corpus/harness.py);
- the package imports, every module of it, and every model class builds its schema;
- (all the names at once, in one spec) ``mypy --strict`` passes, for Python 3.10, and the
  generated endpoint tests pass;
- no spec text is outside string literals and comments: neither the marker nor the payloads.

The examples are few (each one generates and imports a package) and derandomized, so a run on
two cores takes seconds and never differs from the last.
"""

from __future__ import annotations

import importlib
import json
import keyword
import os
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import count
from pathlib import Path
from types import ModuleType
from typing import Any

import black
import pydantic
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from generator.format import MODE
from generator.options import Options
from generator.pipeline import build_files
from generator.write import write_tree
from tests.corpus.harness import RUFF_RULES
from tests.render.test_injection import MARK, _code_only, hostile

#: what spec text must never become in code (the marker is checked apart)
PAYLOADS = ("__import__", "os.system", "system(", "eval(", "exec(")

NAMES = [
    *keyword.kwlist,
    *keyword.softkwlist,
    *("__init__", "__class__", "__dict__", "__import__", "__builtins__", "__getattr__", "__all__", "__name__", "__slots__", "_", "__"),
    *("list", "dict", "str", "int", "id", "type", "object", "print", "open", "len", "exec", "eval", "super", "property", "Any", "TypeAlias"),
    *("self", "cls", "body", "items", "params", "headers", "json", "data", "timeout", "path", "request", "response", "client", "settings"),
    *("Client", "AsyncClient", "Page", "Search", "Values", "BaseModel", "Field", "_rt", "_t", "_pd", "_m", "_abc", "httpx", "pydantic"),
    *("model_config", "model_fields", "model_dump", "model_validate", "schema", "copy", "fields", "validate", "construct"),
    *("1abc", "a-b", "a b", "a.b", "a/b", "a~b", "é", "日本語", "😀", "ﬁeld", "Ⅸ", "ǅ", "ß", "ÅÅ", "-", "$", "%s", "{x}", "{{ x }}", "{% if %}"),
    '__import__("os").system("x")',
    "__import__('os')",
    '"""; import os #',
]
name = st.one_of(
    st.sampled_from(NAMES),
    st.builds(lambda a, b: f"{a}{b}", st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.builds(lambda c: c * 150, st.sampled_from(["a", "é", "_", "Z", "日"])),  # (under the 200-character limit)
    st.text(min_size=1, max_size=12),
)
floats = st.floats(allow_nan=True, allow_infinity=True)
values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | floats | hostile,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile | name, inner, max_size=3),
    max_leaves=6,
)
#: a property's schema: its type and a default of that type, any example
typed_default = st.one_of(
    st.tuples(st.just("string"), hostile),
    st.tuples(st.just("integer"), st.integers(-(10**30), 10**30)),
    st.tuples(st.just("number"), floats),
    st.tuples(st.just("boolean"), st.booleans()),
)
prop = st.builds(
    lambda td, example, text: {"type": td[0], "default": td[1], "example": example, "description": text},
    typed_default,
    values,
    hostile,
)


def _spec(t: dict[str, Any]) -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/" + t["schema"].replace("~", "~0").replace("/", "~1")}
    other = {"$ref": "#/components/schemas/" + t["other"].replace("~", "~0").replace("/", "~1")}
    properties = dict.fromkeys(t["properties"], None)
    return {
        "openapi": "3.1.0",
        "info": {"title": t["text"], "version": "1", "description": t["text"]},
        "tags": [{"name": t["tag"], "description": t["text"]}],
        "paths": {
            "/items/{code}": {
                "get": {
                    "operationId": t["operation"],
                    "summary": t["text"],
                    "tags": [t["tag"]],
                    "parameters": [
                        {"name": "code", "in": "path", "required": True, "schema": {"type": "string"}, "example": t["text"]},
                        {"name": t["query"], "in": "query", "schema": {"type": "string", "enum": t["enum"], "default": t["enum"][0]}},
                        {"name": t["header"], "in": "header", "schema": {"type": "integer", "default": t["int"]}, "example": t["int"]},
                    ],
                    "responses": {"200": {"description": t["text"], "content": {"application/json": {"schema": ref, "example": t["example"]}}}},
                }
            },
            "/items": {
                "post": {
                    "operationId": t["operation"] + t["suffix"],
                    "tags": [t["tag"]],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": ref, "example": t["example"]}}},
                    "responses": {"201": {"description": t["text"]}},
                }
            },
        },
        "components": {
            "schemas": {
                t["schema"]: {
                    "type": "object",
                    "description": t["text"],
                    "properties": {
                        **{n: p for n, p in zip(properties, t["props"], strict=False)},
                        "link": other,
                        "choice": {"type": "string", "enum": t["enum"]},
                        "mixed": {"enum": t["mixed"]},
                    },
                },
                t["other"]: {"type": "object", "properties": {t["properties"][0]: {"type": "string", "default": t["text"]}}},
            }
        },
    }


specs = st.fixed_dictionaries(
    {
        "schema": name,
        "other": name,
        "tag": name,
        "operation": name,
        "query": name,
        "header": name,
        "properties": st.lists(name, min_size=3, max_size=3),
        "props": st.lists(prop, min_size=3, max_size=3),
        "enum": st.lists(hostile, min_size=1, max_size=3, unique=True),
        # (an untyped enum: strings, huge integers, floats, null, booleans side by side)
        "mixed": st.lists(st.none() | st.booleans() | st.integers(-(10**30), 10**30) | floats | hostile, min_size=1, max_size=4),
        # (the second operation's name: the first's twin, an async or page method's name, the same)
        "suffix": st.sampled_from(["_create", "_async", "_page", "_", ""]),
        "text": hostile,
        "int": st.integers(-(10**30), 10**30),
        "example": values,
    }
)

_packages = count()


@contextmanager
def _imported(folder: Path, package: str) -> Iterator[ModuleType]:
    """``package`` (generated into ``folder``) imported, then forgotten."""
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))
        for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[module]


@dataclass(frozen=True)
class Generated:
    package: str
    out: Path
    sources: dict[str, str]  #: every Python file, by path
    #: the files black formats (the others are the static runtime: the same for every spec,
    #: and tested for its layout as such)
    formatted: frozenset[str]


def _generate(spec: dict[str, Any], folder: Path) -> Generated | None:
    """The spec generated into ``folder/out``; None when it is refused for a reason a spec
    legitimately is (names that sanitize alike)."""
    folder.mkdir(parents=True)
    path = folder / "spec.json"
    path.write_text(json.dumps(spec, allow_nan=True), encoding="utf-8")
    package = f"hostile_{next(_packages)}"
    opts = replace(Options(spec=path, out=folder / "out", package_name=package, cache=False), with_tests=True)
    try:
        built = build_files(opts)
    except SpecError as exc:
        messages = [d.message for d in exc.diagnostics if d.level.value == "error"]
        assert messages and all("name" in m or "maps to" in m for m in messages), messages
        return None
    write_tree(built.files, opts.out)
    python = [f for f in built.files if f.path.suffix == ".py"]
    return Generated(package, opts.out, {f.path.as_posix(): f.text for f in python}, frozenset(f.path.as_posix() for f in python if f.format))


def _check_package(generated: Generated) -> None:
    out, package = generated.out, generated.package
    for rel, source in sorted(generated.sources.items()):
        compile(source, rel, "exec")
        if rel in generated.formatted:
            assert black.format_str(source, mode=MODE) == source, f"{rel}: not as black lays it out"
        code = _code_only(source)
        assert MARK not in code, f"{rel}: spec text outside strings and comments"
        assert not [p for p in PAYLOADS if p in code], f"{rel}: a payload outside strings and comments"
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", RUFF_RULES, "--output-format", "concise", str(out / package), str(out / "endpoint_tests")]
    proc = subprocess.run(ruff, capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with _imported(out, package) as pkg:
        for info in pkgutil.walk_packages(pkg.__path__, f"{package}."):
            importlib.import_module(info.name)
        models = importlib.import_module(f"{package}.models")
        for model_name in models.__all__:
            model = getattr(models, model_name)
            if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
                model.model_json_schema()


# (no shrinking: each example generates a package, so shrinking a failure would take minutes;
# the failing example is printed as drawn)
@settings(max_examples=8, derandomize=True, database=None, deadline=None, phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(t=specs)
def test_hostile_specs_give_a_clean_importable_package(t: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    generated = _generate(_spec(t), folder / "spec")
    if generated is None:
        return
    assert any(MARK in s for s in generated.sources.values())  # the texts did reach the output (as strings)
    _check_package(generated)


def test_every_hostile_name_at_once(tmp_path: Path) -> None:
    """The names sanitized side by side: as properties of one schema, and as schemas."""
    props = {n: {"type": "string", "default": f"{n}{MARK}", "example": f'__import__("os").system("{n}{MARK}")'} for n in NAMES}
    schemas = {f"S{n}": {"type": "object", "properties": {"x": {"type": "string"}}} for n in NAMES}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "__import__",
                    "parameters": [{"name": n, "in": "query", "schema": {"type": "string", "default": MARK}} for n in NAMES[:40]],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/All"}}}}},
                }
            }
        },
        "components": {"schemas": {"All": {"type": "object", "properties": props}, **schemas}},
    }
    # an untyped enum of every kind of value: Literal takes the strings, booleans, null and
    # 64-bit integers; a larger integer and a float keep their types
    props["mixed"] = {"enum": [10**40, -(2**63), 2**63 - 1, True, None, "x", 1.5]}
    generated = _generate(spec, tmp_path / "spec")
    assert generated is not None
    _check_package(generated)
    # and the package's types hold, on the oldest Python it supports
    mypy = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--cache-dir", str(tmp_path / "mypy"), generated.package]
    proc = subprocess.run(mypy, cwd=generated.out, capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:]
    # and its endpoint tests pass (offline: the examples served, parsed, and sent back as they were)
    tests = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "endpoint_tests"]
    proc = subprocess.run(tests, cwd=generated.out, env={**os.environ, "PYTHONPATH": str(generated.out)}, capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:]
