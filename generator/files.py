"""The unit every stage after rendering passes along (a file path and its text), and where the
generator's own files are."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

#: the generator package's folder
GENERATOR_DIR = Path(__file__).resolve().parent
#: the built-in templates: templates/ beside the package in a checkout, inside it once installed
TEMPLATES_DIR = GENERATOR_DIR.parent / "templates"
if not TEMPLATES_DIR.is_dir():
    TEMPLATES_DIR = GENERATOR_DIR / "_templates"

#: folders Python and the tools run on sources write beside them: never part of a template or
#: output tree (``check`` does not report them, and regeneration keeps them)
CACHE_DIRS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"})


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


def tree_digest(dirs: Iterable[Path], *, skip: frozenset[str] = frozenset()) -> str:
    """One digest of the relative paths and bytes of every file under ``dirs`` (cache folders,
    and the top-level entries named in ``skip``, left out)."""
    digest = hashlib.sha256()
    for root in dirs:
        for path in tree_files(root):
            rel = path.relative_to(root)
            if rel.parts[0] in skip:
                continue
            digest.update(rel.as_posix().encode())
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
