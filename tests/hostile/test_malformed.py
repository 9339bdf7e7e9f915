"""The malformed corpus (tests/fixtures/malformed/): specs that are broken, hostile or absurd.

Each is run through the command line, in a process of its own (tests/hostile/measure.py), into
an output folder that already holds a generated client. Each must exit 2 with one located
error line (file, line, what, JSON pointer) and the count, no traceback, the output folder
untouched, and stay under 2 s of CPU and 200 MB of memory: alias bombs, deep nesting and
huge numbers are refused before they cost anything.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.support.paths import MINI, ROOT

MALFORMED = ROOT / "tests" / "fixtures" / "malformed"
#: bounds for one run: CPU (user + system, so a busy machine does not count) and peak memory
MAX_CPU_SECONDS = 2.0
MAX_RSS_BYTES = 200 * 1024 * 1024
LINE = re.compile(r"^(?P<file>[^:]+?)(?::(?P<line>\d+))?: error: (?P<message>.+) \(at (?P<pointer>/[^ ]*)\)$")


@dataclass(frozen=True)
class Expected:
    message: str  #: a fragment of the one error's message
    #: its line (None: none; ANY_LINE: one, whichever)
    line: int | None
    pointer: str  #: a regular expression its JSON pointer matches in full


ANY_LINE = -1
#: what is wrong with each file of the corpus, and where its error must say it is (file, line,
#: pointer, message fragment: tab-separated, ``#`` comments)
EXPECTED = MALFORMED / "expected.tsv"


def _table() -> dict[str, Expected]:
    rows = [line.split("\t") for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["file", "line", "pointer", "message"]
    lines = {"-": None, "*": ANY_LINE}
    return {name: Expected(message, lines[line] if line in lines else int(line), pointer) for name, line, pointer, message in rows[1:]}


TABLE = _table()


def corpus() -> list[str]:
    return sorted(p.name for p in MALFORMED.iterdir() if p.is_file() and p != EXPECTED)


def test_the_table_covers_the_whole_corpus() -> None:
    assert corpus() == sorted(TABLE)
    assert len(TABLE) >= 30


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass(frozen=True)
class Run:
    exit: int
    cpu_seconds: float
    max_rss_bytes: int
    stdout: str
    stderr: str
    out: Path
    before: dict[str, tuple[bytes, int]]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Every spec of the corpus run once (one process, a fork per spec), each into its own copy
    of a generated client."""
    work = tmp_path_factory.mktemp("malformed")
    generated = work / "generated"
    result = CliRunner().invoke(main, ["generate", "--spec", str(MINI), "--out", str(generated)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    items = []
    for name in TABLE:
        out = work / f"out-{name}"
        shutil.copytree(generated, out, copy_function=shutil.copy2)
        items.append({"spec": str(MALFORMED / name), "out": str(out), "stdout": str(work / f"{name}.stdout"), "stderr": str(work / f"{name}.stderr")})
    before = {item["spec"]: snapshot(Path(item["out"])) for item in items}
    (work / "runs.json").write_text(json.dumps(items), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tests.hostile.measure", str(work / "runs.json")], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 0, proc.stderr
    measured = [json.loads(line) for line in proc.stdout.splitlines()]
    out: dict[str, Run] = {}
    for item, m in zip(items, measured, strict=True):
        name = Path(item["spec"]).name
        stdout, stderr = (Path(item[key]).read_text(encoding="utf-8") for key in ("stdout", "stderr"))
        out[name] = Run(m["exit"], m["cpu_seconds"], m["max_rss_bytes"], stdout, stderr, Path(item["out"]), before[item["spec"]])
    return out


@pytest.mark.parametrize("name", sorted(TABLE))
def test_a_malformed_spec_is_one_located_error_and_nothing_else(runs: dict[str, Run], name: str) -> None:
    run, expected = runs[name], TABLE[name]
    assert "Traceback" not in run.stdout + run.stderr, run.stderr
    assert run.exit == 2, run.stderr
    assert run.stdout == ""
    *problems, summary = run.stderr.splitlines()
    assert summary == "akeneo-codegen: 1 error(s); nothing was written"
    assert len(problems) == 1, problems
    m = LINE.match(problems[0])
    assert m is not None, problems[0]
    assert Path(m["file"]).name == name
    assert expected.message in m["message"], problems[0]
    line = int(m["line"]) if m["line"] else None
    assert line == expected.line or (expected.line == ANY_LINE and line is not None), problems[0]
    assert re.fullmatch(expected.pointer, m["pointer"]), problems[0]
    assert snapshot(run.out) == run.before


@pytest.mark.parametrize("name", sorted(TABLE))
def test_a_malformed_spec_costs_little(runs: dict[str, Run], name: str) -> None:
    # (a guard against hangs and bombs, not a benchmark: CPU time, not the wall clock)
    run = runs[name]
    assert run.cpu_seconds < MAX_CPU_SECONDS, f"{name}: {run.cpu_seconds:.2f}s of CPU"
    assert run.max_rss_bytes < MAX_RSS_BYTES, f"{name}: {run.max_rss_bytes / 2**20:.0f} MB"
