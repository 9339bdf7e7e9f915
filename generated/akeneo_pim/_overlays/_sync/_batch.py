"""The request loop shared by the NDJSON and JSON-array batch upserts.

Input is read lazily and cut into chunks (see :mod:`.._chunking`); each chunk is sent, its reply
read as it streams and mapped back to the chunk's items. Failures are handled per chunk:

- 413: the chunk is split in halves and each half sent (a lone item gets a 413 result);
- what the retry policy deems transient (429, 500, 502, 503, 504, a dropped connection, a
  timeout): the items still without a result are sent again after the policy's delay
  (``Retry-After`` honoured);
- a reply with fewer results than items: the missing items are sent again;
- after ``max_retries`` attempts in a row without progress, or on any other error,
  :class:`BatchError` names the items left without a result.

Results come out in input order, exactly one per item.
"""

from __future__ import annotations

from collections import deque
from collections.abc import (
    Iterable,
    Iterator,
    Mapping,
    Sized,
)
from typing import TYPE_CHECKING, Any

from ..._httpx import httpx
from ..._types import NO_OPTIONS, CallOptions
from ...errors import AkeneoError, APIError, PayloadTooLarge, TooManyRequests, TransportError
from .._chunking import (
    Chunk,
    Chunker,
    Entry,
    ResultMatcher,
    array_body,
    make_entry,
    ndjson_body,
    parse_array_prefix,
    parse_line,
    refused_result,
)
from .._results import BatchError, ProgressCallback, UpsertLine

if TYPE_CHECKING:
    from ..._sync._http import SyncHttp

__all__ = ["NDJSON_CONTENT_TYPE", "run_batches"]

NDJSON_CONTENT_TYPE = "application/vnd.akeneo.collection+json"
JSON_CONTENT_TYPE = "application/json"

Items = Iterable[Any]
#: A chunk's work: a coroutine (async) or its results (sync, done on the spot).
Work = list[UpsertLine]
#: A chunk in flight: a task (async) or its results (sync).
Pending = list[UpsertLine]


def _start(work: Work) -> Pending:
    """Start a chunk's work (sync: it already ran)."""
    return work


class _ChunkFailed(Exception):
    """A chunk gave up: which of its lines have no result, and which results it has."""

    def __init__(self, cause: BaseException, chunk: Chunk, message: str) -> None:
        super().__init__(message)
        self.cause = cause
        self.message = message
        self.unprocessed = [e.line for e in chunk.entries if e.result is None]
        self.results = [e.result for e in chunk.entries if e.result is not None]


class _Runner:
    """Sends the chunks of one batch call."""

    def __init__(
        self,
        http: SyncHttp,
        path: str,
        path_params: Mapping[str, str],
        *,
        kind: str,
        key: str,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> None:
        self.http = http
        self.options = options
        self.path = path
        self.path_params = path_params
        self.kind = kind
        self.key = key
        self.query = query
        self.headers = headers
        self.policy = http.retry_policy

    def run(self, chunk: Chunk) -> list[UpsertLine]:
        """Send ``chunk`` until every item has a result; return them in input order.

        Raises:
            _ChunkFailed: retries ran out, or a non-retryable error happened.
        """
        queue: deque[list[Entry]] = deque()
        to_send = chunk.to_send
        if to_send:
            queue.append(to_send)
        stalls = 0  # failed attempts in a row that produced no result
        while queue:
            part = queue.popleft()
            failure: BaseException | None = None
            retry_after: float | None = None
            try:
                self._send(part)
            except PayloadTooLarge as exc:
                if len(part) > 1:
                    middle = len(part) // 2
                    queue.appendleft(part[middle:])
                    queue.appendleft(part[:middle])
                else:
                    part[0].result = refused_result(
                        part[0], self.key, exc.status_code, exc.message or "Payload too large"
                    )
                continue
            except (APIError, TransportError, httpx.TransportError) as exc:
                outcome = exc.status_code if isinstance(exc, APIError) else exc
                if not self.policy.should_retry("PATCH", outcome):
                    raise _ChunkFailed(exc, chunk, "batch request failed") from exc
                failure = exc
                retry_after = exc.retry_after if isinstance(exc, TooManyRequests) else None
            except AkeneoError as exc:
                raise _ChunkFailed(exc, chunk, "batch request failed") from exc
            missing = [e for e in part if e.result is None]
            if not missing:
                stalls = 0
                continue
            if failure is None:
                failure = _Truncated(len(part) - len(missing), len(part))
            stalls = 0 if len(missing) < len(part) else stalls + 1
            if stalls > self.policy.max_retries:
                raise _ChunkFailed(
                    failure, chunk, f"batch request failed {stalls} time(s) in a row"
                ) from failure
            self.http.sleep(self.policy.delay(max(stalls, 1), retry_after))
            queue.appendleft(missing)
        return [e.result for e in chunk.entries if e.result is not None]

    def _send(self, part: list[Entry]) -> None:
        """Send one request for ``part``; attach the results it brings to the entries."""
        matcher = ResultMatcher(part, self.key)
        if self.kind == "ndjson":
            body, content_type = ndjson_body(part), NDJSON_CONTENT_TYPE
        else:
            body, content_type = array_body(part), JSON_CONTENT_TYPE
        with self.http.stream(
            "PATCH",
            self.path,
            path_params=self.path_params,
            query=self.query,
            headers=self.headers,
            content=body,
            content_type=content_type,
            retry=False,
            options=self.options,
        ) as response:
            if self.kind == "ndjson":
                for records in _ndjson_records(response):
                    for record in records:
                        matcher.accept(record, None)
            else:
                text = (response.read()).decode("utf-8", errors="replace")
                for position, record in enumerate(parse_array_prefix(text)):
                    matcher.accept(record, position)


class _Truncated(AkeneoError):
    """The reply ended with fewer results than items sent."""

    def __init__(self, answered: int, sent: int) -> None:
        super().__init__(f"the reply held {answered} result(s) for {sent} item(s)")


def _ndjson_records(response: httpx.Response) -> Iterator[list[object]]:
    """Decoded result objects of an NDJSON reply, read as it streams (split on ``\\n`` only):
    the complete lines of each piece received, in a list."""
    buffer = bytearray()
    for data in response.iter_bytes():
        buffer += data
        end = buffer.rfind(b"\n")
        if end < 0:
            continue
        lines = bytes(buffer[:end]).split(b"\n")
        del buffer[: end + 1]
        yield [record for record in map(parse_line, lines) if record is not None]
    record = parse_line(bytes(buffer))
    if record is not None:
        yield [record]


def _items(items: Items) -> Iterator[Any]:
    """Iterate plain and asynchronous iterables alike."""
    yield from items


def run_batches(
    http: SyncHttp,
    path: str,
    path_params: Mapping[str, str],
    items: Items,
    *,
    kind: str,
    key: str,
    batch_size: int,
    max_item_bytes: int,
    max_request_bytes: int,
    concurrency: int,
    on_progress: ProgressCallback | None,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    options: CallOptions = NO_OPTIONS,
) -> Iterator[UpsertLine]:
    """Upsert ``items`` in chunks; yield one result per item, in input order.

    ``kind`` is ``"ndjson"`` (one JSON object per line) or ``"array"`` (a JSON array). The
    options are those :func:`.._chunking.check_batch_options` accepted (the callers check them
    at once, before iterating).
    """
    runner = _Runner(
        http,
        path,
        path_params,
        kind=kind,
        key=key,
        query=query,
        headers=headers,
        options=options,
    )
    chunker = Chunker(batch_size=batch_size, max_request_bytes=max_request_bytes)
    total = len(items) if isinstance(items, Sized) else None
    limit = 1
    inflight: deque[Pending] = deque()
    consumed = 0
    done = 0
    try:
        for item in _items(items):
            entry = make_entry(consumed, item, key=key, max_item_bytes=max_item_bytes)
            consumed += 1
            chunk = chunker.add(entry)
            if chunk is None:
                continue
            inflight.append(_start(runner.run(chunk)))
            while len(inflight) >= limit:
                results = inflight.popleft()
                done += len(results)
                if on_progress is not None:
                    on_progress(done, total)
                yield from results
        last = chunker.flush()
        if last is not None:
            inflight.append(_start(runner.run(last)))
        while inflight:
            results = inflight.popleft()
            done += len(results)
            if on_progress is not None:
                on_progress(done, total)
            yield from results
    except _ChunkFailed as failed:
        raise BatchError(
            failed.message,
            unprocessed=failed.unprocessed,
            results=failed.results,
            consumed=consumed,
            cause=failed.cause,
        ) from failed.cause
    finally:
        inflight.clear()
