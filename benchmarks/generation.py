"""Generation: akeneo-codegen against openapi-python-client on the same specs.

Both run as commands in fresh processes, each with its usual formatting: black for ours
(``python -m generator generate``), ruff for openapi-python-client (its default settings and
post-hooks, with the bench virtualenv first on PATH so that they find its ruff). Ours writes
the package only (``--no-tests``), like the peer, unless a figure says otherwise.

Ours always runs with ``AKENEO_CODEGEN_CACHE_DIR`` set to a cache folder of this run's own, so
the user's cache is neither read nor written: an empty folder for a cold run, one that an earlier
generation of the same spec filled for a warm one (a generator without that cache ignores the
variable). A "cold" run writes into a folder that does not exist yet; a regeneration writes into
the folder the previous run of the same spec file wrote. Each peak memory figure is the largest
resident size among the processes of one generation (``wait4`` on its process).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from . import bench_venv
from .measure import (
    MIB,
    ROOT,
    Context,
    Medians,
    Row,
    Run,
    Sample,
    alternate,
    first_line,
    ratio_row,
    ratio_text,
    run_child,
    seconds_cell,
)
from .synthetic import write_spec

CACHE_ENV = "AKENEO_CODEGEN_CACHE_DIR"
AKENEO = ROOT / "spec" / "akeneo-pim.yaml"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
LARGE_SPECS = (
    ("Kubernetes (Swagger 2.0)", SHARED_SPECS / "kubernetes-swagger.json"),
    ("OpenAI (OpenAPI 3.1)", SHARED_SPECS / "openai-openapi.yaml"),
)
SCALE_SIZES = (100, 500, 1000, 2000, 5000)
QUICK_SCALE_SIZES = (50, 100, 200)
SCALE_FLATNESS = 1.2  #: most ms/op at the largest size, over ms/op at the second one
REGENERATION_LIMIT = 0.3  #: seconds, ours, nothing changed
_NOT_CREATED = "Error(s) encountered while generating, client was not created"


class Failed(Exception):
    """A generation that should have succeeded did not."""


# -- the two generators ----------------------------------------------------------------------


def ours(spec: Path, out: Path, cache: Path, *, tests: bool = False) -> Run:
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec)]
    command += ["--out", str(out), *([] if tests else ["--no-tests"])]
    run = run_child(command, env={**os.environ, CACHE_ENV: str(cache)})
    if run.returncode != 0:
        raise Failed(f"ours on {spec.name}: {first_line(run.stderr or run.stdout)}")
    return run


def opc_run(venv: bench_venv.BenchVenv, spec: Path, out: Path, *, overwrite: bool = False) -> Run:
    command = [str(venv.opc), "generate", "--path", str(spec), "--output-path", str(out)]
    return run_child([*command, *(["--overwrite"] if overwrite else [])], env=venv.env())


def opc_refusal(run: Run, out: Path) -> str | None:
    """Why openapi-python-client wrote nothing (it exits 0 even then), or None."""
    text = run.stdout + run.stderr
    if run.returncode == 0 and _NOT_CREATED not in text and out.is_dir():
        return None
    if "Swagger" in text:
        return "refuses 2.0"
    return f"fails: {first_line(text.replace(_NOT_CREATED, ''))}"


def opc(venv: bench_venv.BenchVenv, spec: Path, out: Path, *, overwrite: bool = False) -> Run:
    run = opc_run(venv, spec, out, overwrite=overwrite)
    refusal = opc_refusal(run, out)
    if refusal is not None:
        raise Failed(f"openapi-python-client on {spec.name}: {refusal}")
    return run


def cold_ours(
    ctx: Context, spec: Path, cache: Path | None = None, *, tests: bool = False
) -> Sample:
    """Ours into a new folder; with an empty format cache unless ``cache`` is given."""
    out, scratch = ctx.fresh("ours"), ctx.fresh("cache")
    sample = ours(spec, out, cache or scratch, tests=tests).sample
    shutil.rmtree(out)
    shutil.rmtree(scratch, ignore_errors=True)
    return sample


def cold_opc(ctx: Context, spec: Path) -> Sample:
    out = ctx.fresh("opc")
    sample = opc(ctx.venv, spec, out).sample
    shutil.rmtree(out)
    return sample


# -- figures ---------------------------------------------------------------------------------


def cold(ctx: Context) -> list[Row]:
    """spec/akeneo-pim.yaml into an empty folder, package only: empty, then warm format cache."""
    empty = alternate(ctx.rounds, lambda: cold_ours(ctx, AKENEO), lambda: cold_opc(ctx, AKENEO))
    cache = ctx.fresh("cache")
    ours(AKENEO, ctx.fresh("ours"), cache)
    warm = alternate(
        ctx.rounds, lambda: cold_ours(ctx, AKENEO, cache), lambda: cold_opc(ctx, AKENEO)
    )
    figure = "cold generation, spec/akeneo-pim.yaml, package only"
    return [
        ratio_row(f"{figure}, empty format cache", empty[0].seconds, empty[1].seconds, 0.5),
        ratio_row(f"{figure}, warm format cache", warm[0].seconds, warm[1].seconds, 0.5),
    ]


def cold_tests(ctx: Context) -> list[Row]:
    """What ``generate`` writes by default (package + endpoint tests), empty format cache."""
    ours_m, peer_m = alternate(
        ctx.rounds, lambda: cold_ours(ctx, AKENEO, tests=True), lambda: cold_opc(ctx, AKENEO)
    )
    figure = "cold generation, spec/akeneo-pim.yaml, package + endpoint tests (peer: package only)"
    return [ratio_row(figure, ours_m.seconds, peer_m.seconds, None)]


def large(ctx: Context) -> list[Row]:
    """The large specs of ../shared/specs (skipped under --quick: ours takes minutes)."""
    if ctx.quick:
        return []
    rows = []
    for label, spec in LARGE_SPECS:
        figure = f"cold generation, {label}, package only"
        if not spec.is_file():
            rows.append(Row(figure, f"missing: {spec}", "-"))
            continue
        probe_out = ctx.fresh("opc")
        refusal = opc_refusal(opc_run(ctx.venv, spec, probe_out), probe_out)
        if refusal is None:
            ours_m, peer_m = alternate(
                ctx.heavy_rounds, lambda s=spec: cold_ours(ctx, s), lambda s=spec: cold_opc(ctx, s)
            )
            rows.append(ratio_row(figure, ours_m.seconds, peer_m.seconds, None))
        else:
            samples = [cold_ours(ctx, spec) for _ in range(ctx.heavy_rounds)]
            rows.append(Row(figure, seconds_cell(Medians.of(samples).seconds), refusal))
    return rows


def _scale_cell(medians: Medians, operations: int) -> str:
    ms_per_op = 1000 * medians.seconds / operations
    return (
        f"{seconds_cell(medians.seconds)}, {ms_per_op:.1f} ms/op, {medians.peak_rss / MIB:.0f} MiB"
    )


def scale(ctx: Context) -> list[Row]:
    """Synthetic OpenAPI 3.0 specs of growing size, cold, package only; sets the chart series."""
    sizes = QUICK_SCALE_SIZES if ctx.quick else SCALE_SIZES
    rows = []
    ms_per_op: dict[str, list[float]] = {"ours": [], "peer": []}
    seconds: dict[str, list[float]] = {"ours": [], "peer": []}
    for size in sizes:
        spec = write_spec(ctx.fresh("synthetic"), size)
        ours_m, peer_m = alternate(
            ctx.heavy_rounds, lambda s=spec: cold_ours(ctx, s), lambda s=spec: cold_opc(ctx, s)
        )
        for side, medians in (("ours", ours_m), ("peer", peer_m)):
            seconds[side].append(medians.seconds)
            ms_per_op[side].append(1000 * medians.seconds / size)
        rows.append(
            Row(
                f"synthetic {size:,} operations: cold generation, ms/op, peak RSS",
                _scale_cell(ours_m, size),
                _scale_cell(peer_m, size),
                ratio_text(ours_m.seconds, peer_m.seconds),
            )
        )
    growth = {side: values[-1] / values[1] for side, values in ms_per_op.items()}
    rows.append(
        Row(
            f"synthetic: ms/op at {sizes[-1]:,} operations over ms/op at {sizes[1]:,}",
            f"{growth['ours']:.2f}",
            f"{growth['peer']:.2f}",
            target=f"ours <= {SCALE_FLATNESS:.2f}",
            met=growth["ours"] <= SCALE_FLATNESS,
        )
    )
    ctx.chart = {
        "operations": list(sizes),
        "ours": seconds["ours"],
        "peer": seconds["peer"],
        "peer_name": ctx.venv.opc_version(),
    }
    return rows


def _mtimes(folder: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def _rewritten(folder: Path, before: dict[Path, int]) -> int:
    """Files of ``folder`` written since ``before`` was taken (new or with a new mtime)."""
    return sum(1 for path, mtime in _mtimes(folder).items() if before.get(path) != mtime)


def _edit_one_summary(text: str, edit: int) -> str:
    """``text`` (a spec) with its first operation's summary changed."""
    edited, count = re.subn(
        r"^(      summary: .*)$", lambda m: f"{m.group(1)} (edit {edit})", text, count=1, flags=re.M
    )
    if count != 1:
        raise Failed("no operation summary to edit in spec/akeneo-pim.yaml")
    return edited


def regenerate(ctx: Context) -> list[Row]:
    """Generate again into the folder the previous run wrote: nothing changed, then after a
    one-operation change (each round edits one summary of a copy of the spec)."""
    cache = ctx.fresh("cache")
    mine, theirs = ctx.fresh("ours"), ctx.fresh("opc")
    ours(AKENEO, mine, cache)
    opc(ctx.venv, AKENEO, theirs)
    same = alternate(
        ctx.rounds,
        lambda: ours(AKENEO, mine, cache).sample,
        lambda: opc(ctx.venv, AKENEO, theirs, overwrite=True).sample,
    )
    rows = [
        Row(
            "regeneration, nothing changed (peer: --overwrite, for reference)",
            seconds_cell(same[0].seconds),
            seconds_cell(same[1].seconds),
            ratio_text(same[0].seconds, same[1].seconds),
            f"ours <= {REGENERATION_LIMIT:.2f} s",
            same[0].seconds <= REGENERATION_LIMIT,
        )
    ]

    spec = ctx.fresh("spec") / AKENEO.name
    spec.parent.mkdir()
    original = AKENEO.read_text(encoding="utf-8")
    spec.write_text(original, encoding="utf-8")
    mine, theirs = ctx.fresh("ours"), ctx.fresh("opc")  # generated from the copy from now on
    ours(spec, mine, cache)
    opc(ctx.venv, spec, theirs)
    edits = itertools.count(1)
    rewritten: dict[Path, list[int]] = {mine: [], theirs: []}

    def changed(folder: Path, generate: Callable[[], Run]) -> Sample:
        before = _mtimes(folder)
        sample = generate().sample
        rewritten[folder].append(_rewritten(folder, before))
        return sample

    def ours_after_edit() -> Sample:
        spec.write_text(_edit_one_summary(original, next(edits)), encoding="utf-8")
        return changed(mine, lambda: ours(spec, mine, cache))

    ours_m, peer_m = alternate(
        ctx.rounds,
        ours_after_edit,
        lambda: changed(theirs, lambda: opc(ctx.venv, spec, theirs, overwrite=True)),
    )
    files = {folder: sorted(counts)[len(counts) // 2] for folder, counts in rewritten.items()}
    rows.append(
        Row(
            "regeneration after a one-operation change (files rewritten)",
            f"{seconds_cell(ours_m.seconds)} ({files[mine]} files)",
            f"{seconds_cell(peer_m.seconds)} ({files[theirs]} files)",
            ratio_text(ours_m.seconds, peer_m.seconds),
        )
    )
    return rows
