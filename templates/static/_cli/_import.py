"""``import``: a file of JSON lines streamed through a batch upsert, with a report of failures."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, TextIO

from .._overlays._results import BatchError, UpsertLine
from ._progress import Progress
from ._table import Import

__all__ = ["Report", "Tally", "run_import"]


@dataclass
class Tally:
    """What an import did, line by line."""

    created: int = 0
    updated: int = 0
    failed: int = 0

    @property
    def lines(self) -> int:
        return self.created + self.updated + self.failed

    def summary(self) -> str:
        return f"{self.created:,} created, {self.updated:,} updated, {self.failed:,} failed"


class Report:
    """The failures, one per line: JSON objects to a ``--report`` file, text lines to stderr.

    Each JSON object has ``line`` (in the input file), ``key`` and ``value`` (what names the
    item: ``identifier``, ``uuid`` or ``code``; null for a line that is not an item), ``status``
    (the item's status code; null when it got none), ``message`` and ``errors`` (the per-field
    errors: ``property``, ``message``, and ``attribute``, ``locale``, ``scope`` for values).
    """

    def __init__(self, stream: TextIO, *, as_json: bool, progress: Progress) -> None:
        self._stream = stream
        self._json = as_json
        self._progress = progress

    def failure(
        self,
        line: int,
        *,
        key: str | None = None,
        value: str | None = None,
        status: int | None = None,
        message: str | None = None,
        errors: tuple[Any, ...] = (),
    ) -> None:
        if self._json:
            entry = {
                "line": line,
                "key": key,
                "value": value,
                "status": status,
                "message": message,
                "errors": [
                    {k: v for k, v in vars(e).items() if k != "raw" and v is not None}
                    for e in errors
                ],
            }
            self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._stream.flush()
            return
        parts = [f"line {line}:"]
        if value is not None:
            parts.append(f"{key} {value}:")
        if status is not None:
            parts.append(str(status))
        if message:
            parts.append(message)
        if errors:
            parts.append("[" + "; ".join(str(e) for e in errors) + "]")
        text = " ".join(parts)
        self._progress.note(text)


def _items(
    source: IO[bytes], sent: deque[int], report: Report, tally: Tally, progress: Progress
) -> Iterator[Any]:
    """The items of ``source``, one JSON object a line; each one's line number goes on ``sent``
    as it is handed out; other lines are reported and left out."""
    for number, raw in enumerate(source, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except ValueError as exc:
            tally.failed += 1
            report.failure(number, message=f"invalid JSON: {exc}")
            progress.advance(1)
            continue
        if not isinstance(item, dict):
            tally.failed += 1
            report.failure(number, message=f"not a JSON object but {type(item).__name__}")
            progress.advance(1)
            continue
        sent.append(number)
        yield item


def run_import(
    resource: Any,
    spec: Import,
    parents: list[str],
    source: IO[bytes],
    *,
    report: Report,
    progress: Progress,
    tally: Tally,
) -> int:
    """Upsert every item of ``source``, counting on ``tally``; report each failure. Returns the
    exit status: 0 when every line succeeded, 1 when some failed.

    Raises:
        BatchError: the batch could not go on (the connection lost after the retries); the
            lines it leaves without a result are reported first.
    """
    sent: deque[int] = deque()  # input line numbers of the items handed out, awaiting results
    upsert = getattr(resource, spec.method)
    done = 0  # results received (an item's result line is done + 1)

    def record(result: UpsertLine) -> None:
        nonlocal done
        number = sent[result.line - done - 1]
        if result.ok:
            if result.created:
                tally.created += 1
            else:
                tally.updated += 1
        else:
            tally.failed += 1
            report.failure(
                number,
                key=result.key,
                value=result.value,
                status=result.status_code,
                message=result.message,
                errors=result.errors,
            )
        progress.advance(1)

    try:
        for result in upsert(*parents, _items(source, sent, report, tally, progress)):
            record(result)
            sent.popleft()
            done += 1
    except BatchError as exc:
        for result in exc.results:
            record(result)
        answered = {r.line for r in exc.results}
        for line in exc.unprocessed:
            if line not in answered:
                tally.failed += 1
                report.failure(sent[line - done - 1], message=f"not processed: {exc.message}")
        raise
    return 1 if tally.failed else 0
