"""Pure helpers of the batch upserts: encoding items, cutting chunks, mapping results back.

No I/O here: the request loop lives in ``_async/_batch.py`` (and its sync twin).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic_core import from_json

from .._encoding import compact_json, prepare_json
from ..errors import FieldError
from ._results import UpsertLine, reply_line

__all__ = [
    "DEFAULT_MAX_REQUEST_BYTES",
    "MAX_BATCH_SIZE",
    "Chunk",
    "Chunker",
    "Entry",
    "ResultMatcher",
    "check_batch_options",
    "encode_item",
    "make_entry",
]

#: Akeneo refuses more items than this in one batch request.
MAX_BATCH_SIZE = 100
#: Default ceiling of one request body (a chunk is cut before it would grow past this).
DEFAULT_MAX_REQUEST_BYTES = 8 * 1024 * 1024
#: ``status_code`` of the result given to an item refused on this side (never sent).
LOCAL_TOO_LARGE = 413

_KEYS = frozenset({"identifier", "uuid", "code"})


def check_batch_options(
    *, key: str, batch_size: int, max_item_bytes: int, max_request_bytes: int, concurrency: int
) -> None:
    """Raise ValueError for options no batch can work with."""
    if key not in _KEYS:
        raise ValueError(f"key must be one of {sorted(_KEYS)}, not {key!r}")
    if isinstance(batch_size, bool) or not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH_SIZE}, not {batch_size!r}")
    if max_item_bytes < 1 or max_request_bytes < 1:
        raise ValueError("size limits must be positive")
    if isinstance(concurrency, bool) or concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency!r}")


def to_document(item: object) -> dict[str, Any]:
    """The JSON object to send for one item: models dumped by alias with only the fields that
    were set, mappings copied; the ``_links`` read from the API are dropped."""
    if type(item) is not dict and not isinstance(item, BaseModel | Mapping):
        raise TypeError(f"expected a mapping or a pydantic model, got {type(item).__name__}")
    document: dict[str, Any] = prepare_json(item)
    return document


def encode_item(item: object) -> tuple[bytes, dict[str, Any]]:
    """Compact UTF-8 JSON of one item (one line of an NDJSON body: JSON escapes line breaks),
    and the object sent."""
    data = item if type(item) is dict and "_links" not in item else to_document(item)
    return compact_json(data, allow_nan=False).encode("utf-8"), data


@dataclass
class Entry:
    """One input item on its way: its position, encoded line, and identifying value."""

    index: int
    body: bytes
    value: str | None
    result: UpsertLine | None = None

    @property
    def line(self) -> int:
        """1-based position in the caller's input."""
        return self.index + 1


def make_entry(index: int, item: object, *, key: str, max_item_bytes: int) -> Entry:
    """Encode one item; an item too large to ever be accepted gets its error result here."""
    try:
        body, data = encode_item(item)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"input line {index + 1}: {exc}") from exc
    raw_value = data.get(key)
    value = raw_value if raw_value is None or type(raw_value) is str else str(raw_value)
    entry = Entry(index, body, value)
    if len(body) > max_item_bytes:
        entry.body = b""
        entry.result = UpsertLine(
            line=index + 1,
            key=key,
            value=value,
            status_code=LOCAL_TOO_LARGE,
            message=(
                f"Item too large: {len(body)} bytes encoded, the limit is {max_item_bytes};"
                " it was not sent."
            ),
            local=True,
        )
    return entry


@dataclass
class Chunk:
    """Consecutive input items that travel together (items with a local result included)."""

    entries: list[Entry] = field(default_factory=list)
    size: int = 0  # bytes of the request body for the entries to send

    @property
    def to_send(self) -> list[Entry]:
        """The entries without a local result."""
        return [e for e in self.entries if e.result is None]


class Chunker:
    """Cuts a stream of entries into chunks of at most ``batch_size`` items whose request body
    stays within ``max_request_bytes`` (a lone item over the budget still gets a chunk)."""

    def __init__(self, *, batch_size: int, max_request_bytes: int, overhead: int = 2) -> None:
        self.batch_size = batch_size
        self.max_request_bytes = max_request_bytes
        self.overhead = overhead
        self._chunk = Chunk()

    def add(self, entry: Entry) -> Chunk | None:
        """Add ``entry``; return the previous chunk if ``entry`` did not fit in it."""
        cost = len(entry.body) + 1 if entry.result is None else 0
        full: Chunk | None = None
        current = self._chunk
        if current.entries and (
            len(current.entries) >= self.batch_size
            or (cost and current.size + cost + self.overhead > self.max_request_bytes)
        ):
            full, self._chunk = current, Chunk()
        self._chunk.entries.append(entry)
        self._chunk.size += cost
        if len(self._chunk.entries) >= self.batch_size and full is None:
            full, self._chunk = self._chunk, Chunk()
        return full

    def flush(self) -> Chunk | None:
        """The last, partly filled chunk (None when empty)."""
        chunk, self._chunk = self._chunk, Chunk()
        return chunk if chunk.entries else None


def _same(a: str, b: str) -> bool:
    return a == b or a.casefold() == b.casefold()


class ResultMatcher:
    """Maps the result objects of one request back to the entries that were sent.

    A result names its entry by ``line`` (1-based within the request, NDJSON) or by its
    position in the reply (JSON arrays); the identifying value is cross-checked, and used on its
    own when the position is missing, out of range or already answered. Results that match
    nothing (or answer an entry twice) are ignored: the entry then counts as missing.
    """

    def __init__(self, part: list[Entry], key: str) -> None:
        self.part = part
        self.key = key
        self._index: dict[str, list[Entry]] | None = None  # built when first needed

    def _by_key(self, value: str | None) -> Entry | None:
        if value is None:
            return None
        index = self._index
        if index is None:
            index = self._index = {}
            for entry in self.part:
                if entry.value is not None:
                    index.setdefault(entry.value, []).append(entry)
        free = [e for e in index.get(value, []) if e.result is None]
        return free[0] if len(free) == 1 else None

    def accept(self, record: object, position: int | None) -> Entry | None:
        """Attach ``record`` to its entry as a result; return that entry (None if ignored)."""
        if type(record) is not dict and not isinstance(record, Mapping):
            return None
        status = record.get("status_code")
        if type(status) is not int and (isinstance(status, bool) or not isinstance(status, int)):
            return None
        raw_value = record.get(self.key)
        value = raw_value if raw_value is None or type(raw_value) is str else str(raw_value)
        if position is None:
            line = record.get("line")
            if isinstance(line, int) and not isinstance(line, bool):
                position = line - 1
        candidate: Entry | None = None
        if position is not None and 0 <= position < len(self.part):
            candidate = self.part[position]
            if candidate.result is not None:
                candidate = None
            elif (
                value is not None
                and candidate.value is not None
                and value != candidate.value
                and not _same(value, candidate.value)
            ):
                candidate = self._by_key(value) or candidate
        if candidate is None:
            candidate = self._by_key(value)
        if candidate is None:
            return None
        message = record.get("message")
        errors = record.get("errors")
        candidate.result = reply_line(
            candidate.index + 1,
            self.key,
            value if value is not None else candidate.value,
            status,
            message if message is None or type(message) is str else str(message),
            () if errors is None else tuple(FieldError.list_from(errors)),
            record if type(record) is dict else dict(record),
        )
        return candidate


def refused_result(entry: Entry, key: str, status_code: int, message: str) -> UpsertLine:
    """The result of an item the server refused on its own (413 on a one-item request)."""
    return UpsertLine(
        line=entry.line, key=key, value=entry.value, status_code=status_code, message=message
    )


def ndjson_body(part: list[Entry]) -> bytes:
    """The NDJSON request body: one line per entry."""
    return b"\n".join(e.body for e in part)


def array_body(part: list[Entry]) -> bytes:
    """The JSON-array request body."""
    return b"[" + b",".join(e.body for e in part) + b"]"


def parse_line(data: bytes) -> object | None:
    """One NDJSON reply line decoded (None for blank or unparsable text)."""
    data = data.strip()
    if not data:
        return None
    try:
        decoded: object = from_json(data)
    except ValueError:
        try:  # what pydantic's parser refuses but ``json`` reads (UTF-16 text, lone surrogates)
            decoded = json.loads(data)
        except ValueError:
            return None
    return decoded


def parse_array_prefix(text: str) -> list[object]:
    """The elements of a JSON array, as many as can be decoded (a truncated reply gives the
    complete elements before the cut)."""
    decoder = json.JSONDecoder()
    out: list[object] = []
    i = _skip_ws(text, 0)
    if i >= len(text) or text[i] != "[":
        return out
    i = _skip_ws(text, i + 1)
    if i < len(text) and text[i] == "]":
        return out
    while i < len(text):
        try:
            value, i = decoder.raw_decode(text, i)
        except ValueError:
            return out
        out.append(value)
        i = _skip_ws(text, i)
        if i >= len(text) or text[i] != ",":
            return out
        i = _skip_ws(text, i + 1)
    return out


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i
