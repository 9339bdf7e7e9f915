"""Format rendered Python with black, in process (black's version is pinned exactly)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
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
    out: list[RenderedFile] = []
    problems: list[Diagnostic] = []
    for f in files:
        if not f.format:
            out.append(f)
            continue
        previous = (reuse or {}).get(f.path.as_posix())
        if previous is not None and previous[0] == rendered_digest(f.text):
            out.append(replace(f, text=previous[1], rendered_sha256=previous[0]))
            continue
        try:
            text = black.format_str(f.text, mode=MODE)
        except InvalidInput as exc:
            problems.append(Diagnostic(Level.ERROR, "", f"rendered code does not parse: {exc}", str(f.path)))
            continue
        out.append(replace(f, text=text, rendered_sha256=rendered_digest(f.text)))
    if problems:
        raise SpecError(problems)
    return out
