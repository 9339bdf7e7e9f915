"""``python -m benchmarks``: every figure, one markdown table.

    python -m benchmarks [--quick] [--only NAME[,NAME]] [--rounds N] [--markdown-out FILE]
                         [--update-readme] [--chart FILE]

Run from the repository root, with the dev virtualenv's Python (ours runs on it); the peer and
the chart run in the bench virtualenv (see :mod:`benchmarks.bench_venv`), made on first use.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import client, generation, package, report, transfer
from .measure import Context, Row

#: --only names, in the table's order
FIGURES: dict[str, Callable[[Context], list[Row]]] = {
    "cold": generation.cold,
    "cold-tests": generation.cold_tests,
    "large": generation.large,
    "scale": generation.scale,
    "regenerate": generation.regenerate,
    "package": package.package,
    "requests": client.requests,
    "batch": transfer.batch,
    "transfer": transfer.transfer,
}


def _names(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FIGURES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}"
        )
    return names


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Every figure, ours against its peer, in one markdown table.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and few rounds (development, smoke test)"
    )
    parser.add_argument(
        "--only",
        type=_names,
        default=list(FIGURES),
        metavar="NAME[,NAME]",
        help=f"run these figures only: {', '.join(FIGURES)}",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        help="rounds per side (default 5, --quick 2); figures that take minutes run half as many",
    )
    parser.add_argument(
        "--markdown-out", type=Path, metavar="FILE", help="also write the table here"
    )
    parser.add_argument(
        "--update-readme",
        action="store_true",
        help="rewrite README.md's section between the benchmark markers",
    )
    parser.add_argument(
        "--chart",
        type=Path,
        default=report.DEFAULT_CHART,
        metavar="FILE",
        help="where the scale figure draws its chart (default: benchmarks/generation-scale.png)",
    )
    return parser.parse_args(argv)


def run(names: list[str], ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for name in [name for name in FIGURES if name in names]:
        print(f"{name} ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            rows += FIGURES[name](ctx)
        except (generation.Failed, subprocess.CalledProcessError) as exc:
            rows.append(Row(f"{name}: failed", str(exc).replace("|", "/"), "-"))
        print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    rounds = args.rounds or (2 if args.quick else 5)
    with tempfile.TemporaryDirectory(prefix="akeneo-codegen-bench-") as work:
        ctx = Context(args.quick, rounds, max(1, (rounds + 1) // 2), Path(work))
        rows = run(args.only, ctx)
        chart = None
        if ctx.chart is not None:
            report.draw_chart(ctx.venv, ctx.chart, args.chart)
            chart = args.chart
        peers = ctx.peer_names
    text = report.table(rows)
    print(text, end="")
    if args.markdown_out is not None:
        args.markdown_out.write_text(text, encoding="utf-8")
    if args.update_readme:
        command = shlex.join(["python", "-m", "benchmarks", *(argv or sys.argv[1:])])
        report.update_readme(report.section(rows, command, peers, chart))


if __name__ == "__main__":
    main()
