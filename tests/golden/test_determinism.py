"""Generation is byte-for-byte deterministic: two processes with different hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import FIXTURE_SPECS, ROOT

CASES = ("catalog", "mini")


def _generate(spec: Path, out: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_two_runs_with_different_hash_seeds_are_identical(case: str, tmp_path: Path) -> None:
    spec = FIXTURE_SPECS / f"{case}.yaml"
    _generate(spec, tmp_path / "a", "0")
    _generate(spec, tmp_path / "b", "1")
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert sorted(a) == sorted(b)
    differing = sorted(rel for rel in a if a[rel] != b[rel])
    assert differing == [], f"differ between PYTHONHASHSEED=0 and 1: {differing}"
    assert "_generation.json" in a
