"""The unit every stage after rendering passes along: a file path and its text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One output file: ``path`` is relative to the output folder, ``text`` its full content."""

    path: PurePosixPath
    text: str
    #: Python source that black should format (rendered templates); static files are left as is.
    format: bool = False
    #: digest of the text before formatting (recorded so an unchanged file is not formatted again)
    rendered_sha256: str | None = None
