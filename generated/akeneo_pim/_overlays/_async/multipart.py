"""Multipart uploads (media files, asset and reference entity media, PAM files).

The file is streamed from disk in 64 KiB pieces (httpx's multipart encoder reads the open file
as it sends; its size comes from the file system, so ``Content-Length`` is set and nothing is
read whole). Generated ``upload`` methods ``await`` :func:`upload`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Mapping, Sequence
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING, Any

from ..._encoding import compact_json, encode_path, encode_query_value
from ..._types import NO_OPTIONS, CallOptions
from ...errors import AkeneoError, FieldError, safe_headers
from .._media import code_from_location, guess_content_type
from .._results import FileInput, UploadError, UploadResult

if TYPE_CHECKING:
    from ..._async._http import AsyncHttp
    from ..._types import Auth

__all__ = ["form_fields", "upload", "upload_code"]


def _file_name_of(file: object) -> str | None:
    name = getattr(file, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return None


def _open(file: FileInput, filename: str | None, stack: ExitStack) -> tuple[str, bytes | IO[bytes]]:
    """The part's file name and the body source (bytes, or a binary file open for reading)."""
    if isinstance(file, bytes | bytearray | memoryview):
        if not filename:
            raise ValueError("filename is required when uploading bytes")
        return filename, bytes(file)
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        handle = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by the stack
        return filename or os.path.basename(path), handle
    if not callable(getattr(file, "read", None)):
        raise TypeError(
            f"file must be a path, a binary file object or bytes, not {type(file).__name__}"
        )
    name = filename or _file_name_of(file)
    if not name:
        raise ValueError("filename is required when the file object has no name")
    return name, file


def form_fields(
    parts: Mapping[str, object], *, json_parts: Collection[str] = (), one_of: Sequence[str] = ()
) -> dict[str, str]:
    """The text form fields of a multipart body: ``None`` parts left out, JSON parts (a
    mapping, or its JSON text as given) as compact JSON, others as query values.

    Raises:
        ValueError: ``one_of`` names parts of which exactly one must be given, and it is not so.
    """
    if one_of:
        given = [name for name in one_of if parts.get(name) is not None]
        if len(given) != 1:
            raise ValueError(
                f"give exactly one of {', '.join(one_of)} (given: {', '.join(given) or 'none'})"
            )
    out: dict[str, str] = {}
    for name, value in parts.items():
        if value is None:
            continue
        if name in json_parts and not isinstance(value, str):
            out[name] = compact_json(dict(value) if isinstance(value, Mapping) else value)
            continue
        text = encode_query_value(value)
        if text is not None:
            out[name] = text
    return out


async def upload(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    *,
    file: FileInput,
    filename: str | None = None,
    content_type: str | None = None,
    fields: Mapping[str, str] | None = None,
    file_field: str = "file",
    code_from: str = "location",
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    auth: Auth = "bearer",
    options: CallOptions = NO_OPTIONS,
) -> UploadResult:
    """Upload one file as ``multipart/form-data``; return the new file's code.

    Args:
        http: the transport.
        path, path_params: the upload path template and its values.
        file: a path, a binary file object (sent from its start) or bytes.
        filename: the part's file name (default: the path's or file object's base name; required
            for bytes).
        content_type: the part's MIME type (default: guessed from ``filename``).
        fields: other form fields, such as ``product`` given as a JSON string (see
            :func:`form_fields`).
        file_field: the name of the file part.
        code_from: ``"Location"`` (any case) takes the code from that header (everything after
            ``path``); any other value names the header carrying the code
            (``Asset-media-file-code``).
        query, headers, auth: the operation's query and header parameters and authentication,
            as for :meth:`AsyncHttp.request`.
        options: the call's options, as for :meth:`AsyncHttp.request`.

    Raises:
        UploadError: the PIM accepted the file (201) but reports errors (PAM variation files).
        errors.APIError, errors.TransportError: as for any request.
    """
    with ExitStack() as stack:
        name, source = _open(file, filename, stack)
        part_type = content_type or guess_content_type(name)
        response = await http.request(
            "POST",
            path,
            path_params=path_params,
            files={file_field: (name, source, part_type)},
            data=dict(fields) if fields else None,
            query=query,
            headers=headers,
            auth=auth,
            options=options,
        )
    headers = safe_headers(response.headers)
    location = response.headers.get("location")
    if code_from.lower() == "location":
        code = code_from_location(location, encode_path(path, path_params))
    else:
        code = response.headers.get(code_from) or None
    result = UploadResult(
        code=code, location=location, status_code=response.status_code, headers=headers
    )
    _raise_for_reported_errors(response.content, result, str(response.request.url))
    return result


async def upload_code(
    http: AsyncHttp,
    path: str,
    path_params: Mapping[str, str],
    *,
    file: FileInput,
    code_from: str,
    **options: Any,
) -> str:
    """:func:`upload`, returning only the new file's code (what ``upload`` methods of
    collections return).

    Raises:
        errors.AkeneoError: the reply carries no code (no ``code_from`` header).
    """
    result = await upload(http, path, path_params, file=file, code_from=code_from, **options)
    if result.code is None:
        raise AkeneoError(f"the upload reply carries no file code ({code_from} header)")
    return result.code


def _raise_for_reported_errors(content: bytes, result: UploadResult, url: str) -> None:
    """Raise :class:`UploadError` when a success reply's body lists errors."""
    if not content.strip():
        return
    try:
        body: Any = json.loads(content)
    except ValueError:
        return
    if not isinstance(body, Mapping):
        return
    errors = FieldError.list_from(body.get("errors"))
    if not errors:
        return
    message = body.get("message")
    raise UploadError(
        result.status_code,
        "" if message is None else str(message),
        errors=errors,
        body=body,
        method="POST",
        url=url,
        headers=result.headers,
        result=result,
    )
