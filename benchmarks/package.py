"""The generated package (generated/akeneo_pim): start-up cost and size.

- ``import akeneo_pim`` and building a client, in a fresh interpreter, against ``import httpx2,
  pydantic`` (what any client on httpx2 and pydantic pays) in another;
- the same plus the first call of one endpoint (``families.get``, on the loopback server of
  :mod:`.client`), against that same baseline;
- lines of generated Python per operation, ours against openapi-python-client's package
  generated from the same spec.

Times are measured inside the child (interpreter start-up excluded).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from .client import TOKEN, serve
from .generation import AKENEO, opc
from .measure import ROOT, Context, Row, Sample, alternate, ratio_text, seconds_cell

PACKAGE = ROOT / "generated" / "akeneo_pim"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
IMPORT_LIMIT = 0.1  #: seconds over the baseline: import + client
FIRST_CALL_LIMIT = 0.3  #: seconds over the baseline: import + client + first call
BASELINE = "import httpx2, pydantic"


def in_fresh_interpreter(statements: str) -> Sample:
    """Seconds ``statements`` take in a new interpreter that imports the generated package."""
    code = f"import time; t = time.perf_counter(); {statements}; print(time.perf_counter() - t)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return Sample(float(done.stdout.strip().splitlines()[-1]))


def operations(spec: Path) -> int:
    document = YAML(typ="safe").load(spec.read_text(encoding="utf-8"))
    return sum(
        1 for item in document["paths"].values() for method in item if method in HTTP_METHODS
    )


def python_lines(folder: Path) -> int:
    return sum(len(p.read_bytes().splitlines()) for p in folder.rglob("*.py"))


def _over_baseline(figure: str, ours: float, baseline: float, limit: float) -> Row:
    extra = ours - baseline
    return Row(
        figure,
        f"{seconds_cell(ours)} (+{seconds_cell(extra)})",
        seconds_cell(baseline),
        ratio_text(ours, baseline),
        f"ours - peer <= {seconds_cell(limit)}",
        extra <= limit,
    )


def package(ctx: Context) -> list[Row]:
    rounds = max(ctx.rounds, 5)  # fresh interpreters are cheap and noisy
    build = "import akeneo_pim; pim = akeneo_pim.Akeneo('http://127.0.0.1:9', token='t')"
    ours_m, base_m = alternate(
        rounds, lambda: in_fresh_interpreter(build), lambda: in_fresh_interpreter(BASELINE)
    )
    rows = [
        _over_baseline(
            f"import akeneo_pim + client over `{BASELINE}` (fresh interpreters)",
            ours_m.seconds,
            base_m.seconds,
            IMPORT_LIMIT,
        )
    ]
    with serve(pages=1) as base:
        first = (
            f"import akeneo_pim; akeneo_pim.Akeneo({base!r}, token={TOKEN!r}).families.get('shoes')"
        )
        ours_m, base_m = alternate(
            rounds, lambda: in_fresh_interpreter(first), lambda: in_fresh_interpreter(BASELINE)
        )
    rows.append(
        _over_baseline(
            f"import + client + first families.get over `{BASELINE}`",
            ours_m.seconds,
            base_m.seconds,
            FIRST_CALL_LIMIT,
        )
    )

    count = operations(AKENEO)
    theirs = ctx.fresh("opc")
    opc(ctx.venv, AKENEO, theirs)
    ours_lines, peer_lines = python_lines(PACKAGE), python_lines(theirs)
    rows.append(
        Row(
            f"lines of generated Python per operation ({count} operations, package only)",
            f"{ours_lines / count:.0f} ({ours_lines:,} lines)",
            f"{peer_lines / count:.0f} ({peer_lines:,} lines)",
            ratio_text(ours_lines, peer_lines),
        )
    )
    return rows
