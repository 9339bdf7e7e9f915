"""Binary downloads, streamed: to a file (atomically), to a file object, or as chunks.

Writing to a path goes through a temporary file in the target's folder, synced and renamed into
place only once every byte arrived: the target name never holds a partial file, and on any
error or cancellation the temporary file is removed. Memory stays flat whatever the size.
Generated ``download`` methods ``await`` :func:`download`; ``iter_bytes`` methods return
:func:`iter_bytes` as is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..._encoding import encode_path
from ..._httpx import httpx
from ..._types import NO_OPTIONS, CallOptions
from .._media import filename_from_disposition, last_segment, sanitize_filename
from .._results import DownloadResult, DownloadTarget, IncompleteDownload

if TYPE_CHECKING:
    from ..._async._http import AsyncHttp
    from ..._types import Auth

__all__ = ["download", "iter_bytes"]

ACCEPT_ANY = "*/*"
DEFAULT_CHUNK_SIZE = 1 << 16


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    if value is None:
        return None
    try:
        length = int(value)
    except ValueError:
        return None
    return length if length >= 0 else None


def _check_complete(response: httpx.Response, expected: int | None) -> None:
    """Raise :class:`IncompleteDownload` when the body's size is not ``Content-Length``."""
    if expected is None:
        return
    received = response.num_bytes_downloaded
    if received == 0 and expected:
        # A body handed over already in memory (e.g. a mock transport) was never counted.
        with contextlib.suppress(httpx.ResponseNotRead):
            received = len(response.content)
    if received != expected:
        raise IncompleteDownload(expected, received, url=str(response.request.url))


def _create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty temporary file beside the target (``.<name>.<random>.part``), created with
    the mode the umask gives (as the final file should have; ``tempfile.mkstemp`` makes 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = folder / f".{name[:64]}.{secrets.token_hex(6)}.part"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def _place_new(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` unless a file took it meanwhile (``FileExistsError``):
    a hard link fails rather than replace; without hard links, a last check then a rename."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise FileExistsError(
            errno.EEXIST, "the download's file exists (overwrite=True replaces it)", str(target)
        ) from None
    except OSError:  # no hard links on this file system
        if target.exists():
            raise FileExistsError(
                errno.EEXIST, "the download's file exists (overwrite=True replaces it)", str(target)
            ) from None
        os.replace(temp, target)
        return
    temp.unlink()


def _is_writable_file(to: object) -> bool:
    return callable(getattr(to, "write", None))


def _fsync_dir(folder: Path) -> None:
    """Persist a rename (POSIX; ignored where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


async def download(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    *,
    to: DownloadTarget,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    auth: Auth = "bearer",
    method: str = "GET",
    json: object = None,
    content_type: str | None = None,
    overwrite: bool | None = None,
    durable: bool = False,
    options: CallOptions = NO_OPTIONS,
) -> DownloadResult:
    """Download a file to ``to``.

    Args:
        http: the transport.
        path, path_params: the download path template and its values (codes keep their ``/``).
        to: a file path (replaced atomically once complete), a folder (an existing one, or a
            path ending with ``/``, created if needed: the server's file name, sanitized, is used
            inside it; else the last segment of the path), or a writable binary file object
            (written as the bytes arrive, left open).
        chunk_size: bytes per read.
        overwrite: whether an existing file under the final name is replaced: True, or False
            (``FileExistsError``, and nothing is downloaded); by default a file path given is
            replaced, and a file named by the server inside a folder is not (two media with the
            same name never overwrite each other silently).
        durable: flush the file's bytes and the rename to disk (``fsync``) before returning, so
            that the file survives a power loss or an operating system crash, at the cost of
            waiting for the disk. Without it the file is complete under its final name once the
            call returns (a crashed process never leaves a partial file there) and reaches the
            disk when the operating system writes it back.
        query, headers, auth: the operation's query and header parameters and authentication,
            as for :meth:`AsyncHttp.request`.
        method, json, content_type: the request's method, JSON body and its type (a POST that
            answers a file, such as a text-to-speech call).
        options: the call's options, as for :meth:`AsyncHttp.request`.

    Raises:
        IncompleteDownload: the body was shorter or longer than ``Content-Length``.
        FileExistsError: the final name is taken and may not be replaced (see ``overwrite``).
        errors.APIError, errors.TransportError: as for any request (no file is left behind).
    """
    async with http.stream(
        method,
        path,
        path_params=path_params,
        query=query,
        json=json,
        content_type=content_type,
        accept=ACCEPT_ANY,
        headers=headers,
        auth=auth,
        options=options,
    ) as response:
        content_type = response.headers.get("content-type")
        length = _content_length(response)
        filename = sanitize_filename(
            filename_from_disposition(response.headers.get("content-disposition"))
        )
        if not isinstance(to, str | os.PathLike):
            if not _is_writable_file(to):
                raise TypeError(
                    f"to must be a path, a folder or a binary file object, not {type(to).__name__}"
                )
            written = 0
            async for chunk in response.aiter_bytes(chunk_size):
                to.write(chunk)
                written += len(chunk)
            _check_complete(response, length)
            return DownloadResult(None, content_type, length, filename, written)
        target = Path(to)
        if isinstance(to, str) and to.endswith(("/", os.sep)):
            target.mkdir(parents=True, exist_ok=True)  # "downloads/" names a folder
        in_folder = target.is_dir()
        if in_folder:
            name = filename or sanitize_filename(last_segment(encode_path(path, path_params)))
            target = target / (name or "download")
        replace = (not in_folder) if overwrite is None else overwrite
        if not replace and target.exists():
            raise FileExistsError(
                errno.EEXIST, "the download's file exists (overwrite=True replaces it)", str(target)
            )
        written = await _write_atomically(
            response, target, chunk_size, length, replace=replace, durable=durable
        )
        return DownloadResult(target, content_type, length, filename, written)


async def _write_atomically(
    response: httpx.Response,
    target: Path,
    chunk_size: int,
    length: int | None,
    *,
    replace: bool = True,
    durable: bool = False,
) -> int:
    """Stream the body into a temporary file beside ``target``, then rename it into place (or,
    without ``replace``, link it there only if the name is still free)."""
    folder = target.parent
    fd, temp = _create_temp(folder, target.name)
    written = 0
    try:
        with os.fdopen(fd, "wb") as handle:
            sink: IO[bytes] = handle
            async for chunk in response.aiter_bytes(chunk_size):
                sink.write(chunk)
                written += len(chunk)
            _check_complete(response, length)
            if durable:
                sink.flush()
                os.fsync(sink.fileno())
        if replace:
            os.replace(temp, target)
        else:
            _place_new(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        _fsync_dir(folder)
    return written


async def iter_bytes(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    auth: Auth = "bearer",
    method: str = "GET",
    json: object = None,
    content_type: str | None = None,
    options: CallOptions = NO_OPTIONS,
) -> AsyncIterator[bytes]:
    """Yield the file's bytes in chunks as they arrive (the connection stays open until the
    iteration ends or the generator is closed); the request options as for :func:`download`.

    Raises:
        IncompleteDownload: the body was shorter or longer than ``Content-Length``.
    """
    async with http.stream(
        method,
        path,
        path_params=path_params,
        query=query,
        json=json,
        content_type=content_type,
        accept=ACCEPT_ANY,
        headers=headers,
        auth=auth,
        options=options,
    ) as response:
        length = _content_length(response)
        chunks = response.aiter_bytes(chunk_size)
        async for chunk in chunks:  # unasync: sync=yield from chunks
            yield chunk  # unasync: remove
        _check_complete(response, length)
