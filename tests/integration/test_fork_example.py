"""The worked example of a template fork (tests/fixtures/forks/header_and_repr/, README
"Forking templates"): a header on every request (a block of the client template, with the
value in a static file of the fork) and a ``__repr__`` on every model (a block of the model
template). Generated through the command line, imported, and used against a real HTTP server
on 127.0.0.1."""

from __future__ import annotations

import asyncio
import importlib
import io
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pydantic
import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.support.packages import import_fresh
from tests.support.paths import FIXTURE_SPECS, MINI, ROOT
from tests.support.scripted_server import Reply, ScriptedServer, json_reply

FORK = ROOT / "tests" / "fixtures" / "forks" / "header_and_repr"
PACKAGE = "acme_pim"
SHOES = {"code": "shoes", "attributes": ["sku", "name"], "labels": {"en_US": "Shoes"}}
PAGE = {"_links": {}, "current_page": 1, "_embedded": {"items": [SHOES, {"code": "caps"}]}}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("acme") / "out"
    result = CliRunner().invoke(main, ["generate", "--spec", str(MINI), "--out", str(folder), "--package-name", PACKAGE, "--templates", str(FORK)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def acme(out: Path) -> ModuleType:
    return import_fresh(out, PACKAGE)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer().start()
    s.on("GET", "/api/rest/v1/families/shoes", json_reply(SHOES))
    s.on("GET", "/api/rest/v1/families", json_reply(PAGE))
    s.on("PATCH", "/api/rest/v1/families/shoes", Reply(204))
    s.on("GET", "/api/rest/v1/media-files/*", Reply(200, b"\x89PNG-bytes", {"Content-Type": "image/png"}))
    try:
        yield s
    finally:
        s.stop()


def test_every_request_carries_the_forks_header(acme: ModuleType, server: ScriptedServer) -> None:
    with acme.Akeneo(server.url, client_id="id", secret="s", username="u", password="p") as pim:
        assert pim.families.get("shoes").code == "shoes"
        assert [f.code for f in pim.families.list()] == ["shoes", "caps"]
        assert pim.families.upsert("shoes", {"code": "shoes"}) is not None
        sink = io.BytesIO()
        pim.media_files.download("7/5/8/e/cap.png", to=sink)
        assert sink.getvalue() == b"\x89PNG-bytes"

    async def use_async() -> None:
        async with acme.AsyncAkeneo(server.url, token="t") as pim:
            await pim.families.get("shoes")

    asyncio.run(use_async())
    calls = server.api_requests()
    assert [(r.method, r.path) for r in calls] == [
        ("GET", "/api/rest/v1/families/shoes"),
        ("GET", "/api/rest/v1/families"),
        ("PATCH", "/api/rest/v1/families/shoes"),
        ("GET", "/api/rest/v1/media-files/7/5/8/e/cap.png/download"),
        ("GET", "/api/rest/v1/families/shoes"),
    ]
    assert [r.headers.get("x-acme-client") for r in calls] == ["1"] * len(calls)


def test_the_callers_default_headers_still_win(acme: ModuleType, server: ScriptedServer) -> None:
    with acme.Akeneo(server.url, token="t", default_headers={"X-Acme-Client": "2", "X-Tenant": "eu"}) as pim:
        pim.families.get("shoes")
    (request,) = server.api_requests()
    assert request.headers["x-acme-client"] == "2" and request.headers["x-tenant"] == "eu"


def test_every_model_has_the_forks_repr(acme: ModuleType, server: ScriptedServer) -> None:
    with acme.Akeneo(server.url, token="t") as pim:
        family = pim.families.get("shoes")
        first_page = pim.families.list_page()
    assert repr(family) == "<Family code='shoes' attributes=['sku', 'name'] labels={'en_US': 'Shoes'}>"
    assert [repr(f) for f in first_page.items] == [repr(family), "<Family code='caps'>"]
    assert repr(acme.models.Family(code="x", attribute_as_label=None)) == "<Family code='x' attribute_as_label=None>"



def test_every_model_class_of_a_larger_spec_gets_the_repr(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", "--spec", str(FIXTURE_SPECS / "catalog.yaml"), "--out", str(out), "--package-name", "acme_catalog", "--no-tests", "--templates", str(FORK)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    import_fresh(out, "acme_catalog")
    models = importlib.import_module("acme_catalog.models")
    classes = [getattr(models, name) for name in models.__all__]
    objects = [cls for cls in classes if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)]
    assert len(objects) > 5
    assert [cls.__name__ for cls in objects if "__repr__" not in vars(cls)] == []
    for cls in objects:  # an instance with nothing set shows only its name
        required = [name for name, f in cls.model_fields.items() if f.is_required()]
        if not required:
            assert repr(cls()) == f"<{cls.__name__} >"


def test_the_forks_static_file_is_in_the_package(acme: ModuleType, out: Path) -> None:
    assert (out / PACKAGE / "_acme.py").read_bytes() == (FORK / "static" / "_acme.py").read_bytes()
    assert acme._acme.ACME_HEADERS == {"X-Acme-Client": "1"}
    client = (out / PACKAGE / "_client.py").read_text(encoding="utf-8")
    assert client.count('options["default_headers"] = {**ACME_HEADERS, **options.get("default_headers", {})}') == 2  # sync and async
