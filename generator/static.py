"""The hand-written runtime and overlays (templates/static/), copied into the package.

Files under an ``_async`` folder are the single source of truth for both flavours: each is
copied as is and also turned into its synchronous twin under ``_sync`` (see
:mod:`generator.unasync`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .files import RenderedFile, tree_files
from .unasync import sync_path, unasync_source


def iter_static_files(static_root: Path) -> Iterable[tuple[PurePosixPath, str]]:
    """Yield (relative path, text) for every static file, sorted by path."""
    for path in tree_files(static_root):
        if path.suffix == ".pyc":
            continue
        rel = PurePosixPath(path.relative_to(static_root).as_posix())
        yield rel, path.read_text(encoding="utf-8")


def runtime_files(static_root: Path, package_dir: PurePosixPath) -> list[RenderedFile]:
    """The static files placed under ``package_dir``, with sync twins of the async sources."""
    out: list[RenderedFile] = []
    for rel, text in iter_static_files(static_root):
        out.append(RenderedFile(package_dir / rel, text))
        twin = sync_path(rel)
        if twin is not None and rel.suffix == ".py":
            # the derived twin is formatted (renaming shortens lines); the original stays verbatim
            out.append(RenderedFile(package_dir / twin, unasync_source(text), format=True))
    return sorted(out, key=lambda f: f.path.as_posix())
