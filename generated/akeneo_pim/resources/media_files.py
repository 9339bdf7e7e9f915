# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``media_files`` resource: 4 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncMediaFiles", "MediaFiles"]


class MediaFiles:
    """Operations on media_files."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def download(
        self,
        code: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return _rt.sync_download.download(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def iter_bytes(
        self,
        code: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[bytes]:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return _rt.sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.MediaFile:
        """Get the metadata of a product media file.

        ``GET /api/rest/v1/media-files/{code}``

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/media-files/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.MediaFile, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.MediaFile),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.MediaFile),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upload(
        self,
        file: _rt.FileInput,
        *,
        product: _abc.Mapping[str, object] | str | None = None,
        product_model: _abc.Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """Upload a media file for a product or product model value.

        ``POST /api/rest/v1/media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        return _rt.sync_multipart.upload_code(
            self._http,
            "/api/rest/v1/media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=_rt.sync_multipart.form_fields(
                {"product": product, "product_model": product_model},
                json_parts=("product", "product_model"),
                one_of=("product", "product_model"),
            ),
            file_field="file",
            code_from="Location",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncMediaFiles:
    """Operations on media_files (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        code: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return await _rt.async_download.download(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def aiter_bytes(
        self,
        code: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[bytes]:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return _rt.async_download.iter_bytes(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.MediaFile:
        """Get the metadata of a product media file.

        ``GET /api/rest/v1/media-files/{code}``

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/media-files/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.MediaFile, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.MediaFile),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.MediaFile),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upload(
        self,
        file: _rt.FileInput,
        *,
        product: _abc.Mapping[str, object] | str | None = None,
        product_model: _abc.Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """Upload a media file for a product or product model value.

        ``POST /api/rest/v1/media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        return await _rt.async_multipart.upload_code(
            self._http,
            "/api/rest/v1/media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=_rt.async_multipart.form_fields(
                {"product": product, "product_model": product_model},
                json_parts=("product", "product_model"),
                one_of=("product", "product_model"),
            ),
            file_field="file",
            code_from="Location",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
