"""Any real spec in, a working client out: for every spec of the corpus (specs.py), the
generator run as a new user would run it exits 0, every module of the package imports, every
generated method sends the request its operation describes, and ruff passes on the generated package."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.options import default_naming

from .harness import RUFF_RULES, Generated, import_all, note, ruff_check
from .smoke import imported, plan, public_names, run_smoke
from .specs import CORPUS, OAI_EXAMPLES, OAI_SPECS, RUFF_CORPUS, CorpusSpec, params


@pytest.mark.parametrize("spec", params(CORPUS))
def test_generates(spec: CorpusSpec, generated: Generated) -> None:
    print(f"{spec.id}: {generated.seconds:.1f}s, {generated.warnings} warning line(s)")
    assert generated.returncode == 0, f"akeneo-codegen generate --spec {spec.path}: {generated.describe()}"
    assert (generated.package_dir / "__init__.py").is_file(), f"no package in {generated.out}"


@pytest.mark.parametrize("spec", params(CORPUS))
def test_modules_import(spec: CorpusSpec, generated: Generated) -> None:
    generated.require_success()
    report = import_all(generated)
    note(spec, modules=len(report.imported))
    failures = "\n\n".join(f"{name}:\n{trace}" for name, trace in report.failures)
    assert not report.failures, f"{len(report.failures)} module(s) of {spec.package} do not import:\n{failures}"
    on_disk = sum(1 for _ in generated.package_dir.rglob("*.py"))
    assert len(report.imported) == on_disk, f"imported {len(report.imported)} modules, {on_disk} .py files on disk"


@pytest.mark.parametrize("spec", params(CORPUS))
def test_every_method_sends_its_request(spec: CorpusSpec, generated: Generated, tmp_path: Path) -> None:
    generated.require_success()
    start = time.perf_counter()
    # the same intermediate model the generator rendered (pipeline.build_files loads it so)
    api = load_spec(spec.path, naming=NamingOverrides.load(default_naming(spec.path)), package_name=spec.package, allow_external_refs=spec.external_refs).api
    with imported(generated.out, spec.package) as package:
        calls = plan(api, public_names(package), tmp_path / "downloads")
        report = run_smoke(api, package, calls)
    seconds = time.perf_counter() - start
    note(spec, operations=len(api.operations), calls=report.calls, reply_errors=len(report.reply_errors), failures=len(report.failures), smoke_s=round(seconds, 1))
    print(f"{spec.id}: {len(api.operations)} operations, {report.calls} calls (sync and async) in {seconds:.1f}s")
    if report.reply_errors:
        print(f"{len(report.reply_errors)} call(s) sent the right request but raised reading the reply:\n{report.reply_error_summary()}")
    # every operation is called: a method per operation at least, twice (sync and async)
    assert report.calls >= 2 * len(api.operations)
    assert not report.failures, f"{len(report.failures)} of {report.calls} calls failed:\n" + "\n".join(report.failures)


@pytest.mark.parametrize("spec", params(RUFF_CORPUS))
def test_ruff_clean(spec: CorpusSpec, generated: Generated) -> None:
    generated.require_success()
    proc = ruff_check(generated)
    note(spec, ruff="ok" if proc.returncode == 0 else "FAIL")
    assert proc.returncode == 0, f"ruff check --select {RUFF_RULES} {generated.package_dir}:\n{proc.stdout}{proc.stderr}"


def test_oai_examples_complete() -> None:
    """Every document of ../shared/specs/oai-examples is in the corpus."""
    if not OAI_EXAMPLES.is_dir():
        pytest.fail(f"missing: {OAI_EXAMPLES}", pytrace=False)
    documents = {p for p in OAI_EXAMPLES.iterdir() if p.suffix in (".yaml", ".yml", ".json")}
    documents |= set(OAI_EXAMPLES.glob("*/spec/swagger.*"))
    listed = {s.path for s in OAI_SPECS}
    assert documents <= listed, f"not in the corpus (add them to tests/corpus/specs.py): {sorted(map(str, documents - listed))}"
    missing = [str(p) for p in sorted(listed) if not p.is_file()]
    assert not missing, f"listed but missing: {missing}"
