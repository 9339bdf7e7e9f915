"""Build an importable package holding only the hand-written runtime (no spec involved).

Runtime and overlay tests import the runtime this way (one package, built once per session by
the ``rt`` fixture of tests/conftest.py), so they test templates/static/ directly, exactly as the
generator copies it (async sources plus their derived sync twins).
"""

from __future__ import annotations

import importlib
from pathlib import Path, PurePosixPath
from types import ModuleType

from generator.static import runtime_files
from tests.support.httplib import HTTP_LIBRARY
from tests.support.packages import import_fresh
from tests.support.paths import STATIC

#: The package name the runtime and overlay tests import the runtime under.
RUNTIME_PACKAGE = "akeneo_rt"
#: Its modules, all imported up front (an import error fails the fixture, not a random test).
MODULES = (
    "errors",
    "_httpx",
    "_config",
    "_encoding",
    "_search",
    "_retry",
    "_types",
    "_async._http",
    "_async._auth",
    "_async._pagination",
    "_sync._http",
    "_sync._auth",
    "_sync._pagination",
    "_overlays._results",
    "_overlays._async.ndjson",
    "_overlays._async.json_batch",
    "_overlays._async.multipart",
    "_overlays._async.download",
    "_overlays._sync.ndjson",
    "_overlays._sync.json_batch",
    "_overlays._sync.multipart",
    "_overlays._sync.download",
)


def build_runtime_package(dest: Path, name: str = "akeneo_rt") -> ModuleType:
    """Write the runtime into ``dest/name`` and import it (``dest`` goes on sys.path)."""
    for f in runtime_files(STATIC, PurePosixPath(name), http_library=HTTP_LIBRARY):
        target = dest / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f.text, encoding="utf-8")
    for sub in [dest / name, *(p for p in (dest / name).rglob("*") if p.is_dir())]:
        init = sub / "__init__.py"
        if not init.exists() and sub.name != "__pycache__":
            init.write_text("", encoding="utf-8")
    return import_fresh(dest, name)


def runtime_package(dest: Path) -> ModuleType:
    """The runtime built into ``dest`` as :data:`RUNTIME_PACKAGE`, with every module imported."""
    package = build_runtime_package(dest, RUNTIME_PACKAGE)
    for name in MODULES:
        importlib.import_module(f"{RUNTIME_PACKAGE}.{name}")
    return package
