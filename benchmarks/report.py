"""The outputs of a run: the markdown table, README's benchmark section, the chart."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .bench_venv import BenchVenv
from .measure import ROOT, Row

README = ROOT / "README.md"
START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"
CHART_SCRIPT = Path(__file__).with_name("chart.py")
DEFAULT_CHART = Path(__file__).with_name("generation-scale.png")


def _met(row: Row) -> str:
    return "-" if row.met is None else ("yes" if row.met else "no")


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| figure | ours | peer | ratio | target | met? |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    lines += [
        f"| {r.figure} | {r.ours} | {r.peer} | {r.ratio} | {r.target} | {_met(r)} |" for r in rows
    ]
    return "\n".join(lines) + "\n"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def section(rows: Sequence[Row], command: str, peers: Sequence[str], chart: Path | None) -> str:
    """README's benchmark section: when, where, how, the table and the chart."""
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {when} on {machine()}, with `{command}` (peers: {', '.join(peers)}).",
        "",
        table(rows),
    ]
    if chart is not None and chart.resolve().is_relative_to(ROOT):
        image = chart.resolve().relative_to(ROOT).as_posix()
        lines += [f"![generation time against operation count]({image})", ""]
    return "\n".join(lines)


def update_readme(text: str, readme: Path = README) -> None:
    """Replace what lies between the two benchmark markers of ``readme`` with ``text``."""
    content = readme.read_text(encoding="utf-8")
    start, end = content.find(START), content.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme}: the markers {START} and {END} are missing")
    before, after = content[: start + len(START)], content[end:]
    readme.write_text(f"{before}\n{text.rstrip()}\n{after}", encoding="utf-8")


def draw_chart(venv: BenchVenv, series: dict[str, Any], out: Path) -> None:
    """Draw the scale series into ``out`` with the bench virtualenv's matplotlib."""
    subprocess.run(
        [str(venv.python), str(CHART_SCRIPT), str(out)],
        input=json.dumps(series),
        text=True,
        check=True,
    )
