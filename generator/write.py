"""Write the output tree atomically, or compare it without writing (``check``).

The new tree is built in a temporary folder beside the target, unchanged files keep their
bytes and mtime (they are hard-linked or copied with their metadata), stale files disappear,
and the folder is swapped in with two renames. If anything fails, the target is untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .diagnostics import Diagnostic, Level, SpecError
from .files import RenderedFile, tree_files

MANIFEST = "_generation.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def _existing(out_dir: Path) -> dict[str, Path]:
    if not out_dir.is_dir():
        return {}
    return {p.relative_to(out_dir).as_posix(): p for p in tree_files(out_dir)}


def manifest_file(files: list[RenderedFile], info: dict[str, str]) -> RenderedFile:
    """``_generation.json``: spec hash, generator version, template hash, and file hashes."""
    digests = {f.path.as_posix(): hashlib.sha256(f.text.encode("utf-8")).hexdigest() for f in files}
    rendered = {f.path.as_posix(): f.rendered_sha256 for f in files if f.rendered_sha256}
    body = {**info, "files": dict(sorted(digests.items())), "rendered": dict(sorted(rendered.items()))}
    return RenderedFile(PurePosixPath(MANIFEST), json.dumps(body, indent=2, sort_keys=True) + "\n")


def compare_tree(files: list[RenderedFile], out_dir: Path) -> WriteReport:
    existing = _existing(out_dir)
    report = WriteReport()
    wanted = {f.path.as_posix(): f for f in files}
    for rel, f in sorted(wanted.items()):
        path = existing.get(rel)
        if path is not None and path.read_bytes() == f.text.encode("utf-8"):
            report.unchanged.append(rel)
        else:
            report.written.append(rel)
    report.removed = sorted(set(existing) - set(wanted))
    return report


def write_tree(files: list[RenderedFile], out_dir: Path) -> WriteReport:
    """Replace ``out_dir``'s content by ``files`` atomically (see module docstring).

    A folder that exists, is not empty and holds no ``_generation.json`` was not written by
    the generator (``--out .`` by mistake, say): it is refused rather than replaced.
    """
    out_dir = out_dir.resolve()
    if out_dir.is_dir() and not (out_dir / MANIFEST).is_file() and any(out_dir.iterdir()):
        raise SpecError(
            [
                Diagnostic(
                    Level.ERROR,
                    "",
                    f"output folder {out_dir} is not empty and was not generated (no {MANIFEST}); "
                    "empty it or choose another --out",
                    str(out_dir),
                )
            ]
        )
    report = compare_tree(files, out_dir)
    if not report.changed and out_dir.is_dir():
        return report
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        unchanged = set(report.unchanged)
        for f in files:
            rel = f.path.as_posix()
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if rel in unchanged:
                shutil.copy2(out_dir / rel, target)
            else:
                with open(target, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(f.text)
        # files the generator did not write are not carried over: the output folder is its own
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.rmdir(old)
            os.replace(out_dir, old)
            try:
                os.replace(staging, out_dir)
            except BaseException:
                os.replace(old, out_dir)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


def previous_formatting(out_dir: Path, formatter: str) -> dict[str, tuple[str, str]]:
    """From the last run's manifest: path -> (rendered digest, current text), for the files
    that are still exactly as generated (a hand-edited file is formatted again, and so shows
    up in ``check``)."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = manifest.get("files") if isinstance(manifest, dict) else None
    rendered = manifest.get("rendered") if isinstance(manifest, dict) else None
    if not isinstance(files, dict) or not isinstance(rendered, dict) or manifest.get("formatter") != formatter:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel, digest in rendered.items():
        try:
            data = (out_dir / rel).read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == files.get(rel):
            out[rel] = (str(digest), data.decode("utf-8"))
    return out
