"""``check`` says why the output is stale; an edit that changes no generated code leaves the
output as it is; the caches tools keep inside the output survive; the folder keeps its mode."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.format_cache import ENV_VAR
from tests.support.paths import MINI

CACHES = (".mypy_cache/3.11/x.json", ".ruff_cache/content", "akeneo_pim/__pycache__/_client.cpython-311.pyc", ".pytest_cache/v/cache/nodeids")


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "user-cache"))


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "mini.yaml"
    shutil.copy(MINI, copy)
    return copy


@pytest.fixture
def out(tmp_path: Path, spec: Path) -> Path:
    target = tmp_path / "out"
    assert run("generate", "--spec", spec, "--out", target).exit_code == 0
    return target


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def check(spec: Path, out: Path, *extra: str | Path) -> Result:
    return run("check", "--spec", spec, "--out", out, *extra)


def test_edits_that_change_no_code_leave_the_output_as_it_is(spec: Path, out: Path) -> None:
    before = snapshot(out)
    text = spec.read_text()
    info = text[text.index("info:") : text.index("servers:")]
    spec.write_text("# a comment\n" + text.replace(info, "") + info)  # a comment, and `info` moved last
    assert check(spec, out).exit_code == 0
    generated = run("generate", "--spec", spec, "--out", out)
    assert generated.exit_code == 0
    assert "0 files written" in generated.stdout or "nothing changed" in generated.stdout
    assert snapshot(out) == before  # the manifest too: the same files, from the same model


def test_check_says_why_the_output_is_stale(spec: Path, out: Path, tmp_path: Path) -> None:
    fork = tmp_path / "fork" / "package"
    fork.mkdir(parents=True)
    shutil.copy(Path("templates/package/_client.py.jinja"), fork / "_client.py.jinja")
    with (fork / "_client.py.jinja").open("a") as handle:
        handle.write("\n# forked\n")
    edited = next((out / "akeneo_pim" / "models").glob("f*.py"))
    edited.write_text(edited.read_text() + "# edited\n")
    result = check(spec, out, "--templates", tmp_path / "fork")
    assert result.exit_code == 1
    why = next(line for line in result.stderr.splitlines() if line.startswith("why: "))
    assert "the templates changed" in why
    assert f"1 file(s) changed since generated: {edited.relative_to(out).as_posix()}" in why
    assert "the spec changed" not in why
    spec.write_text(spec.read_text().replace("summary: List families.", "summary: List every family."))
    why = next(line for line in check(spec, out).stderr.splitlines() if line.startswith("why: "))
    assert "the spec changed" in why and "the templates changed" not in why


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is a test dependency")
def test_check_names_a_formatter_change(spec: Path, out: Path) -> None:
    result = check(spec, out, "--formatter", "ruff", "--no-cache")
    if result.exit_code == 0:
        pytest.skip("ruff writes this spec's code as black does")
    assert "the formatter changed (black " in result.stderr


def test_caches_inside_the_output_are_neither_stale_nor_deleted(spec: Path, out: Path, tmp_path: Path) -> None:
    for rel in CACHES:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("cache")
    assert check(spec, out).exit_code == 0
    spec.write_text(spec.read_text().replace("summary: List families.", "summary: List every family."))
    generated = run("generate", "--spec", spec, "--out", out)
    assert generated.exit_code == 0 and "0 files written" not in generated.stdout
    for rel in CACHES:
        assert (out / rel).read_text() == "cache", rel


def test_regeneration_keeps_the_folder_mode(spec: Path, out: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask  # a new folder: what the umask gives
    out.chmod(0o750)
    spec.write_text(spec.read_text().replace("summary: List families.", "summary: List every family."))
    assert run("generate", "--spec", spec, "--out", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o750
    manifest = json.loads((out / "_generation.json").read_text())
    assert "model_sha256" in manifest and "spec_sha256" not in manifest
