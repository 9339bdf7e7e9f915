"""Problems found in a spec, collected rather than raised one at a time.

A diagnostic says *what* is wrong and *where*: the file, the line when the loader knows it, and
the JSON pointer of the offending node. The CLI prints them one per line and exits 2 on errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    level: Level
    pointer: str
    message: str
    file: str | None = None
    line: int | None = None

    def render(self) -> str:
        """``file:line: error: message (at /json/pointer)``."""
        where = self.file or "<spec>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        pointer = self.pointer or "/"
        return f"{where}: {self.level.value}: {self.message} (at {pointer})"


class SpecError(Exception):
    """Raised by the loader when a spec has errors; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.render() for d in diagnostics))


def pointer_join(pointer: str, *parts: str | int) -> str:
    """Append reference tokens to a JSON pointer, escaping ``~`` and ``/`` (RFC 6901)."""
    out = pointer
    for part in parts:
        token = str(part).replace("~", "~0").replace("/", "~1")
        out = f"{out}/{token}"
    return out
