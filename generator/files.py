"""The unit every stage after rendering passes along: a file path and its text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

#: folders Python and pytest write beside sources: never part of a template or output tree
CACHE_DIRS = frozenset({"__pycache__", ".pytest_cache"})


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One output file: ``path`` is relative to the output folder, ``text`` its full content."""

    path: PurePosixPath
    text: str
    #: Python source that black should format (rendered templates); static files are left as is.
    format: bool = False
    #: digest of the text before formatting (recorded so an unchanged file is not formatted again)
    rendered_sha256: str | None = None
    #: the template that produced the file (named in diagnostics about it), when known
    template: str | None = None


def tree_files(root: Path) -> list[Path]:
    """The files under ``root``, sorted by path, none inside a cache folder (:data:`CACHE_DIRS`)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and CACHE_DIRS.isdisjoint(p.relative_to(root).parts))
