"""The generated endpoint tests, run as their users run them, in both modes.

- offline: ``pytest generated/endpoint_tests`` (answers from the spec's examples, in process);
- prism: the same tests against Prism serving spec/akeneo-pim.yaml with request validation, and
  against the tests' own loopback server for what Prism cannot serve (NDJSON bodies, path values
  containing ``/``).

Each run writes the coverage report of the generated conftest (JSON); every operation of the
spec must have been exercised, sync and async. The last tests regenerate a small spec into a
temporary folder (with a renamed package and a forked template) and run its endpoint tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.options import Options, default_naming
from generator.pipeline import generate
from tests.support.paths import FIXTURE_SPECS as SPECS_DIR
from tests.support.paths import GENERATED, MINI, ROOT, TEMPLATES
from tests.support.paths import SPEC_PATH as SPEC
from tests.support.prism import running_prism

GENERATED_TESTS = GENERATED / "endpoint_tests"
RUN_SECONDS = 600


def operation_count(spec: Path) -> int:
    loaded = load_spec(spec, naming=NamingOverrides.load(default_naming(spec)), package_name="akeneo_pim", source_name=spec.name)
    return len(loaded.api.operations)


def run_endpoint_tests(folder: Path, report: Path, *, cwd: Path, mode: str = "offline", base_url: str | None = None, passing: bool = True, options: tuple[str, ...] = ()) -> tuple[dict[str, Any], str]:
    """Run ``pytest folder`` in a subprocess; (the JSON coverage report, the output).
    ``options``: more of the generated conftest's (``--endpoint-package``)."""
    # options, not environment variables: their names follow each package's prefix
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AKENEO_", "PYTEST_"))}
    options = ("--endpoint-mode", mode, "--endpoint-report", str(report), *options)
    if base_url:
        options += ("--endpoint-base-url", base_url)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", str(folder), "-q", "-p", "no:cacheprovider", *options],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
        check=False,
    )
    output = proc.stdout[-8000:] + proc.stderr[-4000:]
    assert report.is_file(), f"no coverage report was written:\n{output}"
    assert (proc.returncode == 0) is passing, f"endpoint tests exited with {proc.returncode} ({mode}):\n{output}"
    return json.loads(report.read_text(encoding="utf-8")), output


def assert_complete(data: dict[str, Any], total: int, mode: str, output: str) -> None:
    assert data["mode"] == mode
    assert data["total"] == total, f"the generated tests know {data['total']} operations, the spec has {total}"
    assert data["exercised"] == total, f"{data['exercised']}/{total} exercised; missing: {json.dumps(data['missing'], indent=1)}\n{output}"
    assert not data["missing"]
    assert "operations exercised" in output


@pytest.fixture(scope="module")
def spec_operations() -> int:
    if not GENERATED_TESTS.is_dir():
        pytest.fail("generated/endpoint_tests is missing: run `akeneo-codegen generate`")
    return operation_count(SPEC)


def test_generated_endpoint_tests_offline(spec_operations: int, tmp_path: Path) -> None:
    data, output = run_endpoint_tests(GENERATED_TESTS, tmp_path / "offline.json", cwd=ROOT)
    assert_complete(data, spec_operations, "offline", output)
    assert data["targets"] == {"mock": spec_operations}


@pytest.mark.prism
def test_generated_endpoint_tests_against_prism(spec_operations: int, tmp_path: Path) -> None:
    with running_prism(SPEC, tmp_path / "prism.log") as url:
        data, output = run_endpoint_tests(GENERATED_TESTS, tmp_path / "prism.json", cwd=ROOT, mode="prism", base_url=url)
    assert_complete(data, spec_operations, "prism", output)
    assert data["targets"].get("prism", 0) > 0, "nothing ran against Prism"
    assert sum(data["targets"].values()) == spec_operations
    served = {op: entry["target"] for op, entry in data["operations"].items()}
    assert set(served.values()) <= {"prism", "loopback"}


@pytest.mark.prism
def test_prism_fails_the_tests_of_a_client_that_does_not_match_its_spec(tmp_path: Path) -> None:
    """Prism validates requests: a client generated from a changed spec fails where it differs."""
    original = MINI.read_text(encoding="utf-8")
    changed = tmp_path / "changed.yaml"
    changed.write_text(original.replace("code: {type: string, description: Family code.}", "code: {type: integer, description: Family code.}"), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != original
    out = tmp_path / "out"
    generate(Options(spec=changed, out=out, with_tests=True))
    with running_prism(MINI, tmp_path / "prism.log") as url:
        data, _ = run_endpoint_tests(out / "endpoint_tests", tmp_path / "report.json", cwd=out, mode="prism", base_url=url, passing=False)
    assert "families.create" in data["missing"]  # Prism refused {"code": 1}
    assert "media_files.upload" in data["operations"]  # (the Akeneo dialect's name for it)
    assert "media_files.upload" not in data["missing"]
    assert data["exercised"] < data["total"]


FORKED_NOTE = "# forked template: endpoint tests must follow"


def test_regenerated_tests_follow_a_changed_spec_and_forked_templates(tmp_path: Path) -> None:
    """A fork of a client template and another package name: the tests regenerate and pass."""
    fork = tmp_path / "fork" / "package"
    fork.mkdir(parents=True)
    original = (TEMPLATES / "package" / "resource.py.jinja").read_text(encoding="utf-8")
    (fork / "resource.py.jinja").write_text(original.replace('{{ header }}\n', "{{ header }}\n" + FORKED_NOTE + "\n", 1), encoding="utf-8")
    out = tmp_path / "out"
    generate(Options(spec=MINI, out=out, package_name="mini_pim", templates=(tmp_path / "fork",), with_tests=True))
    assert FORKED_NOTE in (out / "mini_pim" / "resources" / "families.py").read_text(encoding="utf-8")
    tests = out / "endpoint_tests"
    assert (tests / "conftest.py").is_file() and (tests / "_loopback.py").is_file()
    assert "from mini_pim" in (tests / "test_families.py").read_text(encoding="utf-8")
    data, output = run_endpoint_tests(tests, tmp_path / "mini.json", cwd=out)
    assert_complete(data, operation_count(MINI), "offline", output)


#: specs whose shapes stress the example values and the checks (unions, recursion, forms...)
FIXTURE_SPECS = (
    "catalog",
    "escaping",
    "features/composition",
    "features/default_responses",
    "features/form_body",
    "features/multipart_body",
    "features/path_parameters",
    "features/text_binary_responses",
)


@pytest.mark.parametrize("name", FIXTURE_SPECS)
def test_endpoint_tests_of_fixture_specs_pass_offline(name: str, tmp_path: Path) -> None:
    spec = SPECS_DIR / f"{name}.yaml"
    out = tmp_path / "out"
    generate(Options(spec=spec, out=out, with_tests=True))
    data, output = run_endpoint_tests(out / "endpoint_tests", tmp_path / "report.json", cwd=out)
    assert_complete(data, operation_count(spec), "offline", output)


@pytest.mark.parametrize("library", ["httpx", "httpx2"])
def test_the_client_runs_on_either_http_library(library: str, tmp_path: Path) -> None:
    """``--http-library``: the package imports only the chosen library (the other one is never
    imported), declares it, and its endpoint tests pass offline with it, and against Prism on
    httpx (generated/, on httpx2, runs against Prism above)."""
    out = tmp_path / "out"
    generate(Options(spec=SPEC, out=out, with_tests=True, http_library=library))
    other = "httpx2" if library == "httpx" else "httpx"
    probe = (
        "import sys, akeneo_pim\n"
        "c = akeneo_pim.Akeneo('https://pim.example.com', token='t')\n"
        "c.families\n"
        f"print(type(c._http._client).__module__.split('.')[0], {other!r} in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    used = subprocess.run([sys.executable, "-P", "-c", probe], cwd=out, env=env, capture_output=True, text=True, check=False, timeout=60)
    assert used.returncode == 0, used.stderr[-3000:]
    assert used.stdout.split() == [library, "False"]
    assert f'"{library}>=' in (out / "pyproject.toml").read_text(encoding="utf-8")
    total = operation_count(SPEC)
    data, output = run_endpoint_tests(out / "endpoint_tests", tmp_path / "offline.json", cwd=out)
    assert_complete(data, total, "offline", output)
    if library == "httpx":
        with running_prism(SPEC, tmp_path / "prism.log") as url:
            data, output = run_endpoint_tests(out / "endpoint_tests", tmp_path / "prism.json", cwd=out, mode="prism", base_url=url)
        assert_complete(data, total, "prism", output)
