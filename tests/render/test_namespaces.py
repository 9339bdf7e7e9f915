"""Spec names never share a namespace with the names generated code uses.

Schemas and tags named like the runtime (``Page``, ``Search``, ``UpsertOutcome``), pydantic
(``BaseModel``, ``Field``), typing (``Any``, ``Literal``, ``TypeAlias``), collections.abc
(``Mapping``, ``Iterator``) or the client's own imports (``Settings``, ``SyncHttp``) keep their
names, and the generated package imports, type-checks under ``mypy --strict`` and works: resource
modules reach models as ``_m.<Model>`` and the runtime as ``_rt.<name>``, models modules reach
pydantic as ``_pd`` and typing as ``_t``.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.loader.build import CLIENT_ATTRS
from generator.loader.naming import snake_name
from tests.support.httplib import httpx
from tests.support.packages import generate_package

HOSTILE = ["Page", "Search", "UpsertOutcome", "BaseModel", "Field", "Any", "Literal", "TypeAlias", "Mapping", "Iterator", "Settings", "SyncHttp", "Client"]


def _spec() -> str:
    paths = []
    for name in HOSTILE:
        paths.append(
            f"""\
  /{name.lower()}/{{code}}:
    get:
      tags: [{name}]
      operationId: get{name}
      parameters: [{{name: code, in: path, required: true, schema: {{type: string}}}}]
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/{name}"}}}}}}}}
    put:
      tags: [{name}]
      operationId: put{name}
      parameters: [{{name: code, in: path, required: true, schema: {{type: string}}}}]
      requestBody: {{content: {{application/json: {{schema: {{$ref: "#/components/schemas/{name}"}}}}}}}}
      responses: {{"204": {{description: stored}}}}
"""
        )
    schemas = "\n".join(
        f"""\
    {name}:
      type: object
      properties:
        label: {{type: string}}
        kind: {{type: string, enum: [a, b]}}
        other: {{$ref: "#/components/schemas/{HOSTILE[(i + 1) % len(HOSTILE)]}"}}
        extra: {{}}"""
        for i, name in enumerate(HOSTILE)
    )
    return textwrap.dedent(
        """\
        openapi: 3.1.0
        info: {title: Hostile names, version: "1"}
        paths:
        """
    ) + "".join(paths) + "components:\n  schemas:\n" + schemas + "\n"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    spec = folder / "hostile.yaml"
    spec.write_text(_spec(), encoding="utf-8")
    out = folder / "out"
    return generate_package(spec, out, "hostile_pkg", with_tests=False), out


def test_every_spec_name_is_kept(hostile: tuple[ModuleType, Path]) -> None:
    pkg, _ = hostile
    models = importlib.import_module(f"{pkg.__name__}.models")
    for name in HOSTILE:
        model = getattr(models, name)
        assert model.__name__ == name
        assert model.model_validate({"label": "x", "kind": "a"}).label == "x"


def test_the_client_calls_and_parses_with_every_hostile_name(hostile: tuple[ModuleType, Path]) -> None:
    pkg, _ = hostile
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "GET":
            return httpx.Response(200, json={"label": request.url.path, "kind": "b", "other": {"label": "nested"}})
        return httpx.Response(204)

    client: Any = pkg.Client("https://hostile.example.com", token="t", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    for name in HOSTILE:
        snake = snake_name(name)
        # the client's own attributes (``settings``) stay its own: the resource gets a "_"
        resource = getattr(client, f"{snake}_" if snake in CLIENT_ATTRS else snake)
        assert type(resource).__name__ == name  # the resource class keeps the tag's name too
        reply = getattr(resource, f"get_{snake}")("c1")
        assert type(reply).__name__ == name and reply.other.label == "nested"
        getattr(resource, f"put_{snake}")("c1", {"label": "y"})
    assert [r.method for r in seen] == ["GET", "PUT"] * len(HOSTILE)
    assert type(client.settings).__module__.endswith("._config")


def test_the_package_passes_mypy_strict(hostile: tuple[ModuleType, Path]) -> None:
    _, out = hostile
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(out / ".mypy_cache"), "hostile_pkg"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
