# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``category_media_files`` resource: 2 operation(s)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING

from .._overlays._async import download as async_download
from .._overlays._async import multipart as async_multipart
from .._overlays._results import DownloadResult, DownloadTarget, FileInput
from .._overlays._sync import download as sync_download
from .._overlays._sync import multipart as sync_multipart
from ..errors import AkeneoError

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncCategoryMediaFiles", "CategoryMediaFiles"]


class CategoryMediaFiles:
    """Operations on category_media_files."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def download(
        self,
        file_path: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return sync_download.download(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            to=to,
        )

    def iter_bytes(
        self,
        file_path: str,
        *,
        chunk_size: int = 65536,
    ) -> Iterator[bytes]:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            chunk_size=chunk_size,
        )

    def upload(
        self,
        file: FileInput,
        *,
        category: Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> str:
        """Upload a media file for a category value.

        ``POST /api/rest/v1/category-media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        fields: dict[str, str] = {}
        if category is not None:
            fields["category"] = (
                category
                if isinstance(category, str)
                else json.dumps(dict(category), separators=(",", ":"))
            )
        result = sync_multipart.upload(
            self._http,
            "/api/rest/v1/category-media-files",
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


class AsyncCategoryMediaFiles:
    """Operations on category_media_files (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        file_path: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download``

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return await async_download.download(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            to=to,
        )

    def aiter_bytes(
        self,
        file_path: str,
        *,
        chunk_size: int = 65536,
    ) -> AsyncIterator[bytes]:
        """Download the content of a category media file.

        ``GET /api/rest/v1/category-media-files/{file_path}/download``

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            file_path: Category media file path; contains slashes, sent unencoded.

        """

        return async_download.iter_bytes(
            self._http,
            "/api/rest/v1/category-media-files/{file_path}/download",
            {"file_path": file_path},
            chunk_size=chunk_size,
        )

    async def upload(
        self,
        file: FileInput,
        *,
        category: Mapping[str, object] | str | None = None,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> str:
        """Upload a media file for a category value.

        ``POST /api/rest/v1/category-media-files``

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns the new
        file's code.
        """

        fields: dict[str, str] = {}
        if category is not None:
            fields["category"] = (
                category
                if isinstance(category, str)
                else json.dumps(dict(category), separators=(",", ":"))
            )
        result = await async_multipart.upload(
            self._http,
            "/api/rest/v1/category-media-files",
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
