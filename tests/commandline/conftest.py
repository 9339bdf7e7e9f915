"""Fixtures of the command line tests: the loopback catalog, and the generated package's
command line run in a process of its own (``python -m akeneo_pim``)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.commandline.catalog import Catalog, start_catalog
from tests.support.paths import GENERATED

#: the interpreter the command line runs on (run.sh runs these tests again with the package's
#: minimum Python, 3.10)
PYTHON = str(Path(os.environ["CLI_TEST_PYTHON"]).absolute()) if os.environ.get("CLI_TEST_PYTHON") else sys.executable
#: the credentials the runs use; none of them may ever be printed
SECRET = "cli-s3cr3t-value"
PASSWORD = "cli-pa55w0rd-value"


@dataclass
class Cli:
    """Runs ``python -m akeneo_pim`` against the catalog, in ``cwd``."""

    catalog: Catalog
    cwd: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AKENEO_")}
        env.update(
            PYTHONPATH=str(GENERATED),
            AKENEO_BASE_URL=self.catalog.server.url,
            AKENEO_CLIENT_ID="cli-client",
            AKENEO_SECRET=SECRET,
            AKENEO_USERNAME="cli-user",
            AKENEO_PASSWORD=PASSWORD,
            XDG_CONFIG_HOME=str(self.cwd / "config"),
        )
        env.update(extra)
        return env

    def command(self, args: Sequence[str]) -> list[str]:
        return [PYTHON, "-m", "akeneo_pim", *args]

    def run(self, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
        proc = subprocess.run(self.command(args), cwd=self.cwd, env=env or self.env(), input=stdin, capture_output=True, timeout=120, check=False)
        for stream in (proc.stdout, proc.stderr):
            assert SECRET.encode() not in stream and PASSWORD.encode() not in stream
        assert b"Traceback" not in proc.stderr, proc.stderr.decode()[-3000:]
        return proc

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.command(args), cwd=self.cwd, env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture
def catalog() -> Iterator[Catalog]:
    catalog = start_catalog()
    try:
        yield catalog
    finally:
        catalog.release.set()
        catalog.server.stop()


@pytest.fixture
def cli(catalog: Catalog, tmp_path: Path) -> Cli:
    return Cli(catalog, tmp_path)
