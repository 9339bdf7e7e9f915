"""Format rendered Python with black, in process (black's version is pinned exactly)."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib import metadata

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from .diagnostics import Diagnostic, Level, SpecError
from .files import RenderedFile

FORMATTER = f"black {metadata.version('black')}"
MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)


def rendered_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def format_files(files: list[RenderedFile], reuse: Mapping[str, tuple[str, str]] | None = None) -> list[RenderedFile]:
    """Format every Python file marked for formatting; a syntax error is a generator bug and
    is reported with the file and black's message.

    ``reuse`` maps a path to (digest of its rendered text, formatted text) from the previous
    run: a file whose rendered text did not change is not formatted again.
    """
    reuse = reuse or {}
    out: list[RenderedFile] = []
    todo: list[tuple[int, RenderedFile, str]] = []  #: (index in out, file, digest of its rendered text)
    for f in files:
        if not f.format:
            out.append(f)
            continue
        digest = rendered_digest(f.text)
        previous = reuse.get(f.path.as_posix())
        if previous is not None and previous[0] == digest:
            out.append(replace(f, text=previous[1], rendered_sha256=digest))
        else:
            todo.append((len(out), f, digest))
            out.append(f)
    results = _format_all([f.text for _, f, _ in todo])
    problems: list[Diagnostic] = []
    for (index, f, digest), (text, error) in zip(todo, results, strict=True):
        if error is not None:
            problems.append(Diagnostic(Level.ERROR, "", f"rendered code does not parse: {error}", str(f.path)))
        else:
            out[index] = replace(f, text=text, rendered_sha256=digest)
    if problems:
        raise SpecError(problems)
    return out


def _format_one(text: str) -> tuple[str, str | None]:
    try:
        return black.format_str(text, mode=MODE), None
    except InvalidInput as exc:
        return text, str(exc)


#: Below this much source, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 400_000


def _format_all(texts: list[str]) -> list[tuple[str, str | None]]:
    """Format in worker processes when there is enough work and more than one core."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or sum(len(t) for t in texts) < PARALLEL_THRESHOLD:
        return [_format_one(t) for t in texts]
    context = multiprocessing.get_context("spawn")  # no fork of a process that may run threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_format_one, texts, chunksize=max(1, len(texts) // (workers * 4))))
