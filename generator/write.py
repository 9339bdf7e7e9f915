"""Write the output tree atomically, or compare it without writing (``check``).

The new tree is built in a temporary folder beside the target, unchanged files keep their
bytes and mtime (they are copied with their metadata), stale files disappear, the folders
tools keep beside sources (:data:`.files.CACHE_DIRS`) are carried over, the folder keeps its
mode, and it is swapped in with two renames. If anything fails, the target is untouched.

The manifest (``_generation.json``) records what the files were generated from. It counts as
changed only when the files it lists do: a spec edit that changes no generated code (a
comment, the order of keys), a new generator or new templates that write the same code,
leave the output as it is, and ``check`` passing.
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
from .files import CACHE_DIRS, RenderedFile, tree_files

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
    """``_generation.json``: what the output was generated from (``info``: the model's digest,
    the generator's version, the templates' digest...) and the digest of every file."""
    digests = {f.path.as_posix(): hashlib.sha256(f.text.encode("utf-8")).hexdigest() for f in files}
    rendered = {f.path.as_posix(): f.rendered_sha256 for f in files if f.rendered_sha256}
    body = {**info, "files": dict(sorted(digests.items())), "rendered": dict(sorted(rendered.items()))}
    return RenderedFile(PurePosixPath(MANIFEST), json.dumps(body, indent=2, sort_keys=True) + "\n")


def read_manifest(out_dir: Path) -> dict[str, object]:
    """The manifest of ``out_dir`` ({} when there is none, or it is not a JSON object)."""
    try:
        return read_manifest_text((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return {}


def compare_tree(files: list[RenderedFile], out_dir: Path) -> WriteReport:
    existing = _existing(out_dir)
    report = WriteReport()
    wanted = {f.path.as_posix(): f for f in files}
    for rel, f in sorted(wanted.items()):
        path = existing.get(rel)
        if path is None:
            report.written.append(rel)
            continue
        data = path.read_bytes()
        same = data == f.text.encode("utf-8")
        if not same and rel == MANIFEST:  # the same files, generated from other inputs
            listed = read_manifest_text(f.text).get("files")
            same = listed is not None and read_manifest_text(data.decode("utf-8", "replace")).get("files") == listed
        (report.unchanged if same else report.written).append(rel)
    report.removed = sorted(set(existing) - set(wanted))
    return report


def write_tree(files: list[RenderedFile], out_dir: Path) -> WriteReport:
    """Replace ``out_dir``'s content by ``files`` atomically (see module docstring).

    A folder that exists, is not empty and holds no ``_generation.json`` was not written by
    the generator (``--out .`` by mistake, say): it is refused rather than replaced.
    """
    out_dir = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise SpecError([Diagnostic(Level.ERROR, "", f"{out_dir} is a file, not a folder the generator wrote", str(out_dir))])
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
    staging.chmod(_folder_mode(out_dir))  # (mkdtemp makes it 0700)
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
        # files the generator did not write are not carried over (the output folder is its own),
        # except the caches tools keep beside the sources
        if out_dir.is_dir():
            _carry_caches(out_dir, staging)
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


#: manifest field -> what changed when it differs (see :func:`stale_reasons`)
_INPUTS = {
    "spec": "another spec",
    "model_sha256": "the spec changed",
    "dialect": "the spec's dialect changed",
    "edition": "another edition",
    "naming_sha256": "the naming changed",
    "templates_sha256": "the templates changed",
    "generator": "the generator was upgraded",
    "generator_sha256": "the generator changed",
    "formatter": "the formatter changed",
    "http_library": "the HTTP library changed",
}


def stale_reasons(out_dir: Path, files: list[RenderedFile]) -> list[str]:
    """Why ``out_dir`` differs from ``files`` (what a generation writes now), from its
    manifest: the inputs that changed since it was written (``the templates changed``, ``the
    formatter changed (black 26.1.0 -> black 26.10.1)``), and the files edited since."""
    old = read_manifest(out_dir)
    if not old:
        return [f"no {MANIFEST}: not generated there, or the manifest was removed"]
    new = next((read_manifest_text(f.text) for f in files if f.path.as_posix() == MANIFEST), {})
    reasons = []
    for key, reason in _INPUTS.items():
        known = key == "edition" or (key in old and key in new)  # (no edition recorded: all of them)
        if known and old.get(key, "all") != new.get(key, "all"):
            shown = f" ({old.get(key, 'all')} -> {new.get(key, 'all')})" if key in ("spec", "generator", "formatter", "dialect", "edition", "http_library") else ""
            reasons.append(reason + shown)
    listed = old.get("files")
    if isinstance(listed, dict):
        edited = []
        for rel, digest in sorted(listed.items()):
            path = out_dir / rel
            if not path.is_file():
                edited.append(f"{rel} (deleted)")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                edited.append(rel)
        if edited:
            shown = ", ".join(edited[:3]) + (f" and {len(edited) - 3} more" if len(edited) > 3 else "")
            reasons.append(f"{len(edited)} file(s) changed since generated: {shown}")
    return reasons or ["no recorded input changed (files were added to the output?)"]


def read_manifest_text(text: str) -> dict[str, object]:
    try:
        manifest = json.loads(text)
    except ValueError:
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _folder_mode(out_dir: Path) -> int:
    """The output folder's mode: its own when it exists, else what the umask gives."""
    try:
        return out_dir.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o777 & ~umask


def _carry_caches(out_dir: Path, staging: Path) -> None:
    """Move the cache folders of the old tree (``.mypy_cache``, ``__pycache__``...) into the new
    one, where their parent folder still exists."""
    for root, dirs, _ in os.walk(out_dir):
        for name in [d for d in dirs if d in CACHE_DIRS]:
            dirs.remove(name)  # (not walked into)
            rel = Path(root, name).relative_to(out_dir)
            if (staging / rel).parent.is_dir() and not (staging / rel).exists():
                os.replace(out_dir / rel, staging / rel)


def previous_formatting(out_dir: Path, formatter: str) -> dict[str, tuple[str, str]]:
    """From the last run's manifest: path -> (rendered digest, current text), for the files
    that are still exactly as generated (a hand-edited file is formatted again, and so shows
    up in ``check``)."""
    manifest = read_manifest(out_dir)
    files, rendered = manifest.get("files"), manifest.get("rendered")
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
