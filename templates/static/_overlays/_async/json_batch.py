"""Batch upserts with JSON-array bodies (reference entity records, asset-manager assets,
measurement families, ...): the request is a JSON array of at most 100 items, the reply a JSON
array of ``{code, status_code, message?, errors?}``.

Generated ``upsert_many`` methods return :func:`upsert_array` as is (no ``await``).
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

__all__ = ["upsert_array"]


def upsert_array(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    items: Iterable[Any] | AsyncIterable[Any],  # unasync: sync=items: Iterable[Any],
    *,
    key: str = "code",
    batch_size: int = 100,
    concurrency: int = 1,
    on_progress: ProgressCallback | None = None,
    max_item_bytes: int = 1_000_000,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    options: CallOptions = NO_OPTIONS,
) -> AsyncIterator[UpsertLine]:
    """Create or update every item of ``items``; yield one :class:`UpsertLine` per item, in order.

    Same contract as :func:`..ndjson.upsert_lines`: lazy input, chunks of at most
    ``batch_size`` items, one result per item in input order, retries per chunk, and
    :class:`BatchError` naming the items left without a result. Results are matched to items by
    position in the reply, cross-checked with ``key``. ``query`` and ``headers`` (the
    operation's parameters) and the call's ``options`` go with every
    chunk.
    """
    check_batch_options(
        key=key,
        batch_size=batch_size,
        max_item_bytes=max_item_bytes,
        max_request_bytes=max_request_bytes,
        concurrency=concurrency,
    )
    return run_batches(
        http,
        path,
        path_params,
        items,
        kind="array",
        key=key,
        batch_size=batch_size,
        max_item_bytes=max_item_bytes,
        max_request_bytes=max_request_bytes,
        concurrency=concurrency,
        on_progress=on_progress,
        query=query,
        headers=headers,
        options=options,
    )
