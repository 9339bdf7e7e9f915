"""What every figure is made of: rows of the table, alternating rounds, timed child processes."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import bench_venv

ROOT = Path(__file__).resolve().parents[1]
MIB = 1 << 20


@dataclass
class Context:
    """What a figure is given: its sizes (``quick``), its rounds, a scratch folder."""

    quick: bool
    rounds: int  #: rounds of the figures that take seconds
    heavy_rounds: int  #: rounds of the figures that take minutes at default sizes
    work: Path  #: a scratch folder, deleted after the run
    chart: dict[str, Any] | None = None  #: the synthetic scale series, once measured
    _venv: bench_venv.BenchVenv | None = field(default=None, repr=False)
    _made: int = field(default=0, repr=False)

    @property
    def venv(self) -> bench_venv.BenchVenv:
        """The peer's virtualenv, made ready the first time a figure needs it."""
        if self._venv is None:
            self._venv = bench_venv.ensure()
        return self._venv

    @property
    def peer_names(self) -> list[str]:
        """httpx2 (the generated client's HTTP library), and openapi-python-client when a figure ran it, with their versions."""
        names = [f"httpx2 {metadata.version('httpx2')}"]
        return names if self._venv is None else [*names, self._venv.opc_version()]

    def fresh(self, name: str) -> Path:
        """A path in the scratch folder that does not exist yet."""
        self._made += 1
        return self.work / f"{name}-{self._made}"


@dataclass(frozen=True)
class Row:
    """One line of the table. ``met`` is None for figures reported without a target."""

    figure: str
    ours: str
    peer: str
    ratio: str = "-"
    target: str = "report"
    met: bool | None = None


@dataclass(frozen=True)
class Sample:
    """One round's measurement: wall seconds and, for a child process, its peak memory."""

    seconds: float
    peak_rss: int = 0  #: bytes; the high-water mark of the process (or its growth, see each figure)


@dataclass(frozen=True)
class Medians:
    seconds: float
    peak_rss: int

    @classmethod
    def of(cls, samples: Sequence[Sample]) -> Medians:
        return cls(
            statistics.median(s.seconds for s in samples),
            int(statistics.median(s.peak_rss for s in samples)),
        )


def alternate(
    rounds: int, ours: Callable[[], Sample], peer: Callable[[], Sample]
) -> tuple[Medians, Medians]:
    """Run ``ours`` and ``peer`` in turn, ``rounds`` times each; the median of each side. The
    side that goes first changes every round (ours, peer; peer, ours; ...), so that what one
    run leaves behind (page cache, write-back, memory the machine hands out) weighs on both."""
    mine: list[Sample] = []
    theirs: list[Sample] = []
    for index in range(rounds):
        if index % 2:
            theirs.append(peer())
            mine.append(ours())
        else:
            mine.append(ours())
            theirs.append(peer())
    return Medians.of(mine), Medians.of(theirs)


def timed(work: Callable[[], object]) -> Sample:
    start = time.perf_counter()
    work()
    return Sample(time.perf_counter() - start)


@dataclass(frozen=True)
class Run:
    """A finished child process: wall seconds, peak RSS (bytes, the largest process of its tree
    that it waited for), exit code and output."""

    seconds: float
    peak_rss: int
    returncode: int
    stdout: str
    stderr: str

    @property
    def sample(self) -> Sample:
        return Sample(self.seconds, self.peak_rss)


def run_child(command: Sequence[str], *, env: Mapping[str, str] | None = None) -> Run:
    """Run ``command`` to its end in the repository root, through :mod:`benchmarks.spawn` so that its time and peak
    memory are measured from a small process (``wait4`` on the command alone)."""
    with (
        tempfile.TemporaryDirectory(prefix="bench-run-") as tmp,
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
    ):
        report = Path(tmp) / "run.json"
        spawn = [sys.executable, "-m", "benchmarks.spawn", str(report), *command]
        subprocess.run(spawn, cwd=ROOT, env=env, stdout=out, stderr=err, check=True)
        measured = json.loads(report.read_text(encoding="utf-8"))
        out.seek(0)
        err.seek(0)
        return Run(
            measured["seconds"],
            measured["peak_rss"],
            measured["returncode"],
            out.read(),
            err.read(),
        )


def first_line(text: str, width: int = 70) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:width] if lines else "no output"


# -- cells -----------------------------------------------------------------------------------


def seconds_cell(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"


def mib_cell(size: int) -> str:
    return f"{size / MIB:.1f} MiB"


def ratio_text(ours: float, peer: float) -> str:
    return f"{ours / peer:.2f}" if peer else "-"


def ratio_row(
    figure: str,
    ours: float,
    peer: float,
    limit: float | None,
    cell: Callable[[float], str] = seconds_cell,
) -> Row:
    """A row whose ratio is ours / peer, met when it is at most ``limit`` (None: report)."""
    ratio = ours / peer if peer else float("inf")
    return Row(
        figure,
        cell(ours),
        cell(peer),
        ratio_text(ours, peer),
        f"<= {limit:.2f}" if limit is not None else "report",
        ratio <= limit if limit is not None else None,
    )
