"""Run one command and write its wall time, peak memory and exit code to a JSON file.

    python -m benchmarks.spawn REPORT.json COMMAND [ARG...]

A process started by a large one inherits that one's memory high-water mark in its
``ru_maxrss`` (Linux keeps the peak of the memory the process had before ``exec``, and a
``vfork``-started child had its parent's). Started from this small interpreter instead, a
command's peak is its own (never below this interpreter's ten-odd MiB). The command's output
goes to this process's own stdout and stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> None:
    report, *command = sys.argv[1:]
    start = time.perf_counter()
    proc = subprocess.Popen(command)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    with open(report, "w", encoding="utf-8") as fh:
        json.dump({"seconds": seconds, "peak_rss": peak, "returncode": proc.returncode}, fh)


if __name__ == "__main__":
    main()
