"""Importing packages the tests write (generated clients, the runtime) from temporary folders.

Each such package is imported fresh: an earlier import of the same name is forgotten first, so
a test never sees a package another test generated under that name.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.pipeline import Options, generate


def forget(package: str) -> None:
    """Drop ``package`` and its submodules from ``sys.modules``."""
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


def import_fresh(folder: Path, package: str) -> ModuleType:
    """Import ``package`` from ``folder`` (put first on ``sys.path``, and left there)."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    forget(package)
    return importlib.import_module(package)


def generate_package(spec: Path, out: Path, package: str, **options: Any) -> ModuleType:
    """Generate ``spec`` into ``out`` as ``package`` (further ``Options`` as keywords), import it."""
    generate(Options(spec=spec, out=out, package_name=package, **options))
    return import_fresh(out, package)


@contextmanager
def on_sys_path(folder: Path, *packages: str) -> Iterator[None]:
    """``folder`` on ``sys.path`` for the block; afterwards, ``packages`` are forgotten too."""
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))
        for package in packages:
            forget(package)
