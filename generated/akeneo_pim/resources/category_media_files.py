# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``category_media_files`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt

__all__ = ["AsyncCategoryMediaFiles", "CategoryMediaFiles"]


class CategoryMediaFiles:
    """Operations on category_media_files."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def download(
        self,
        file_path: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download`` (SaaS only)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return _rt.sync_download.download(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def iter_bytes(
        self,
        file_path: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[bytes]:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download`` (SaaS only)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return _rt.sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def upload(
        self,
        file: _rt.FileInput,
        *,
        category: _abc.Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """Upload a media file for a category value.

        ``POST /api/rest/v1/category-media-files`` (SaaS only)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        return _rt.sync_multipart.upload_code(
            self._http,
            "/api/rest/v1/category-media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=_rt.sync_multipart.form_fields(
                {"category": category},
                json_parts=("category",),
            ),
            file_field="file",
            code_from="Location",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncCategoryMediaFiles:
    """Operations on category_media_files (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        file_path: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download`` (SaaS only)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return await _rt.async_download.download(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def aiter_bytes(
        self,
        file_path: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[bytes]:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download`` (SaaS only)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return _rt.async_download.iter_bytes(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def upload(
        self,
        file: _rt.FileInput,
        *,
        category: _abc.Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """Upload a media file for a category value.

        ``POST /api/rest/v1/category-media-files`` (SaaS only)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        return await _rt.async_multipart.upload_code(
            self._http,
            "/api/rest/v1/category-media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=_rt.async_multipart.form_fields(
                {"category": category},
                json_parts=("category",),
            ),
            file_field="file",
            code_from="Location",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
