"""Format rendered Python with black, in process (black's version is pinned exactly)."""

from __future__ import annotations

from dataclasses import replace

import black

from .diagnostics import Diagnostic, Level, SpecError
from .files import RenderedFile

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    """Format every Python file marked for formatting; a syntax error is a generator bug and
    is reported with the file and black's message."""
    out: list[RenderedFile] = []
    problems: list[Diagnostic] = []
    for f in files:
        if not f.format:
            out.append(f)
            continue
        try:
            text = black.format_str(f.text, mode=MODE)
        except black.InvalidInput as exc:
            problems.append(Diagnostic(Level.ERROR, "", f"rendered code does not parse: {exc}", str(f.path)))
            continue
        out.append(replace(f, text=text))
    if problems:
        raise SpecError(problems)
    return out
