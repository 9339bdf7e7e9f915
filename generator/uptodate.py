"""Regeneration with nothing changed, answered without loading the spec.

After a generation (or a ``check`` that found the output up to date), a *run record* is kept
in the user cache folder (``runs/`` in :func:`.format_cache.cache_root`, one file per output
folder): a digest of everything the output depends on (every spec file read, the naming file,
the templates, the generator's own sources, black's and Python's versions, the options) and a
digest of the output tree as written. When both still match, the output is what a generation
would write, byte for byte (generation is deterministic), so ``generate`` and ``check`` stop
there. Anything else (a spec edit, a changed template fork, a generated file touched, a new
generator, no record yet) runs the whole pipeline. ``--no-cache`` bypasses the record.

Only light modules are imported here: the answer costs milliseconds, not the imports of the
loader, the templates and the formatter.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .files import GENERATOR_DIR, TEMPLATES_DIR, tree_digest
from .format_cache import cache_root
from .write import MANIFEST

_VERSION = 1  #: of the record's layout


def generator_digest() -> str:
    """The digest of the generator's own sources (its templates left out)."""
    return tree_digest([GENERATOR_DIR], skip=frozenset({"_templates"}))


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class RunInputs:
    """What a generation depends on besides the spec files (which the loader finds)."""

    spec: Path
    out: Path
    package_name: str
    with_tests: bool
    templates: tuple[Path, ...]
    naming: Path | None  #: the user's naming file in force (the dialect's is the generator's)
    formatter: str = "black"
    edition: str | None = None
    with_pyproject: bool = True
    package_only: bool = False  #: ``out`` is the package folder, written alone
    http_library: str = "httpx2"
    allow_external_refs: bool = False

    def digest(self, sources: Sequence[str], source_digests: Sequence[str]) -> str:
        parts = {
            "record": _VERSION,
            "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
            "black": metadata.version("black"),
            "formatter": self.formatter if self.formatter == "black" else f"{self.formatter} {metadata.version(self.formatter)}",
            "generator": generator_digest(),
            "templates": tree_digest([TEMPLATES_DIR, *self.templates]),
            "spec": str(self.spec.resolve()),
            "package_name": self.package_name,
            "with_tests": self.with_tests,
            "edition": self.edition,
            "with_pyproject": self.with_pyproject,
            "package_only": self.package_only,
            "http_library": self.http_library,
            **({"allow_external_refs": True} if self.allow_external_refs else {}),
            "naming": file_digest(self.naming) if self.naming is not None else None,
            "sources": list(zip(sources, source_digests, strict=True)),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _record_path(out: Path) -> Path:
    key = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:32]
    return cache_root() / "runs" / f"{key}.json"


def _output_digest(out: Path) -> str | None:
    """The digest of the output tree, or None when it holds no manifest (never generated)."""
    if not (out / MANIFEST).is_file():
        return None
    return tree_digest([out])


@dataclass(frozen=True)
class Record:
    """What the last run wrote: its summary line's figures and its warnings, replayed."""

    operations: int
    models: int
    files: int
    warnings: tuple[str, ...]


def up_to_date(inputs: RunInputs) -> Record | None:
    """The last run's record when nothing it depends on changed and the output is as it left
    it; None otherwise (the pipeline must run)."""
    try:
        data = json.loads(_record_path(inputs.out).read_text(encoding="utf-8"))
        sources = [str(s) for s in data["sources"]]
        digests = [file_digest(Path(s)) for s in sources]
        if data["inputs"] != inputs.digest(sources, digests) or data["output"] != _output_digest(inputs.out):
            return None
        return Record(int(data["operations"]), int(data["models"]), int(data["files"]), tuple(str(w) for w in data["warnings"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(inputs: RunInputs, sources: Sequence[Path], record: Record) -> None:
    """Keep the record of a run that left ``inputs.out`` as generated (never fails the run)."""
    try:
        names = [str(p.resolve()) for p in sources]
        body = {
            "sources": names,
            "inputs": inputs.digest(names, [file_digest(Path(s)) for s in names]),
            "output": _output_digest(inputs.out),
            "operations": record.operations,
            "models": record.models,
            "files": record.files,
            "warnings": list(record.warnings),
        }
        path = _record_path(inputs.out)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle)
        os.replace(tmp, path)
    except OSError:
        return


def forget(out: Path) -> None:
    """Drop the record of ``out`` (its output changed in a way no record describes)."""
    try:
        _record_path(out).unlink(missing_ok=True)
    except OSError:
        return
