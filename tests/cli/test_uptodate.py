"""A regeneration with nothing changed is answered from the run record, without running the
pipeline; any change to what the output depends on, or to the output itself, runs it again."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import pipeline, uptodate
from generator.cli import main
from generator.format_cache import ENV_VAR
from tests.support.paths import FIXTURE_SPECS, MINI

NOTHING = "nothing changed"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


@pytest.fixture
def pipeline_runs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The output folders the whole pipeline ran for."""
    runs: list[Path] = []
    real = pipeline.build_files

    def spy(opts: pipeline.Options) -> pipeline.Built:
        runs.append(opts.target)
        return real(opts)

    monkeypatch.setattr(pipeline, "build_files", spy)
    return runs


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def generate(spec: Path, out: Path, *extra: str | Path) -> Result:
    result = run("generate", "--spec", spec, "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return result


def copy_spec(tmp_path: Path, name: str = "external_refs") -> Path:
    """A copy of a multi-file fixture spec (its referenced folder too), free to edit."""
    shutil.copy2(FIXTURE_SPECS / "features" / f"{name}.yaml", tmp_path / f"{name}.yaml")
    shutil.copytree(FIXTURE_SPECS / "features" / name, tmp_path / name)
    return tmp_path / f"{name}.yaml"


def test_nothing_changed_runs_nothing(tmp_path: Path, pipeline_runs: list[Path]) -> None:
    out = tmp_path / "out"
    generate(MINI, out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = generate(MINI, out)
    assert NOTHING in again.stdout
    assert pipeline_runs == [out]  # the second run stopped at the record
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before
    checked = run("check", "--spec", MINI, "--out", out)
    assert checked.exit_code == 0
    assert "is up to date" in checked.stdout
    assert pipeline_runs == [out]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda spec, out: spec.write_text(spec.read_text() + "\n# a comment\n"), id="root spec"),
        pytest.param(lambda spec, out: (spec.parent / "external_refs" / "address.yaml").write_text((spec.parent / "external_refs" / "address.yaml").read_text() + "\n"), id="referenced file"),
        pytest.param(lambda spec, out: (out / "_generation.json").write_text("{}"), id="manifest"),
        pytest.param(lambda spec, out: next(out.rglob("models/*.py")).write_text("edited = True\n"), id="generated file edited"),
        pytest.param(lambda spec, out: (out / "extra.py").write_text("x = 1\n"), id="file added to the output"),
        pytest.param(lambda spec, out: next(out.rglob("resources/*.py")).unlink(), id="generated file deleted"),
    ],
)
def test_any_change_runs_the_pipeline(tmp_path: Path, pipeline_runs: list[Path], change: Callable[[Path, Path], object]) -> None:
    spec = copy_spec(tmp_path)
    out = tmp_path / "out"
    generate(spec, out)
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    change(spec, out)
    again = generate(spec, out)
    assert NOTHING not in again.stdout
    assert pipeline_runs == [out, out]
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}.keys() == first.keys()
    assert generate(spec, out).stdout.count(NOTHING) == 1  # and the next run is quick again
    assert pipeline_runs == [out, out]


def test_options_and_forks_are_inputs(tmp_path: Path, pipeline_runs: list[Path]) -> None:
    out = tmp_path / "out"
    generate(MINI, out, "--no-tests")
    assert NOTHING not in generate(MINI, out).stdout  # with the tests now
    assert NOTHING not in generate(MINI, out, "--package-name", "other_pim").stdout
    fork = tmp_path / "fork"
    fork.mkdir()
    # an empty fork changes no output: nothing to do
    assert NOTHING in generate(MINI, out, "--package-name", "other_pim", "--templates", fork).stdout
    (fork / "README.md.jinja").write_text("a fork\n")
    assert NOTHING not in generate(MINI, out, "--package-name", "other_pim", "--templates", fork).stdout
    assert NOTHING in generate(MINI, out, "--package-name", "other_pim", "--templates", fork).stdout
    assert len(pipeline_runs) == 4


def test_no_cache_always_runs(tmp_path: Path, pipeline_runs: list[Path], cache: Path) -> None:
    out = tmp_path / "out"
    generate(MINI, out, "--no-cache")
    generate(MINI, out, "--no-cache")
    assert pipeline_runs == [out, out]
    assert not cache.exists()  # neither format cache nor record
    assert run("check", "--spec", MINI, "--out", out, "--no-cache").exit_code == 0
    assert len(pipeline_runs) == 3


def test_warnings_are_replayed_and_strict_still_fails(tmp_path: Path, pipeline_runs: list[Path]) -> None:
    spec = tmp_path / "warn.yaml"
    spec.write_text(
        'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'
        "paths:\n  /x:\n    get:\n      operationId: same\n      responses: {\"204\": {description: ok}}\n"
        "  /y:\n    get:\n      operationId: same\n      responses: {\"204\": {description: ok}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    first = generate(spec, out)
    again = generate(spec, out)
    assert NOTHING in again.stdout
    assert "warning: operationId 'same' is used twice" in first.stderr
    assert again.stderr == first.stderr
    strict = run("generate", "--spec", spec, "--out", out, "--strict")
    assert strict.exit_code == 2
    assert len(pipeline_runs) == 2


def test_a_damaged_record_is_ignored(tmp_path: Path, pipeline_runs: list[Path], cache: Path) -> None:
    out = tmp_path / "out"
    generate(MINI, out)
    [record] = (cache / "runs").iterdir()
    record.write_text("{not json")
    assert NOTHING not in generate(MINI, out).stdout
    assert NOTHING in generate(MINI, out).stdout
    assert len(pipeline_runs) == 2


def test_a_new_generator_runs_the_pipeline(tmp_path: Path, pipeline_runs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "generator"
    shutil.copytree(uptodate.GENERATOR_DIR, sources, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(uptodate, "GENERATOR_DIR", sources)  # what the record digests
    out = tmp_path / "out"
    generate(MINI, out)
    assert NOTHING in generate(MINI, out).stdout
    with (sources / "render.py").open("a") as handle:
        handle.write("# another version\n")
    assert NOTHING not in generate(MINI, out).stdout
    assert len(pipeline_runs) == 2


def test_another_spec_into_the_same_folder_runs_the_pipeline(tmp_path: Path, pipeline_runs: list[Path]) -> None:
    out = tmp_path / "out"
    generate(MINI, out)
    other = tmp_path / "other.yaml"
    other.write_text(MINI.read_text().replace("title:", "title: Other", 1))
    assert NOTHING not in generate(other, out).stdout
    assert NOTHING in generate(other, out).stdout
    other.write_text(other.read_text() + "\n# edited\n")
    assert NOTHING not in generate(other, out).stdout  # its own edits count, not the first spec's
    assert NOTHING not in generate(MINI, out).stdout
    assert len(pipeline_runs) == 4


def test_a_vendored_package_is_answered_from_its_own_folder(tmp_path: Path, pipeline_runs: list[Path]) -> None:
    """Beside files of the application's own, the record covers the package folder only."""
    vendor = tmp_path / "myapp" / "_vendor"
    vendor.mkdir(parents=True)
    (vendor / "__init__.py").write_text("", encoding="utf-8")
    (vendor / "settings.py").write_text("TIMEOUT = 5\n", encoding="utf-8")
    package = vendor / "acme_pim"
    generate(MINI, vendor, "--package-name", "acme_pim")
    assert pipeline_runs == [package]
    (vendor / "settings.py").write_text("TIMEOUT = 50\n", encoding="utf-8")  # not part of the output
    again = generate(MINI, vendor, "--package-name", "acme_pim")
    assert NOTHING in again.stdout and again.stdout.rstrip().endswith(f"-> {package}")
    assert run("check", "--spec", MINI, "--out", vendor, "--package-name", "acme_pim").exit_code == 0
    assert pipeline_runs == [package]
    (package / "API.md").write_text("edited\n", encoding="utf-8")
    assert run("check", "--spec", MINI, "--out", vendor, "--package-name", "acme_pim").exit_code == 1
    fixed = generate(MINI, vendor, "--package-name", "acme_pim")
    assert NOTHING not in fixed.stdout and "1 files written" in fixed.stdout
    assert pipeline_runs == [package, package, package]
