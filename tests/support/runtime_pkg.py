"""Build an importable package holding only the hand-written runtime (no spec involved).

Runtime and overlay tests import the runtime this way, so they test templates/static/ directly,
exactly as the generator copies it (async sources plus their derived sync twins).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from types import ModuleType

from generator.static import runtime_files
from tests.support.packages import import_fresh
from tests.support.paths import STATIC


def build_runtime_package(dest: Path, name: str = "akeneo_rt") -> ModuleType:
    """Write the runtime into ``dest/name`` and import it (``dest`` goes on sys.path)."""
    for f in runtime_files(STATIC, PurePosixPath(name)):
        target = dest / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f.text, encoding="utf-8")
    for sub in [dest / name, *(p for p in (dest / name).rglob("*") if p.is_dir())]:
        init = sub / "__init__.py"
        if not init.exists() and sub.name != "__pycache__":
            init.write_text("", encoding="utf-8")
    return import_fresh(dest, name)
