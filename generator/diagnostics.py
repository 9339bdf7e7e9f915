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


def escape_token(part: str | int) -> str:
    """One JSON pointer reference token, ``~`` and ``/`` escaped (RFC 6901)."""
    return str(part).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """The key a JSON pointer reference token names (the inverse of :func:`escape_token`)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_join(pointer: str, *parts: str | int) -> str:
    """Append reference tokens to a JSON pointer, escaping ``~`` and ``/`` (RFC 6901)."""
    return "".join([pointer, *(f"/{escape_token(part)}" for part in parts)])
