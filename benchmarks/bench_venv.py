"""The virtualenv of the peer generator and the chart, kept apart from ours.

openapi-python-client and matplotlib are not our dependencies: they live in
``${XDG_CACHE_HOME:-~/.cache}/akeneo-codegen/bench-venv``, created on the first run (from PyPI,
with pip) and reused afterwards while it holds exactly :data:`REQUIREMENTS`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REQUIREMENTS = ("openapi-python-client==0.29.1", "matplotlib")
_STAMP = "bench-requirements.txt"  #: written last, once every requirement is installed


@dataclass(frozen=True)
class BenchVenv:
    root: Path

    @property
    def bin(self) -> Path:
        return self.root / ("Scripts" if sys.platform == "win32" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if sys.platform == "win32" else "python")

    @property
    def opc(self) -> Path:
        return self.bin / "openapi-python-client"

    def env(self) -> dict[str, str]:
        """The environment the peer runs in: this venv first on PATH, so its post-hooks find
        the ruff installed beside it."""
        return {**os.environ, "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}"}

    def opc_version(self) -> str:
        """``openapi-python-client X.Y.Z``, as the installed command reports it."""
        done = subprocess.run(
            [str(self.opc), "--version"], capture_output=True, text=True, check=True
        )
        return f"openapi-python-client {done.stdout.split()[-1]}"


def default_root() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "akeneo-codegen" / "bench-venv"


def ensure(root: Path | None = None) -> BenchVenv:
    """The bench virtualenv, created and filled first when it is missing or out of date."""
    venv = BenchVenv(root or default_root())
    stamp = venv.root / _STAMP
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted and venv.opc.is_file():
        return venv
    print(f"creating {venv.root} ({', '.join(REQUIREMENTS)})", file=sys.stderr, flush=True)
    shutil.rmtree(venv.root, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv.root)], check=True)
    subprocess.run(
        [str(venv.python), "-m", "pip", "install", "--quiet", *REQUIREMENTS],
        check=True,
        stdout=sys.stderr,
    )
    stamp.write_text(wanted, encoding="utf-8")
    return venv
