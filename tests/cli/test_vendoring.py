"""Vendoring: an output folder that holds files of its own gets the package alone.

``--out myapp/_vendor --package-name acme_pim`` writes ``myapp/_vendor/acme_pim/`` (its manifest
inside) and nothing else: the application's files beside it are never touched, ``check`` and
the unchanged fast path look at the package folder only, and names that would shadow a
dependency or the standard library are refused.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.options import Options
from generator.pipeline import generate
from tests.support.paths import MINI

SUMMARY_END = "-> "


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``: its bytes and mtime (ns)."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """An application package whose ``_vendor`` folder holds a module and a folder of its own."""
    root = tmp_path / "app" / "myapp"
    vendor = root / "_vendor"
    (vendor / "own").mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (vendor / "__init__.py").write_text('"""Third-party code, vendored."""\n', encoding="utf-8")
    (vendor / "settings.py").write_text("TIMEOUT = 5\n", encoding="utf-8")
    (vendor / "own" / "data.json").write_text('{"keep": true}\n', encoding="utf-8")
    return vendor


def outside(vendor: Path, package: str = "acme_pim") -> dict[str, tuple[bytes, int]]:
    """The files of ``vendor`` that are not the generated package's."""
    return {rel: v for rel, v in snapshot(vendor).items() if not rel.startswith(f"{package}/")}


def test_a_folder_with_files_of_its_own_gets_the_package_alone(app: Path) -> None:
    before = snapshot(app)
    result = run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"{app} holds files akeneo-codegen did not write: only the package is written")
    assert lines[1].endswith(f"{SUMMARY_END}{app / 'acme_pim'}")
    assert result.stderr == ""  # an info line, not a warning
    assert sorted(p.name for p in app.iterdir()) == ["__init__.py", "acme_pim", "own", "settings.py"]
    assert outside(app) == before
    package = app / "acme_pim"
    assert (package / "_client.py").is_file() and (package / "__init__.py").is_file()
    assert not (package / "endpoint_tests").exists() and not (package / "pyproject.toml").exists()
    manifest = json.loads((package / "_generation.json").read_text(encoding="utf-8"))
    assert manifest["layout"] == "package" and manifest["package"] == "acme_pim"
    assert "__init__.py" in manifest["files"] and "acme_pim/__init__.py" not in manifest["files"]
    assert sorted(manifest["files"]) == sorted(p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file() and p.name != "_generation.json")


def test_the_package_is_the_same_as_in_the_project_layout(app: Path, tmp_path: Path) -> None:
    assert run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim").exit_code == 0
    project = tmp_path / "project"
    assert run("generate", "--spec", MINI, "--out", project, "--package-name", "acme_pim").exit_code == 0
    vendored = {k: v[0] for k, v in snapshot(app / "acme_pim").items() if k != "_generation.json"}
    assert vendored == {k: v[0] for k, v in snapshot(project / "acme_pim").items()}
    assert (project / "endpoint_tests").is_dir() and (project / "pyproject.toml").is_file()


def test_an_existing_package_folder_the_generator_did_not_write_is_refused(app: Path) -> None:
    (app / "acme_pim").mkdir()
    (app / "acme_pim" / "mine.py").write_text("X = 1\n", encoding="utf-8")
    before = snapshot(app)
    result = run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"akeneo-codegen: error: {app / 'acme_pim'} exists and was not generated (no _generation.json); remove it or choose another --package-name"]
    assert snapshot(app) == before
    assert sorted(p.name for p in app.iterdir()) == ["__init__.py", "acme_pim", "own", "settings.py"]  # no temporary folder left


def test_a_file_named_like_the_package_is_refused(app: Path) -> None:
    (app / "acme_pim").write_text("not a folder\n", encoding="utf-8")
    before = snapshot(app)
    result = run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "is a file the generator did not write" in result.stderr
    assert snapshot(app) == before


def test_out_that_is_a_vendored_package_is_refused(app: Path) -> None:
    assert run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim").exit_code == 0
    before = snapshot(app)
    result = run("generate", "--spec", MINI, "--out", app / "acme_pim", "--package-name", "acme_pim")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert f"pass the folder that holds it as --out ({app})" in result.stderr
    assert snapshot(app) == before


def test_check_passes_after_generating_and_explains_an_edit(app: Path) -> None:
    assert run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim").exit_code == 0
    for extra in ((), ("--no-cache",)):  # the fast path and the whole pipeline
        result = run("check", "--spec", MINI, "--out", app, "--package-name", "acme_pim", *extra)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"{app / 'acme_pim'} is up to date")
    (app / "settings.py").write_text("TIMEOUT = 50\n", encoding="utf-8")  # the application's own: not the output
    assert run("check", "--spec", MINI, "--out", app, "--package-name", "acme_pim", "--no-cache").exit_code == 0
    client = app / "acme_pim" / "_client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    for extra in ((), ("--no-cache",)):
        result = run("check", "--spec", MINI, "--out", app, "--package-name", "acme_pim", *extra)
        assert result.exit_code == 1
        assert f"differs: {client}" in result.stderr
        assert "why: 1 file(s) changed since generated: _client.py" in result.stderr
    missing = run("check", "--spec", MINI, "--out", app, "--package-name", "other_pim")
    assert missing.exit_code == 1 and "no _generation.json" in missing.stderr


def test_regeneration_after_a_spec_change_touches_only_the_package(app: Path, tmp_path: Path) -> None:
    spec = tmp_path / "mini.yaml"
    shutil.copy2(MINI, spec)
    assert run("generate", "--spec", spec, "--out", app, "--package-name", "acme_pim").exit_code == 0
    (app / "acme_pim" / "__pycache__").mkdir()
    (app / "acme_pim" / "__pycache__" / "x.pyc").write_bytes(b"cache")
    before = outside(app)
    package_before = snapshot(app / "acme_pim")
    text = spec.read_text(encoding="utf-8")
    assert "summary: List families" in text
    spec.write_text(text.replace("summary: List families", "summary: List every family"), encoding="utf-8")
    result = run("generate", "--spec", spec, "--out", app, "--package-name", "acme_pim")
    assert result.exit_code == 0, result.output
    assert outside(app) == before
    after = snapshot(app / "acme_pim")
    changed = sorted(rel for rel in after if after[rel] != package_before.get(rel))
    assert "resources/families.py" in changed and "_generation.json" in changed
    assert set(after) == set(package_before)  # the cache folder is carried over
    assert sorted(p.name for p in app.iterdir()) == ["__init__.py", "acme_pim", "own", "settings.py"]


def test_a_package_generated_under_another_name_is_left_as_is(app: Path) -> None:
    assert run("generate", "--spec", MINI, "--out", app, "--package-name", "old_pim").exit_code == 0
    old = snapshot(app / "old_pim")
    result = run("generate", "--spec", MINI, "--out", app, "--package-name", "acme_pim")
    assert result.exit_code == 0, result.output
    assert f"{app / 'old_pim'} was generated from the same spec under another name: left as is" in result.stdout
    assert snapshot(app / "old_pim") == old
    assert (app / "acme_pim" / "_client.py").is_file()


def test_the_project_layout_is_kept_for_a_new_or_generated_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for out in (tmp_path / "new", empty):
        result = run("generate", "--spec", MINI, "--out", out)
        assert result.exit_code == 0, result.output
        assert "did not write" not in result.stdout
        assert (out / "_generation.json").is_file() and (out / "pyproject.toml").is_file() and (out / "endpoint_tests").is_dir()
        assert "layout" not in json.loads((out / "_generation.json").read_text(encoding="utf-8"))
    # a file added to a generated folder does not turn it into a vendoring folder: it is the generator's
    (empty / "stray.txt").write_text("x", encoding="utf-8")
    result = run("generate", "--spec", MINI, "--out", empty)
    assert result.exit_code == 0 and "1 removed" in result.stdout
    assert not (empty / "stray.txt").exists()


@pytest.mark.parametrize("name", ["httpx", "httpx2", "httpcore", "pydantic", "pydantic_core", "typing_extensions", "anyio", "json", "typing", "asyncio", "logging", "pytest"])
def test_package_names_that_shadow_a_dependency_or_the_standard_library_are_refused(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    result = run("generate", "--spec", MINI, "--out", out, "--package-name", name)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"akeneo-codegen: error: --package-name {name} would shadow"), lines
    assert not out.exists()
    assert run("check", "--spec", MINI, "--out", out, "--package-name", name).exit_code == 2



def test_a_failed_swap_leaves_the_package_and_its_siblings_as_they_were(app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "mini.yaml"
    shutil.copy2(MINI, spec)
    assert run("generate", "--spec", spec, "--out", app, "--package-name", "acme_pim").exit_code == 0
    before = snapshot(app)
    spec.write_text(spec.read_text(encoding="utf-8").replace("summary: List families", "summary: List every family"), encoding="utf-8")
    real = os.replace

    def failing(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src).name.startswith(".acme_pim.new-"):  # the new package folder, swapped in
            raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError, match="disk full"):
        generate(Options(spec=spec, out=app, package_name="acme_pim"))
    monkeypatch.setattr(os, "replace", real)
    assert snapshot(app) == before
    assert sorted(p.name for p in app.iterdir()) == ["__init__.py", "acme_pim", "own", "settings.py"]
