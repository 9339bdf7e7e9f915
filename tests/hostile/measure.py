"""Run ``akeneo-codegen generate`` on specs, each in a child process of its own, and say what each
run did and cost: ``python -m tests.hostile.measure RUNS.json`` prints one JSON object a line.

RUNS.json is a list of ``{"spec": ..., "out": ..., "stdout": ..., "stderr": ...}``. The
generator is imported once, here; each run is a fork, so its CPU time and peak memory
(``os.wait4``) are the generation's own, not the interpreter's start.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import generator.pipeline  # noqa: F401  (imported before forking: the runs measure generation only)
from generator.cli import main


def _child(spec: str, out: str, stdout: str, stderr: str) -> None:
    """In the forked child: the command line, its output to the given files, then exit."""
    for fd, path in ((1, stdout), (2, stderr)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    code = 0
    try:
        main(["generate", "--no-cache", "--spec", spec, "--out", out], prog_name="akeneo-codegen")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # a traceback is what the tests look for: print it as Python would
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run(spec: str, out: str, stdout: str, stderr: str) -> dict[str, object]:
    pid = os.fork()
    if pid == 0:
        _child(spec, out, stdout, stderr)
    _, status, usage = os.wait4(pid, 0)
    return {
        "spec": spec,
        "exit": os.waitstatus_to_exitcode(status),
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "max_rss_bytes": usage.ru_maxrss * 1024,  # (Linux counts kilobytes)
    }


if __name__ == "__main__":
    for item in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")):
        print(json.dumps(run(item["spec"], item["out"], item["stdout"], item["stderr"])), flush=True)
