"""A non-editable install (the built wheel) carries its templates and generates the same client.

The wheel is built from this checkout and installed with ``pip install --target`` into a
temporary folder; the generator then runs from there, from a folder outside the checkout, so
nothing can be read from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import GENERATED, ROOT


@pytest.mark.slow
def test_installed_wheel_generates_the_committed_client(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = wheels.glob("akeneo_codegen-*.whl")
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    assert (site / "generator" / "_templates" / "static" / "_async" / "_http.py").is_file()

    # -P: the checkout (the working folder) is not put on sys.path, only the installed wheel
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-P", "-c", "import generator.render as r; print(r.__file__); print(r.TEMPLATES_DIR)"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=60,
    )
    module_file, templates_dir = where.stdout.split()
    assert module_file.startswith(str(site)) and templates_dir.startswith(str(site)), where.stdout

    out = tmp_path / "client"
    run = subprocess.run(
        [sys.executable, "-P", "-m", "generator", "generate", "--spec", "spec/akeneo-pim.yaml", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "165 operations" in run.stdout
    committed = GENERATED
    expected = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    produced = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert produced == expected
    for rel in expected:
        if rel.name == "_generation.json":
            continue
        assert (out / rel).read_bytes() == (committed / rel).read_bytes(), f"{rel} differs when generated from the wheel"
