# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``media_files`` resource: 4 operation(s)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._overlays._async import download as async_download
from .._overlays._async import multipart as async_multipart
from .._overlays._results import DownloadResult, DownloadTarget, FileInput
from .._overlays._sync import download as sync_download
from .._overlays._sync import multipart as sync_multipart
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page
from ..errors import AkeneoError
from ..models.media_files import MediaFile

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncMediaFiles", "MediaFiles"]


class MediaFiles:
    """Operations on media_files."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def download(
        self,
        code: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return sync_download.download(
            self._http, "/api/rest/v1/media-files/{code}/download", {"code": code}, to=to
        )

    def iter_bytes(
        self,
        code: str,
        *,
        chunk_size: int = 65536,
    ) -> Iterator[bytes]:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            chunk_size=chunk_size,
        )

    def get(
        self,
        code: str,
    ) -> MediaFile:
        """Get the metadata of a product media file.

        ``GET /api/rest/v1/media-files/{code}``

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/media-files/{code}",
            path_params={"code": code},
        )
        return parse_json(MediaFile, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(MediaFile),
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[MediaFile]:
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

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(MediaFile),
        )

    def upload(
        self,
        file: FileInput,
        *,
        product: Mapping[str, object] | str | None = None,
        product_model: Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> str:
        """Upload a media file for a product or product model value.

        ``POST /api/rest/v1/media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        given = [
            name
            for name, value in (
                ("product", product),
                ("product_model", product_model),
            )
            if value is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of product, product_model"
                + f" (given: {', '.join(given) or 'none'})"
            )
        fields: dict[str, str] = {}
        if product is not None:
            fields["product"] = (
                product
                if isinstance(product, str)
                else json.dumps(dict(product), separators=(",", ":"))
            )
        if product_model is not None:
            fields["product_model"] = (
                product_model
                if isinstance(product_model, str)
                else json.dumps(dict(product_model), separators=(",", ":"))
            )
        result = sync_multipart.upload(
            self._http,
            "/api/rest/v1/media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=fields,
            file_field="file",
            code_from="Location",
        )
        if result.code is None:
            raise AkeneoError("the upload reply carries no file code (Location header)")
        return result.code


class AsyncMediaFiles:
    """Operations on media_files (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        code: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return await async_download.download(
            self._http, "/api/rest/v1/media-files/{code}/download", {"code": code}, to=to
        )

    def aiter_bytes(
        self,
        code: str,
        *,
        chunk_size: int = 65536,
    ) -> AsyncIterator[bytes]:
        """Download the content of a product media file.

        ``GET /api/rest/v1/media-files/{code}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        return async_download.iter_bytes(
            self._http,
            "/api/rest/v1/media-files/{code}/download",
            {"code": code},
            chunk_size=chunk_size,
        )

    async def get(
        self,
        code: str,
    ) -> MediaFile:
        """Get the metadata of a product media file.

        ``GET /api/rest/v1/media-files/{code}``

        Args:
            code: Media file code; a storage path containing slashes, sent unencoded.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/media-files/{code}",
            path_params={"code": code},
        )
        return parse_json(MediaFile, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[MediaFile]:
        """List product media files.

        ``GET /api/rest/v1/media-files``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(MediaFile),
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[MediaFile]:
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

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/media-files",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(MediaFile),
        )

    async def upload(
        self,
        file: FileInput,
        *,
        product: Mapping[str, object] | str | None = None,
        product_model: Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> str:
        """Upload a media file for a product or product model value.

        ``POST /api/rest/v1/media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        given = [
            name
            for name, value in (
                ("product", product),
                ("product_model", product_model),
            )
            if value is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of product, product_model"
                + f" (given: {', '.join(given) or 'none'})"
            )
        fields: dict[str, str] = {}
        if product is not None:
            fields["product"] = (
                product
                if isinstance(product, str)
                else json.dumps(dict(product), separators=(",", ":"))
            )
        if product_model is not None:
            fields["product_model"] = (
                product_model
                if isinstance(product_model, str)
                else json.dumps(dict(product_model), separators=(",", ":"))
            )
        result = await async_multipart.upload(
            self._http,
            "/api/rest/v1/media-files",
            {},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=fields,
            file_field="file",
            code_from="Location",
        )
        if result.code is None:
            raise AkeneoError("the upload reply carries no file code (Location header)")
        return result.code
