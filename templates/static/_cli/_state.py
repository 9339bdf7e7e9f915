"""The state of a resumable export: where the walk stands, written atomically after each page.

The file is JSON: what is exported (resource, parents and options: a re-run with other ones is
refused), the cursor of the next page (the last page's ``next`` link; None once complete), the
items written and, when the output is a file, its length after the last page. It is replaced as
a whole (a temporary file beside it, then ``os.replace``), after the page's items were flushed
to the output, so a process killed at any point leaves the previous state or the new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ExportState", "StateError", "load_state", "save_state"]

_VERSION = 1


class StateError(Exception):
    """The state file cannot be used (an input error of the command line)."""


@dataclass(frozen=True)
class ExportState:
    """Where an export stands.

    Attributes:
        job: what is exported (resource, parents, options), as the command line gave it.
        next_url: the cursor to resume from (None: nothing read yet, or ``done``).
        written: items written so far.
        offset: the output file's length after the last page written (None for stdout).
        output: the output file, absolute (None for stdout): a resume writes there only.
        done: the last page was written.
    """

    job: dict[str, Any]
    next_url: str | None = None
    written: int = 0
    offset: int | None = None
    output: str | None = None
    done: bool = False
    version: int = field(default=_VERSION)


def load_state(path: Path) -> ExportState | None:
    """The state ``path`` holds, or None when there is no such file.

    Raises:
        StateError: the file is not a state file of this program.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StateError(f"{path}: cannot read the state file: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise StateError(f"{path}: not a state file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != _VERSION or "job" not in data:
        raise StateError(f"{path}: not a state file of this program (version {_VERSION})")
    try:
        return ExportState(**data)
    except TypeError as exc:
        raise StateError(f"{path}: not a state file of this program: {exc}") from None


def save_state(path: Path, state: ExportState) -> None:
    """Write ``state`` to ``path`` atomically (temporary file, fsync, ``os.replace``)."""
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(state), handle, ensure_ascii=False, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
