"""A client generated from Akeneo's upstream Swagger 2.0 file works: it type-checks under
mypy --strict, and its own generated endpoint tests show every request is right."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.options import Options, default_naming
from generator.pipeline import generate
from tests.support.paths import require_upstream


@pytest.fixture(scope="module")
def upstream_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    upstream = require_upstream()
    out = tmp_path_factory.mktemp("upstream") / "out"
    # no naming file: the Akeneo dialect is detected and brings its own, wherever the file lies
    assert default_naming(upstream) is None
    result = generate(Options(spec=upstream, out=out))
    assert len(result.api.operations) == 137
    assert json.loads((out / "_generation.json").read_text(encoding="utf-8"))["dialect"] == "akeneo"
    return out


# Operations whose generated endpoint tests may fail, with the reason; none today.
NOT_EXERCISED: dict[str, str] = {}


def test_upstream_client_endpoint_tests_send_what_the_spec_says(upstream_out: Path) -> None:
    """Every operation of the upstream client is exercised by its own offline endpoint tests:
    each request is right and each example reply parses. Upstream's own contradictions (reply
    examples without fields its schemas call required, a value's ``data`` typed as an object,
    example links to its demo host...) are repaired by the upgrade's Akeneo errata
    (generator/loader/akeneo_dialect.py); anything left must be listed in NOT_EXERCISED."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AKENEO_", "PYTEST_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "endpoint_tests", "-q", "-rf", "-p", "no:cacheprovider"],
        cwd=upstream_out,
        env={**env, "COLUMNS": "1000"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    tail = proc.stdout[-6000:]
    failures = [line for line in proc.stdout.splitlines() if line.startswith("FAILED ")]
    allowed = [f"endpoint_tests/test_{name.split('.')[0]}.py::" for name in NOT_EXERCISED]
    unexpected = [line for line in failures if not any(a in line for a in allowed)]
    assert not unexpected, "\n".join(unexpected)
    coverage = re.search(r"(\d+)/(\d+) operations exercised", proc.stdout)
    assert coverage is not None, tail
    exercised, total = int(coverage.group(1)), int(coverage.group(2))
    assert total == 137, tail
    assert exercised == total - len(NOT_EXERCISED), tail
    missing = set(re.findall(r"not exercised: (\S+):", proc.stdout))
    assert missing == set(NOT_EXERCISED), tail


def test_upstream_client_passes_mypy_strict(upstream_out: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental", "akeneo_pim"],
        cwd=upstream_out,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
