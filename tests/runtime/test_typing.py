"""The runtime (async sources and derived sync twins) passes ``mypy --strict``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.runtime_pkg import build_runtime_package

#: The runtime modules (overlays are checked by their own tests).
RUNTIME_MODULES = [
    "errors.py",
    "_config.py",
    "_encoding.py",
    "_search.py",
    "_retry.py",
    "_types.py",
    "_async/__init__.py",
    "_async/_http.py",
    "_async/_auth.py",
    "_async/_pagination.py",
    "_sync/__init__.py",
    "_sync/_http.py",
    "_sync/_auth.py",
    "_sync/_pagination.py",
]


@pytest.mark.slow
def test_runtime_is_mypy_strict_clean(tmp_path: Path) -> None:
    name = "akeneo_rt_typing"
    build_runtime_package(tmp_path, name)
    files = [str(tmp_path / name / module) for module in RUNTIME_MODULES]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.10",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--config-file",
            "",
            *files,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
