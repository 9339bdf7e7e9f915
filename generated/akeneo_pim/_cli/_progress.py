"""Progress on stderr: a bar when it is a terminal and tqdm is installed (the ``cli`` extra),
plain lines otherwise (at most one a second, and one at the end)."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import Any, TextIO

__all__ = ["Progress"]


def _bar_library() -> Any:
    """tqdm's module, or None when it is not installed (it is an optional extra)."""
    try:
        return importlib.import_module("tqdm")
    except ImportError:
        return None


class Progress:
    """Counts what a command has done and shows it: items, rate and time elapsed.

    Args:
        label: what is counted, as the lines start (``export products``).
        stream: where progress goes (stderr).
        unit: the counted thing (``item``, ``line``, ``file``).
        interval: seconds between two plain lines.
        clock: a monotonic clock.
    """

    def __init__(
        self,
        label: str,
        stream: TextIO,
        *,
        unit: str = "item",
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.count = 0
        self._stream = stream
        self._unit = unit
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._shown = self._started
        self._bar: Any = None
        library = _bar_library() if _is_terminal(stream) else None
        if library is not None:
            self._bar = library.tqdm(desc=label, unit=unit, file=stream)

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more."""
        self.count += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = self._clock()
        if now - self._shown >= self._interval:
            self._shown = now
            self._line(now)

    def note(self, text: str) -> None:
        """A message of its own line, between progress lines (or above the bar)."""
        if self._bar is not None:
            self._bar.write(text, file=self._stream)
        else:
            print(text, file=self._stream, flush=True)

    def close(self, summary: str | None = None) -> None:
        """The last line: the totals (and ``summary`` when given)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._line(self._clock(), summary)

    def _line(self, now: float, summary: str | None = None) -> None:
        elapsed = max(now - self._started, 0.0)
        rate = self.count / elapsed if elapsed > 0 else 0.0
        text = (
            f"{self.label}: {self.count:,} {self._unit}(s), {rate:,.0f}/s, {elapsed:.1f}s elapsed"
        )
        if summary:
            text = f"{text}; {summary}"
        print(text, file=self._stream, flush=True)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
