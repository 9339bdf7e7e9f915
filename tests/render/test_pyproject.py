"""The output is an installable distribution: a generated pyproject.toml declares the package
and what it needs (httpx2 or httpx, pydantic), and a wheel built from it imports anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import tomllib
from click.testing import CliRunner

from generator.cli import main
from generator.format_cache import ENV_VAR
from generator.render import distribution_version
from tests.support.paths import MINI


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    target = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", "--spec", str(MINI), "--out", str(target), "--package-name", "mini_pim"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


def test_the_pyproject_declares_the_package(out: Path) -> None:
    project = tomllib.loads((out / "pyproject.toml").read_text())
    assert project["project"]["name"] == "mini-pim"
    assert project["project"]["requires-python"] == ">=3.10"
    assert {d.split(">")[0].split("<")[0] for d in project["project"]["dependencies"]} == {"httpx2", "pydantic"}
    assert project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["mini_pim"]
    assert project["build-system"]["build-backend"] == "hatchling.build"
    # the command line, named after the distribution; its progress bar an extra, not a dependency
    assert project["project"]["scripts"] == {"mini-pim": "mini_pim.__main__:main"}
    assert project["project"]["optional-dependencies"] == {"cli": ["tqdm>=4.66,<5"]}


def test_versions_and_titles_are_written_safely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert distribution_version("7.0") == "7.0"
    assert distribution_version("2.1.3") == "2.1.3"
    assert distribution_version("v2-beta") == "0"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    spec = tmp_path / "odd.yaml"
    spec.write_text('openapi: 3.1.0\ninfo: {title: "Say \\"hi\\" \\\\ [x]", version: "1.0 beta"}\npaths: {}\n')
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(tmp_path / "odd")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    project = tomllib.loads((tmp_path / "odd" / "pyproject.toml").read_text())["project"]
    assert project["version"] == "0"
    assert project["description"] == 'Typed Python client for Say "hi" \\ [x]'


def test_no_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    result = CliRunner().invoke(main, ["generate", "--spec", str(MINI), "--out", str(tmp_path / "bare"), "--no-pyproject"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "bare" / "pyproject.toml").exists()
    assert (tmp_path / "bare" / "akeneo_pim" / "__init__.py").is_file()


@pytest.mark.slow
def test_a_wheel_of_the_output_installs_and_imports(out: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(out)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = wheels.glob("mini_pim-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "mini_pim/_client.py" in names and "mini_pim/py.typed" in names
    assert not any(n.startswith("endpoint_tests/") for n in names)
    site = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], capture_output=True, text=True, check=False, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import mini_pim, sys; print(mini_pim.__file__); print(mini_pim.Akeneo('https://pim.example.com', token='t').families)"
    used = subprocess.run([sys.executable, "-P", "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=60)
    assert used.returncode == 0, used.stderr[-3000:]
    assert used.stdout.startswith(str(site))
