"""Batch upserts with NDJSON bodies (``PATCH`` on a collection, one JSON object per line).

Generated ``upsert_many`` methods return :func:`upsert_lines` as is (no ``await``: it is an
asynchronous generator in the async client, a generator in the sync one).
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterable,  # unasync: remove
    AsyncIterator,  # unasync: sync=Iterable,
    Iterable,  # unasync: sync=Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any

from ..._types import NO_OPTIONS, CallOptions
from .._chunking import DEFAULT_MAX_REQUEST_BYTES, check_batch_options
from .._results import ProgressCallback, UpsertLine
from ._batch import run_batches

if TYPE_CHECKING:
    from ..._async._http import AsyncHttp

__all__ = ["upsert_lines"]


def upsert_lines(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    items: Iterable[Any] | AsyncIterable[Any],  # unasync: sync=items: Iterable[Any],
    *,
    key: str,
    batch_size: int = 100,
    max_line_bytes: int = 1_000_000,
    concurrency: int = 1,
    on_progress: ProgressCallback | None = None,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    options: CallOptions = NO_OPTIONS,
) -> AsyncIterator[UpsertLine]:
    """Create or update every item of ``items``; yield one :class:`UpsertLine` per item, in order.

    Args:
        http: the transport.
        path, path_params: the collection's path template and its values.
        items: dicts or pydantic models (``_links`` is dropped), from any iterable or async
            iterable; read lazily, at most ``concurrency`` chunks at a time.
        key: the field naming an item in results (``"identifier"``, ``"uuid"`` or ``"code"``).
        batch_size: items per request, 1 to 100.
        max_line_bytes: an item whose JSON line is longer gets a 413 result and is not sent.
        concurrency: requests in flight at once (async only; results stay in input order).
        on_progress: called with (items done, items in total or None) after each chunk.
        max_request_bytes: a request body stays under this many bytes.
        query, headers: the operation's query and header parameters, sent with every chunk.
        options: the call's options (as for :meth:`AsyncHttp.request`), for every chunk's
            request.

    Raises:
        ValueError: invalid options (raised at once, before iterating).
        BatchError: some items could not be processed (retries ran out, or the PIM refused the
            whole request); it names them.
    """
    check_batch_options(
        key=key,
        batch_size=batch_size,
        max_item_bytes=max_line_bytes,
        max_request_bytes=max_request_bytes,
        concurrency=concurrency,
    )
    return run_batches(
        http,
        path,
        path_params,
        items,
        kind="ndjson",
        key=key,
        batch_size=batch_size,
        max_item_bytes=max_line_bytes,
        max_request_bytes=max_request_bytes,
        concurrency=concurrency,
        on_progress=on_progress,
        query=query,
        headers=headers,
        options=options,
    )
