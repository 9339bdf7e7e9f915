"""The Akeneo client vendored into an application: ``myapp/_vendor/acme_pim/``.

Generated from spec/akeneo-pim.yaml straight into a throwaway application package that holds
files of its own (which stay byte-identical), then imported from there in fresh interpreters:
it refers to nothing under its original name, imports itself relatively, depends on its HTTP
library (httpx2, and httpx in a second pass) and pydantic only, logs under its full module name, passes its endpoint tests (generated elsewhere,
run against the vendored copy), and a regeneration after a spec change touches its folder only.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.integration.test_endpoint_tests import (
    assert_complete,
    operation_count,
    run_endpoint_tests,
)
from tests.support.paths import SPEC_PATH

PACKAGE = "acme_pim"
DOTTED = f"myapp._vendor.{PACKAGE}"
#: what the package may import besides the standard library and its HTTP library: pydantic
#: (with pydantic_core and typing_extensions, which pydantic itself requires and exposes)
DEPENDENCIES = {"pydantic", "pydantic_core", "typing_extensions"}
#: the HTTP libraries a client can be generated for (``--http-library``)
LIBRARIES = ("httpx2", "httpx")

APP_FILES = {
    "myapp/__init__.py": '"""An application that vendors its PIM client."""\n',
    "myapp/views.py": "from ._vendor.acme_pim import Akeneo\n\nCLIENT_CLASS = Akeneo\n",
    "myapp/_vendor/__init__.py": "",
    "myapp/_vendor/settings.py": "PIM_URL = 'https://pim.example.com'\n",
    "myapp/_vendor/own/__init__.py": "",
    "myapp/_vendor/own/helpers.py": "def helper() -> int:\n    return 1\n",
}

#: run in the application's folder: import the vendored client, call it against a loopback
#: server, and report what was imported and logged
CLIENT_SCRIPT = textwrap.dedent(
    '''
    import json, logging, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps({"code": "shoes", "attribute_as_label": "name", "labels": {"en_US": "Shoes"}}).encode()
            self.send_response(200 if self.path == "/api/rest/v1/families/shoes" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.name)

    logging.getLogger().addHandler(Keep())
    logging.getLogger().setLevel(logging.DEBUG)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    import HTTP_LIBRARY, pydantic  # (and what they import): the dependencies
    before = set(sys.modules)

    import myapp.views
    from myapp._vendor.acme_pim import Akeneo, models

    assert myapp.views.CLIENT_CLASS is Akeneo
    with Akeneo(f"http://127.0.0.1:{server.server_address[1]}", token="t0ken") as pim:
        family = pim.families.get("shoes")
    server.shutdown()
    imported = sorted(set(sys.modules) - before)
    print(json.dumps({
        "family": [type(family).__module__, type(family).__name__, family.code],
        "models": models.__name__,
        "records": sorted(set(r for r in records if not r.startswith(("httpx", "httpcore", "asyncio")))),
        "top_level": sorted({name.split(".")[0] for name in imported}),
    }))
    '''
)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` but Python's caches: its bytes and mtime (ns)."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def listing(folder: Path) -> list[str]:
    """The names in ``folder`` (Python's cache folder, which imports create, left out)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "__pycache__")


def app_files(root: Path) -> dict[str, tuple[bytes, int]]:
    """The application's own files (everything but the vendored package and caches)."""
    return {rel: v for rel, v in snapshot(root).items() if not rel.startswith(f"myapp/_vendor/{PACKAGE}/")}


def generate(*args: str | Path) -> str:
    result = CliRunner().invoke(main, ["generate", *(str(a) for a in args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AKENEO_", "PYTHON"))}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


def dependency_closure(distributions: list[str]) -> set[str]:
    """The distributions named and every one they require (extras left out), normalized."""
    seen: set[str] = set()
    todo = list(distributions)
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [re.split(r"[ ;<>=!~\[(]", r, maxsplit=1)[0] for r in requires if "extra ==" not in r]
    return seen | {d.replace("-", "_") for d in seen}


def imported_names(tree: ast.Module) -> list[tuple[int, str]]:
    """(level, module) of every import in a module: level 0 is absolute."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
    return found


@pytest.fixture(scope="module", params=LIBRARIES)
def library(request: pytest.FixtureRequest) -> str:
    """The HTTP library the vendored client is generated for."""
    name: str = request.param
    return name


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory, library: str) -> tuple[Path, Path]:
    """(the application's folder, a copy of the spec it was generated from, for ``library``)."""
    base = tmp_path_factory.mktemp("vendoring")
    root = base / "app"
    for rel, text in APP_FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    spec = base / "spec" / SPEC_PATH.name
    spec.parent.mkdir()
    shutil.copy2(SPEC_PATH, spec)
    before = app_files(root)
    out = generate("--spec", spec, "--out", root / "myapp" / "_vendor", "--package-name", PACKAGE, "--http-library", library)
    assert "only the package is written" in out
    assert app_files(root) == before
    return root, spec


def test_the_vendored_package_is_all_that_was_written(vendored: tuple[Path, Path]) -> None:
    root, _ = vendored
    vendor = root / "myapp" / "_vendor"
    assert listing(vendor) == ["__init__.py", PACKAGE, "own", "settings.py"]
    assert listing(root) == ["myapp"]
    assert not list(root.rglob("pyproject.toml")) and not list(root.rglob("endpoint_tests"))
    assert {rel: v[0] for rel, v in app_files(root).items()} == {rel: text.encode() for rel, text in APP_FILES.items()}


def test_nothing_refers_to_the_original_name_and_imports_are_relative(vendored: tuple[Path, Path], library: str) -> None:
    package = vendored[0] / "myapp" / "_vendor" / PACKAGE
    files = [p for p in sorted(package.rglob("*")) if p.is_file()]
    assert len(files) > 100
    mentions = [p.relative_to(package).as_posix() for p in files if b"akeneo_pim" in p.read_bytes()]
    assert mentions == []
    allowed = set(sys.stdlib_module_names) | DEPENDENCIES | {library}
    modules = [p for p in files if p.suffix == ".py"]
    outside: dict[str, list[str]] = {}
    for path in modules:
        for level, name in imported_names(ast.parse(path.read_bytes())):
            top = name.split(".")[0]
            if level == 0 and (top not in allowed or top in (PACKAGE, "myapp")):
                outside.setdefault(path.relative_to(package).as_posix(), []).append(name)
    assert outside == {}, f"absolute imports of something else than the standard library, {library} and pydantic: {outside}"
    relative = sum(1 for path in modules for level, _ in imported_names(ast.parse(path.read_bytes())) if level > 0)
    assert relative > len(modules)  # (the package does import itself, relatively)


def test_it_imports_calls_and_logs_under_its_full_module_name(vendored: tuple[Path, Path], library: str) -> None:
    proc = python(CLIENT_SCRIPT.replace("HTTP_LIBRARY", library), vendored[0])
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report["family"] == [f"{DOTTED}.models.families", "Family", "shoes"]
    assert report["models"] == f"{DOTTED}.models"
    assert report["records"] == [DOTTED]  # the request's debug line, named after the vendored package
    # beyond the standard library and itself (in myapp), only its HTTP library, pydantic and what they require
    third_party = {name for name in report["top_level"] if name not in sys.stdlib_module_names and not name.startswith("_sysconfigdata")}
    by_distribution = metadata.packages_distributions()
    allowed = dependency_closure([library, "pydantic"])
    assert "myapp" in third_party
    assert {name: by_distribution.get(name) for name in third_party - {"myapp"} if not set(by_distribution.get(name, [])) & allowed} == {}


def test_its_endpoint_tests_pass_against_the_vendored_copy(vendored: tuple[Path, Path], library: str, tmp_path: Path) -> None:
    root, spec = vendored
    elsewhere = tmp_path / "tests_out"
    generate("--spec", spec, "--out", elsewhere, "--package-name", PACKAGE, "--no-pyproject", "--http-library", library)
    shutil.rmtree(elsewhere / PACKAGE)  # only the vendored copy is left to test
    tests = elsewhere / "endpoint_tests"
    before = app_files(root)
    data, output = run_endpoint_tests(tests, tmp_path / "report.json", cwd=root, options=("--endpoint-package", DOTTED))
    assert_complete(data, operation_count(spec), "offline", output)
    assert app_files(root) == before
    # without the option, the tests look for a package named acme_pim, and there is none
    plain = subprocess.run(
        [sys.executable, "-m", "pytest", str(tests), "-q", "-p", "no:cacheprovider"],
        cwd=root,
        env={k: v for k, v in os.environ.items() if not k.startswith(("AKENEO_", "PYTEST_"))},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert plain.returncode != 0
    assert f"cannot import the package {PACKAGE!r}" in plain.stdout + plain.stderr


def test_check_and_a_regeneration_after_a_spec_change_touch_only_the_package(vendored: tuple[Path, Path], library: str) -> None:
    root, spec = vendored
    chosen = ["--package-name", PACKAGE, "--http-library", library]
    vendor = root / "myapp" / "_vendor"
    runner = CliRunner()
    check = runner.invoke(main, ["check", "--spec", str(spec), "--out", str(vendor), *chosen], catch_exceptions=False)
    assert check.exit_code == 0, check.output
    apps = app_files(root)
    package_before = snapshot(vendor / PACKAGE)
    text = spec.read_text(encoding="utf-8")
    assert text.count("summary: Read one family\n") == 1
    spec.write_text(text.replace("summary: Read one family\n", "summary: Read one family by its code\n"), encoding="utf-8")
    stale = runner.invoke(main, ["check", "--spec", str(spec), "--out", str(vendor), *chosen], catch_exceptions=False)
    assert stale.exit_code == 1 and "why: the spec changed" in stale.stderr
    out = generate("--spec", spec, "--out", vendor, *chosen)
    assert app_files(root) == apps
    after = snapshot(vendor / PACKAGE)
    changed = sorted(rel for rel in after if after[rel] != package_before.get(rel))
    assert changed == ["_generation.json", "resources/families.py"]
    assert f"files written, {len(after) - len(changed)} unchanged, 0 removed" in out
    assert listing(vendor) == ["__init__.py", PACKAGE, "own", "settings.py"]
