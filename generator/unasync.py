"""Derive synchronous Python source from asynchronous source (one source of truth).

The hand-written runtime and overlays are written once, asynchronously, in folders named
``_async``; the generator writes a synchronous twin of each file into the sibling ``_sync``
folder. The transformation is token-based (word boundaries), in the spirit of httpcore's
``unasync`` script:

- ``async def``/``async for``/``async with`` lose ``async``; ``await`` disappears;
- names in :data:`REPLACEMENTS` are swapped (``AsyncIterator`` -> ``Iterator``, ``aclose`` ->
  ``close``, ``httpx.AsyncClient`` -> ``httpx.Client``, ...);
- a line ending in ``# unasync: remove`` is dropped from the sync output;
- a line ending in ``# unasync: sync=<code>`` is replaced by ``<code>`` (indentation kept).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

#: Whole-word replacements applied to async source to obtain sync source. Order does not matter:
#: every key is matched as a complete identifier (or dotted name) at once.
REPLACEMENTS: dict[str, str] = {
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "AsyncClient": "Client",
    "AsyncByteStream": "SyncByteStream",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncMockTransport": "MockTransport",
    "AsyncHttp": "SyncHttp",
    "AsyncAkeneo": "Akeneo",
    "AsyncAuth": "SyncAuth",
    "AsyncPaginator": "SyncPaginator",
    "AsyncGate": "SyncGate",
    "AsyncResource": "SyncResource",
    "AsyncExitStack": "ExitStack",
    "asynccontextmanager": "contextmanager",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "StopAsyncIteration": "StopIteration",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_raw": "iter_raw",
    "aiter_text": "iter_text",
    "aread": "read",
    "asyncio.sleep": "time.sleep",
    "anext": "next",
    "_async": "_sync",
}

_WORDS = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(k) for k in sorted(REPLACEMENTS, key=len, reverse=True))
    + r")(?!\w)"
)
_ASYNC_KW = re.compile(r"\basync\s+(?=def\b|for\b|with\b)")
_AWAIT = re.compile(r"\bawait\s+")
_REMOVE = re.compile(r"#\s*unasync:\s*remove\s*$")
_TRAILING_BLANKS = re.compile(r"(\r?\n)(?:[ \t]*\r?\n)+\Z")
_SYNC_LINE = re.compile(r"^(?P<indent>\s*).*#\s*unasync:\s*sync=(?P<code>.*)$")


def unasync_source(source: str) -> str:
    """Return the synchronous twin of an asynchronous module's source text."""
    out: list[str] = []
    for line in source.splitlines(keepends=True):
        if _REMOVE.search(line):
            continue
        m = _SYNC_LINE.match(line.rstrip("\n"))
        if m:
            ending = "\n" if line.endswith("\n") else ""
            out.append(f"{m.group('indent')}{m.group('code').strip()}{ending}")
            continue
        text = _AWAIT.sub("", _ASYNC_KW.sub("", line))
        out.append(_WORDS.sub(lambda w: REPLACEMENTS[w.group(1)], text))
    # lines removed at the end of the file leave the blank lines before them behind
    return _TRAILING_BLANKS.sub(r"\1", "".join(out))


def sync_path(path: PurePosixPath) -> PurePosixPath | None:
    """Where the sync twin of a static file goes, or None if the file is not async source."""
    parts = path.parts
    if "_async" not in parts:
        return None
    return PurePosixPath(*("_sync" if p == "_async" else p for p in parts))
