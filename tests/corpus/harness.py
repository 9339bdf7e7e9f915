"""Generating a corpus spec as a new user would, and checking the package it gives."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.paths import ROOT

from .specs import CorpusSpec

_WARNING = re.compile(r": warning: ")

#: What each spec gave in this run, for the summary printed at the end (conftest.py).
SUMMARY: dict[str, dict[str, object]] = {}


def note(spec: CorpusSpec, **facts: object) -> None:
    SUMMARY.setdefault(spec.id, {}).update(facts)


def _clean_env() -> dict[str, str]:
    """The environment of a new user's shell: no PYTHONPATH pointing into the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME") and not k.startswith("AKENEO_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def codegen_command() -> list[str]:
    """The installed ``akeneo-codegen`` console script (beside this interpreter)."""
    beside = Path(sys.executable).parent / "akeneo-codegen"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("akeneo-codegen")
    if found is None:
        pytest.fail("the akeneo-codegen console script is not installed (pip install -e '.[test]')", pytrace=False)
    return [found]


@dataclass
class Generated:
    """The outcome of ``akeneo-codegen generate`` for one spec."""

    spec: CorpusSpec
    workdir: Path  #: the (temporary) folder the command ran in, outside the checkout
    out: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    warnings: int = 0

    @property
    def package_dir(self) -> Path:
        return self.out / self.spec.package

    def describe(self) -> str:
        return f"exit {self.returncode} after {self.seconds:.1f}s\n--- stdout\n{self.stdout[-4000:]}\n--- stderr\n{self.stderr[-8000:]}"

    def require_success(self) -> None:
        """Fail the calling test when generation failed (test_generates shows why)."""
        if self.returncode != 0 or not self.package_dir.is_dir():
            pytest.fail(f"{self.spec.id}: generation failed, nothing to check: {self.describe()}", pytrace=False)


def generate(spec: CorpusSpec, workdir: Path) -> Generated:
    """Run ``akeneo-codegen generate`` in ``workdir`` (cwd outside the checkout)."""
    path = spec.require()
    assert not workdir.resolve().is_relative_to(ROOT), f"{workdir} is inside the checkout"
    out = workdir / "out"
    command = [*codegen_command(), "generate", "--spec", str(path), "--out", str(out), "--package-name", spec.package]
    if spec.external_refs:
        command.append("--allow-external-refs")
    start = time.perf_counter()
    try:
        proc = subprocess.run(command, cwd=workdir, env=_clean_env(), capture_output=True, text=True, timeout=spec.timeout, check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        return Generated(spec, workdir, out, -1, str(exc.stdout or ""), f"timed out after {spec.timeout:.0f}s", time.perf_counter() - start)
    seconds = time.perf_counter() - start
    warnings = sum(1 for line in proc.stderr.splitlines() if _WARNING.search(line))
    note(spec, generate_s=round(seconds, 1), warnings=warnings)
    return Generated(spec, workdir, out, proc.returncode, proc.stdout, proc.stderr, seconds, warnings)


# -- importing every module --------------------------------------------------------------------

_IMPORT_ALL = r"""
import importlib, json, pathlib, pkgutil, sys, traceback
name, out = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
imported, failures = [], []
def failed(where):
    failures.append([where, traceback.format_exc(limit=-3)])
try:
    package = importlib.import_module(name)
except BaseException:
    failed(name)
else:
    imported.append(name)
    where = pathlib.Path(package.__file__).resolve()
    if not where.is_relative_to(out):
        failures.append([name, f"imported from {where}, not from {out}"])
    for info in pkgutil.walk_packages(package.__path__, name + ".", onerror=failed):
        try:
            importlib.import_module(info.name)
        except BaseException:
            failed(info.name)
        else:
            imported.append(info.name)
print(json.dumps({"imported": imported, "failures": failures}))
"""


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def import_all(gen: Generated, timeout: float = 600.0) -> ImportReport:
    """Import every module of the generated package, in a fresh interpreter whose cwd is --out."""
    proc = subprocess.run([sys.executable, "-c", _IMPORT_ALL, gen.spec.package, str(gen.out)], cwd=gen.out, env=_clean_env(), capture_output=True, text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        pytest.fail(f"the import walk itself failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}", pytrace=False)
    data = json.loads(lines[-1])
    return ImportReport(list(data["imported"]), [(str(a), str(b)) for a, b in data["failures"]])


# -- linting -----------------------------------------------------------------------------------

#: Rules any generated client must pass: ruff's defaults (pycodestyle E4/E7/E9: imports,
#: statements, syntax errors; pyflakes F: unused imports and variables, undefined names,
#: redefinitions...) and pylint's errors (PLE).
RUFF_RULES = "E4,E7,E9,F,PLE"


def ruff_check(gen: Generated) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", RUFF_RULES, "--output-format", "concise", str(gen.package_dir)]
    return subprocess.run(command, cwd=gen.out, env=_clean_env(), capture_output=True, text=True, timeout=300, check=False, stdin=subprocess.DEVNULL)
