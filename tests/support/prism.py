"""Starting Prism (``@stoplight/prism-cli``) on 127.0.0.1 for the spec and integration tests.

The executable comes from ``PRISM`` (set by tests/run.sh, which installs Prism into .ci/prism),
else .ci/prism or node_modules in the repository, else ``prism`` on the PATH. ``PRISM_URL``
points at a Prism already running instead (for tests that do not need their own). Without any
of them the tests that need Prism fail (a test skipped in CI counts as missing), unless
``ALLOW_NO_PRISM=1``, which skips them.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.support.paths import ROOT

STARTUP_SECONDS = 120.0
#: what Prism logs once it serves
LISTENING = "Prism is listening"


def prism_executable() -> str | None:
    candidates = [
        os.environ.get("PRISM"),
        str(ROOT / ".ci" / "prism" / "node_modules" / ".bin" / "prism"),
        str(ROOT / "node_modules" / ".bin" / "prism"),
        shutil.which("prism"),
    ]
    return next((c for c in candidates if c and Path(c).is_file() and os.access(c, os.X_OK)), None)


def missing_prism(reason: str) -> None:
    """Fail, unless ALLOW_NO_PRISM=1 (never in CI: a skipped test counts as missing)."""
    if os.environ.get("ALLOW_NO_PRISM") == "1" and not os.environ.get("CI"):
        pytest.skip(reason)
    pytest.fail(f"{reason}; set ALLOW_NO_PRISM=1 to skip")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ready(url: str) -> bool:
    """Whether Prism answers HTTP at all (any status: the spec decides which paths exist)."""
    try:
        with urllib.request.urlopen(url + "/", timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def running_prism(spec: Path, log: Path, *, own: bool = False) -> Iterator[str]:
    """Prism serving ``spec`` with request validation (``--errors``); yields its base URL once
    it answers and has logged that it listens (its startup log is then in ``log``). ``own``
    starts one even when ``PRISM_URL`` names a running Prism."""
    given = None if own else os.environ.get("PRISM_URL")
    if given:
        yield given.rstrip("/")
        return
    executable = prism_executable()
    if executable is None:
        missing_prism("Prism not found: set PRISM or PRISM_URL, or run tests/run.sh to install it")
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [executable, "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while LISTENING not in log.read_text(errors="replace") or not _ready(url):
                if proc.poll() is not None:
                    pytest.fail(f"Prism exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"Prism did not answer within {STARTUP_SECONDS:.0f}s:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.25)
            yield url
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
