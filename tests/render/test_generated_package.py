"""The generated package itself: it imports, exposes the resources and methods the spec
describes, its models round-trip, it talks to a server, and it passes ``mypy --strict``.

Generated from tests/fixtures/specs (mini and catalog) into a temporary folder, under package
names of their own so they never meet the committed ``generated/akeneo_pim``.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.pipeline import Options, generate
from tests.support.packages import generate_package, on_sys_path
from tests.support.scripted_server import Reply, ScriptedServer, json_reply

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tests" / "fixtures" / "specs"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated")


@pytest.fixture(scope="module")
def mini(tree: Path) -> ModuleType:
    return generate_package(SPECS / "mini.yaml", tree, "mini_pim")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate_package(SPECS / "catalog.yaml", tmp_path_factory.mktemp("catalog"), "catalog_pim")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer().start()
    yield s
    s.stop()


# -- surface ---------------------------------------------------------------------------------


def test_package_exports(mini: ModuleType) -> None:
    for name in ("Akeneo", "AsyncAkeneo", "Search", "Page", "UpsertOutcome", "errors"):
        assert hasattr(mini, name), name
    assert mini.__all__ == sorted(mini.__all__, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
    assert mini.__version__ == "1.0"
    assert (Path(mini.__file__).parent / "py.typed").is_file() or pytest.fail("py.typed is missing from the package")


def test_what_a_caller_handles_has_a_public_name(mini: ModuleType) -> None:
    """Results and errors of batches, uploads and downloads come from the package (and the
    errors from ``errors`` too), the same classes the methods return and raise."""
    from mini_pim import errors  # noqa: PLC0415  (generated for this test)
    from mini_pim._overlays import _results  # noqa: PLC0415

    for name in ("BatchError", "UpsertLine", "UploadResult", "UploadError", "DownloadResult", "IncompleteDownload"):
        assert name in mini.__all__, name
        assert getattr(mini, name) is getattr(_results, name)
    for name in ("BatchError", "UploadError", "IncompleteDownload"):
        assert name in errors.__all__
        assert getattr(errors, name) is getattr(mini, name)
        assert issubclass(getattr(errors, name), errors.AkeneoError)
    namespace: dict[str, object] = {}
    exec("from mini_pim.errors import *", namespace)  # every name __all__ lists resolves
    assert namespace["UploadError"] is mini.UploadError
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        errors.Nope  # noqa: B018


EXPECTED = {
    "families": {"create", "get", "list", "list_page", "upsert", "upsert_many"},
    "media_files": {"upload", "download", "iter_bytes"},
}


def _public_methods(obj: object) -> set[str]:
    return {n for n, v in inspect.getmembers(type(obj)) if not n.startswith("_") and inspect.isfunction(v)}


def test_clients_have_one_attribute_per_resource_and_one_method_per_operation(mini: ModuleType) -> None:
    sync = mini.Akeneo("https://pim.example.com", token="t0k3n")
    try:
        for attr, methods in EXPECTED.items():
            resource = getattr(sync, attr)
            assert _public_methods(resource) == methods, attr
            assert getattr(sync, attr) is resource  # created once
    finally:
        sync.close()


async def test_async_client_mirrors_the_sync_one(mini: ModuleType) -> None:
    client = mini.AsyncAkeneo("https://pim.example.com", token="t0k3n")
    try:
        families = client.families
        assert type(families).__name__ == "AsyncFamilies"
        assert _public_methods(families) == EXPECTED["families"]
        for name in ("get", "create", "upsert", "list_page"):
            assert inspect.iscoroutinefunction(getattr(families, name)), name
        for name in ("list", "upsert_many"):  # lazy iterators
            assert not inspect.iscoroutinefunction(getattr(families, name)), name
        assert inspect.iscoroutinefunction(client.media_files.upload)
        assert inspect.iscoroutinefunction(client.media_files.download)
    finally:
        await client.aclose()


def test_path_parameters_are_positional_and_the_rest_keyword_only(mini: ModuleType) -> None:
    from mini_pim.resources.families import Families  # noqa: PLC0415

    get = inspect.signature(Families.get).parameters
    assert get["code"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    page = inspect.signature(Families.list_page).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in page.items() if n != "self")
    assert set(page) == {"self", "page", "limit", "with_count", "strict", "timeout", "extra_headers", "extra_query"}
    listing = inspect.signature(Families.list).parameters
    assert "page" not in listing and listing["limit"].default == 100


def test_models_load_lazily(mini: ModuleType) -> None:
    models = importlib.import_module("mini_pim.models")
    assert "Family" in models.__all__
    assert models.Family.__module__ == "mini_pim.models.families"
    with pytest.raises(AttributeError):
        _ = models.NoSuchModel


# -- models --------------------------------------------------------------------------------------


def test_model_round_trip(mini: ModuleType) -> None:
    from mini_pim.models import Family  # noqa: PLC0415

    data: dict[str, Any] = {
        "code": "shoes",
        "attribute_as_label": None,
        "attributes": ["sku", "name"],
        "attribute_requirements": {"ecommerce": ["sku"]},
        "labels": {"en_US": "Shoes"},
        "unknown_key": {"kept": True},  # extra="allow": new API fields survive
    }
    family = Family.model_validate(data)
    assert family.code == "shoes"
    assert family.labels == {"en_US": "Shoes"}
    assert family.model_dump(by_alias=True) == data
    assert Family.model_validate_json(family.model_dump_json(by_alias=True)) == family


def test_model_requires_required_fields(mini: ModuleType) -> None:
    from mini_pim.models import Family  # noqa: PLC0415

    with pytest.raises(pydantic.ValidationError):
        Family.model_validate({"labels": {}})


def test_reserved_names_keep_their_wire_names(catalog: ModuleType) -> None:
    from catalog_pim.models import Category, Field  # noqa: PLC0415

    data = {
        "code": "root",
        "parent": None,
        "children": [{"code": "child", "children": [], "class": "c", "json": True, "model_config": "m"}],
        "class": "k",
        "json": False,
        "model_config": "x",
        "status": "draft",
        "meta": {"tags": [{"name": "t"}]},
    }
    category = Category.model_validate(data)
    assert category.class_ == "k" and category.json_ is False and category.model_config_ == "x"
    assert category.children is not None and category.children[0].code == "child"  # recursion
    assert category.meta is not None and category.meta.tags is not None and category.meta.tags[0].name == "t"
    assert category.model_dump(by_alias=True, exclude_none=True) == {k: v for k, v in data.items() if v is not None}
    # populate by Python name as well
    assert Category(code="a", class_="b").model_dump(by_alias=True, exclude_none=True) == {"code": "a", "class": "b"}
    assert Field.model_validate({"value": 1.5}).value == 1.5


def test_enums_are_checked(catalog: ModuleType) -> None:
    from catalog_pim.models import Category  # noqa: PLC0415

    with pytest.raises(pydantic.ValidationError):
        Category.model_validate({"code": "a", "status": "archived"})
    with pytest.raises(pydantic.ValidationError):
        Category.model_validate({"code": "a", "position": 7})


# -- a real round trip over HTTP ------------------------------------------------------------------------


def test_timeout_applies_through_a_borrowed_http_client(mini: ModuleType, server: ScriptedServer) -> None:
    """``timeout=`` is honoured with the caller's own ``http_client`` (whose own timeout applies
    when no ``timeout=`` is given)."""
    from tests.support.httplib import httpx  # noqa: PLC0415

    slow = Reply(200, {"code": "shoes"}, headers={"Content-Type": "application/json"}, delay=0.6)
    server.on("GET", "/api/rest/v1/families/shoes", slow)
    with httpx.Client(timeout=10.0) as own:
        pim = mini.Akeneo(server.url, token="t0k3n", http_client=own, timeout=0.2, max_retries=0)
        with pytest.raises(mini.errors.TimeoutError):
            pim.families.get("shoes")
        patient = mini.Akeneo(server.url, token="t0k3n", http_client=own, max_retries=0)
        assert patient.families.get("shoes").code == "shoes"  # the client's own 10 s


async def test_timeout_applies_through_a_borrowed_async_http_client(mini: ModuleType, server: ScriptedServer) -> None:
    from tests.support.httplib import httpx  # noqa: PLC0415

    server.on("GET", "/api/rest/v1/families/shoes", Reply(200, {"code": "shoes"}, headers={"Content-Type": "application/json"}, delay=0.6))
    async with httpx.AsyncClient(timeout=10.0) as own:
        pim = mini.AsyncAkeneo(server.url, token="t0k3n", http_client=own, timeout=0.2, max_retries=0)
        with pytest.raises(mini.errors.TimeoutError):
            await pim.families.get("shoes")


def test_sync_get_against_a_loopback_server(mini: ModuleType, server: ScriptedServer) -> None:
    server.on("GET", "/api/rest/v1/families/shoes", json_reply({"code": "shoes", "labels": {"en_US": "Shoes"}}))
    with mini.Akeneo(server.url, token="t0k3n") as pim:
        family = pim.families.get("shoes")
    assert type(family).__name__ == "Family"
    assert family.labels == {"en_US": "Shoes"}
    [request] = server.api_requests()
    assert request.headers["authorization"] == "Bearer t0k3n"
    assert request.headers["accept"] == "application/json"


async def test_async_list_follows_pages(mini: ModuleType, server: ScriptedServer) -> None:
    def page(n: int, last: bool) -> Any:
        links = {"self": {"href": f"{server.url}/api/rest/v1/families?page={n}"}}
        if not last:
            links["next"] = {"href": f"{server.url}/api/rest/v1/families?page={n + 1}"}
        return {"_links": links, "current_page": n, "_embedded": {"items": [{"code": f"f{n}"}]}}

    server.on("GET", "/api/rest/v1/families", lambda req: json_reply(page(int(dict(req.query).get("page", "1")), dict(req.query).get("page") == "2")))
    async with mini.AsyncAkeneo(server.url, token="t0k3n") as pim:
        codes = [f.code async for f in pim.families.list(limit=5)]
    assert codes == ["f1", "f2"]
    assert dict(server.api_requests()[0].query)["limit"] == "5"


# -- static typing --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_generated_package_passes_mypy_strict(mini: ModuleType, tree: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tree / ".mypy_cache"), "mini_pim"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_catalog_package_passes_mypy_strict(catalog: ModuleType) -> None:
    folder = Path(catalog.__file__).parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy_cache"), "catalog_pim"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_spec_without_operations_gives_a_working_package(tmp_path: Path) -> None:
    spec = tmp_path / "empty.yaml"
    spec.write_text('openapi: 3.1.0\ninfo: {title: Empty, version: "0"}\npaths: {}\n', encoding="utf-8")
    generate(Options(spec=spec, out=tmp_path / "out", package_name="empty_pim", with_tests=False))
    with on_sys_path(tmp_path / "out", "empty_pim"):
        pkg = importlib.import_module("empty_pim")
        client = pkg.Client("https://pim.example.com", token="t0k3n")  # a generic spec's client
        client.close()
        assert importlib.import_module("empty_pim.models").__all__ == []
