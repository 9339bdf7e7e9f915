"""Generation time: akeneo-codegen against openapi-python-client, on the same specs.

    python benchmarks/bench_vs_openapi_python_client.py [--opc PATH] [--repeat 3] [--ops 250]

openapi-python-client lives in its own virtual environment (its dependencies are not ours)::

    python3 -m venv /work/opc-venv && /work/opc-venv/bin/pip install openapi-python-client

and is found with --opc (default: the OPC environment variable, else
/work/opc-venv/bin/openapi-python-client). It reads OpenAPI 3.0 and 3.1 only, so the specs are
spec/akeneo-pim.yaml (3.1), a synthetic 3.0 spec of --ops operations (see
bench_generate_scale.py), and Akeneo's upstream Swagger 2.0 file when it is present
(../shared/reference/akeneo-web-api.json), where a failure is the expected result.

Ours generates the package only, like openapi-python-client (--with-tests adds the endpoint
tests, as ``akeneo-codegen generate`` does by default). Each tool runs as a command in a fresh
process with its usual formatting (black in process for ours; ruff for openapi-python-client,
whose folder is put first on PATH). "fresh" writes into a folder that does not exist yet;
"again" regenerates into the folder the previous run wrote (the usual loop after a spec change:
ours reuses the formatting of unchanged files, and openapi-python-client is given --overwrite).
Each figure is the best of --repeat runs. A tool that fails on a spec gets its first line of
explanation in the table instead of a time.
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_generate_scale import write_spec  # noqa: E402

DEFAULT_OPC = "/work/opc-venv/bin/openapi-python-client"
UPSTREAM = ROOT.parent / "shared" / "reference" / "akeneo-web-api.json"


@dataclass
class Outcome:
    seconds: float | None  #: best fresh time, None when the tool failed
    again: float | None = None  #: best time regenerating into the previous run's folder
    note: str = ""


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:70] if lines else "no output"


def _time(
    command: list[str],
    out: Path,
    repeat: int,
    env: dict[str, str] | None = None,
    *,
    fresh: bool = True,
) -> tuple[float, subprocess.CompletedProcess[str]]:
    best = float("inf")
    done: subprocess.CompletedProcess[str] | None = None
    for _ in range(repeat):
        if fresh:
            shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        best = min(best, time.perf_counter() - start)
        if done.returncode != 0:
            break
    assert done is not None
    return best, done


#: ``akeneo-codegen generate`` without the endpoint tests it also writes by default (the other
#: tool writes a package only).
OURS = """
import sys
from pathlib import Path
from generator.diagnostics import SpecError
from generator.pipeline import Options, generate
try:
    generate(Options(spec=Path(sys.argv[1]), out=Path(sys.argv[2]), package_name="bench_client", with_tests=sys.argv[3] == "1"))
except SpecError as exc:
    sys.exit(exc.diagnostics[0].render())
"""


def run_ours(spec: Path, out: Path, repeat: int, with_tests: bool) -> Outcome:
    command = [sys.executable, "-c", OURS, str(spec), str(out), "1" if with_tests else "0"]
    seconds, done = _time(command, out, repeat)
    if done.returncode != 0:
        return Outcome(None, note=f"failed: {_first_line(done.stderr or done.stdout)}")
    again, _ = _time(command, out, repeat, fresh=False)
    return Outcome(seconds, again)


def run_opc(opc: str, spec: Path, out: Path, repeat: int) -> Outcome:
    command = [opc, "generate", "--path", str(spec), "--output-path", str(out), "--meta", "none"]
    env = {**os.environ, "PATH": f"{Path(opc).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    seconds, done = _time(command, out, repeat, env)
    # it exits 0 even when it creates nothing; its messages say what happened
    text = done.stdout + done.stderr
    if done.returncode != 0 or "client was not created" in text or not out.is_dir():
        swagger = [line for line in text.splitlines() if "Swagger" in line]
        detail = (
            swagger[0]
            if swagger
            else text.replace("Error(s) encountered while generating, client was not created", "")
        )
        return Outcome(None, note=f"failed: {_first_line(detail)}")
    note = "warnings: some pieces may be missing" if "Warning(s) encountered" in text else ""
    again, _ = _time([*command, "--overwrite"], out, repeat, env, fresh=False)
    return Outcome(seconds, again, note)


def _cell(seconds: float | None) -> str:
    return f"{seconds:.2f}" if seconds is not None else "-"


def _ratio(theirs: float | None, ours: float | None) -> str:
    return f"{theirs / ours:.2f}" if theirs and ours else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--opc",
        default=os.environ.get("OPC", DEFAULT_OPC),
        help="the openapi-python-client command",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per tool and spec (best is kept)"
    )
    parser.add_argument(
        "--ops", type=int, default=250, help="operations in the synthetic OpenAPI 3.0 spec"
    )
    parser.add_argument(
        "--with-tests",
        action="store_true",
        help="ours also writes its endpoint tests (the CLI default)",
    )
    args = parser.parse_args()
    if shutil.which(args.opc) is None:
        sys.exit(
            f"openapi-python-client not found at {args.opc}; install it in its own venv (see the module docstring) or pass --opc"
        )
    version = subprocess.run(
        [args.opc, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()

    with tempfile.TemporaryDirectory(prefix="bench-vs-opc-") as tmp:
        root = Path(tmp)
        specs = [
            ("spec/akeneo-pim.yaml (OpenAPI 3.1)", ROOT / "spec" / "akeneo-pim.yaml"),
            (
                f"synthetic, {args.ops} ops (OpenAPI 3.0)",
                write_spec(root / "synthetic", args.ops, "3.0.3"),
            ),
        ]
        if UPSTREAM.is_file():
            specs.append(("akeneo-web-api.json (Swagger 2.0)", UPSTREAM))
        print(
            f"akeneo-codegen (this tree) vs {version or args.opc}: wall seconds, best of {args.repeat}"
        )
        header = f"{'spec':<36} | {'fresh: ours':>11} {'opc':>6} {'opc/ours':>8} | {'again: ours':>11} {'opc':>6} {'opc/ours':>8} | notes"
        print(header)
        print("-" * len(header))
        for label, spec in specs:
            ours = run_ours(spec, root / "ours", args.repeat, args.with_tests)
            theirs = run_opc(args.opc, spec, root / "opc", args.repeat)
            notes = "; ".join(
                n
                for n in (
                    f"ours {ours.note}" if ours.note else "",
                    f"opc {theirs.note}" if theirs.note else "",
                )
                if n
            )
            print(
                f"{label:<36} | {_cell(ours.seconds):>11} {_cell(theirs.seconds):>6} {_ratio(theirs.seconds, ours.seconds):>8} | "
                f"{_cell(ours.again):>11} {_cell(theirs.again):>6} {_ratio(theirs.again, ours.again):>8} | {notes}",
                flush=True,
            )


if __name__ == "__main__":
    main()
