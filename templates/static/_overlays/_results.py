"""Results of batch upserts, uploads and downloads, and the errors that go with them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from ..errors import AkeneoError, APIError, FieldError, TransportError

__all__ = [
    "BatchError",
    "DownloadResult",
    "DownloadTarget",
    "FileInput",
    "IncompleteDownload",
    "ProgressCallback",
    "UploadError",
    "UploadResult",
    "UpsertLine",
]

#: What an upload accepts: a path, a binary file object (sent from its start) or bytes.
FileInput: TypeAlias = str | os.PathLike[str] | BinaryIO | bytes
#: Where a download goes: a file path, an existing folder, or a writable binary file object.
DownloadTarget: TypeAlias = str | os.PathLike[str] | BinaryIO
#: Called after each chunk of a batch with (items done, items in total or None if unknown).
ProgressCallback: TypeAlias = Callable[[int, int | None], None]

#: Status codes that mean an item was written.
_SUCCESS = frozenset({200, 201, 204})


@dataclass(frozen=True)
class UpsertLine:
    """The outcome of one item of a batch upsert.

    Attributes:
        line: the item's 1-based position in the caller's input (not in the request).
        key: the field naming the item in results: ``"identifier"``, ``"uuid"`` or ``"code"``.
        value: that field's value, as the PIM echoed it (or as sent, when it did not say).
        status_code: 201 created, 204 updated, 4xx refused (per item: the HTTP reply was 200).
        message: the PIM's explanation, if any.
        errors: per-field validation errors (422).
        local: True when the item was refused on this side and never sent (too large).
        raw: the result object as received.
    """

    line: int
    key: str
    value: str | None
    status_code: int
    message: str | None = None
    errors: tuple[FieldError, ...] = ()
    local: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def index(self) -> int:
        """The item's 0-based position in the caller's input."""
        return self.line - 1

    @property
    def ok(self) -> bool:
        """True when the item was written (201 or 204)."""
        return self.status_code in _SUCCESS

    @property
    def created(self) -> bool:
        """True when the item did not exist before (201)."""
        return self.status_code == 201

    @property
    def updated(self) -> bool:
        """True when an existing item was updated (204)."""
        return self.status_code == 204

    @property
    def identifier(self) -> str | None:
        """:attr:`value` when :attr:`key` is ``"identifier"``."""
        return self.value if self.key == "identifier" else None

    @property
    def uuid(self) -> str | None:
        """:attr:`value` when :attr:`key` is ``"uuid"``."""
        return self.value if self.key == "uuid" else None

    @property
    def code(self) -> str | None:
        """:attr:`value` when :attr:`key` is ``"code"``."""
        return self.value if self.key == "code" else None


def reply_line(
    line: int,
    key: str,
    value: str | None,
    status_code: int,
    message: str | None,
    errors: tuple[FieldError, ...],
    raw: Mapping[str, Any],
) -> UpsertLine:
    """The :class:`UpsertLine` of one result the PIM sent, as ``UpsertLine(...)`` builds it but
    in one step (a batch builds one per item): its fields are set at once, not one by one."""
    result = object.__new__(UpsertLine)
    object.__setattr__(
        result,
        "__dict__",
        {
            "line": line,
            "key": key,
            "value": value,
            "status_code": status_code,
            "message": message,
            "errors": errors,
            "local": False,
            "raw": raw,
        },
    )
    return result


def _ranges(lines: Sequence[int], limit: int = 8) -> str:
    """``[1, 2, 3, 7]`` -> ``"1-3, 7"`` (at most ``limit`` ranges, then ``...``)."""
    spans: list[str] = []
    start = prev = None
    for n in sorted(lines):
        if start is None:
            start = prev = n
        elif prev is not None and n == prev + 1:
            prev = n
        else:
            spans.append(f"{start}-{prev}" if start != prev else f"{start}")
            start = prev = n
    if start is not None:
        spans.append(f"{start}-{prev}" if start != prev else f"{start}")
    if len(spans) > limit:
        return ", ".join(spans[:limit]) + ", ..."
    return ", ".join(spans)


class BatchError(AkeneoError):
    """A batch upsert stopped: some items got no result.

    Results yielded before this error was raised are final. Attributes:

    - ``unprocessed``: 1-based input lines that were read but have no result; the PIM may or may
      not have applied them (upserts are idempotent, so sending them again is safe);
    - ``results``: results produced for the requests in flight but not yielded yet;
    - ``consumed``: how many input items were read; items after that line were not read at all;
    - ``cause``: the error that stopped the batch (also chained as ``__cause__``).
    """

    def __init__(
        self,
        message: str,
        *,
        unprocessed: Iterable[int] = (),
        results: Iterable[UpsertLine] = (),
        consumed: int = 0,
        cause: BaseException | None = None,
    ) -> None:
        self.message = message
        self.unprocessed: tuple[int, ...] = tuple(sorted(unprocessed))
        self.results: tuple[UpsertLine, ...] = tuple(sorted(results, key=lambda r: r.line))
        self.consumed = consumed
        self.cause = cause
        text = message
        if self.unprocessed:
            text = f"{text}; {len(self.unprocessed)} item(s) not processed (lines {_ranges(self.unprocessed)})"
        if cause is not None:
            text = f"{text}: {cause}"
        super().__init__(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_batch_error, (self.message, self.unprocessed, self.results, self.consumed))


def _rebuild_batch_error(
    message: str, unprocessed: tuple[int, ...], results: tuple[UpsertLine, ...], consumed: int
) -> BatchError:
    return BatchError(message, unprocessed=unprocessed, results=results, consumed=consumed)


@dataclass(frozen=True)
class UploadResult:
    """What an upload answered.

    Attributes:
        code: the new file's code, from the ``Location`` header (everything after the collection
            path, decoded; it may contain ``/``) or from a code header such as
            ``Asset-media-file-code``; None when the reply names none (PAM file uploads).
        location: the ``Location`` header, if any.
        status_code: the HTTP status (201).
        headers: the reply's headers, names in lower case.
    """

    code: str | None
    location: str | None
    status_code: int
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)


class UploadError(APIError):
    """The upload was accepted (201) but the reply reports errors (PAM variation files).

    ``result`` holds what the upload answered (location, headers); ``errors`` lists the failures.
    """

    result: UploadResult | None

    def __init__(self, *args: Any, result: UploadResult | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.result = result


@dataclass(frozen=True)
class DownloadResult:
    """What a download wrote.

    Attributes:
        path: the file written (None when writing to a file object).
        content_type: the reply's ``Content-Type``.
        content_length: the reply's ``Content-Length`` (None when not sent).
        filename: the server's file name (``Content-Disposition``), sanitized; None if not sent.
        bytes_written: how many bytes were written.
    """

    path: Path | None
    content_type: str | None
    content_length: int | None
    filename: str | None
    bytes_written: int


class IncompleteDownload(TransportError):
    """The body ended before ``Content-Length`` bytes arrived (or ran past it); nothing was kept
    under the target name."""

    def __init__(self, expected: int, received: int, *, method: str = "GET", url: str = "") -> None:
        self.expected = expected
        self.received = received
        super().__init__(
            f"incomplete download: received {received} of {expected} bytes", method=method, url=url
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_incomplete,
            (type(self), self.expected, self.received, self.method, self.url),
        )


def _rebuild_incomplete(
    cls: type[IncompleteDownload], expected: int, received: int, method: str, url: str
) -> IncompleteDownload:
    return cls(expected, received, method=method, url=url)
