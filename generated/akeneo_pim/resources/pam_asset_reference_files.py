# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_asset_reference_files`` resource: 3 operation(s)."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .._overlays._async import download as async_download
from .._overlays._async import multipart as async_multipart
from .._overlays._results import DownloadResult, DownloadTarget, FileInput, UploadResult
from .._overlays._sync import download as sync_download
from .._overlays._sync import multipart as sync_multipart
from .._parse import parse_json
from ..models.common import PamAssetReferenceFile

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncPamAssetReferenceFiles", "PamAssetReferenceFiles"]


class PamAssetReferenceFiles:
    """Operations on pam_asset_reference_files."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def download(
        self,
        asset_code: str,
        locale_code: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download`` (deprecated) (Enterprise Edition)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.download(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_download.download(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download",
            {"asset_code": asset_code, "locale_code": locale_code},
            to=to,
        )

    def iter_bytes(
        self,
        asset_code: str,
        locale_code: str,
        *,
        chunk_size: int = 65536,
    ) -> Iterator[bytes]:
        """Download a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download`` (deprecated) (Enterprise Edition)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.download(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download",
            {"asset_code": asset_code, "locale_code": locale_code},
            chunk_size=chunk_size,
        )

    def get(
        self,
        asset_code: str,
        locale_code: str,
    ) -> PamAssetReferenceFile:
        """Get the metadata of a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}`` (deprecated) (Enterprise Edition)

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.get(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}",
            path_params={"asset_code": asset_code, "locale_code": locale_code},
        )
        return parse_json(PamAssetReferenceFile, response.content)

    def upload(
        self,
        asset_code: str,
        locale_code: str,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> UploadResult:
        """Upload a PAM reference file.

        ``POST /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}`` (deprecated) (Enterprise Edition)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns what the
        reply says.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.upload(): POST /api/rest/v1/assets/{asset_code}/reference-files/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        fields: dict[str, str] = {}
        result = sync_multipart.upload(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}",
            {"asset_code": asset_code, "locale_code": locale_code},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=fields,
            file_field="file",
        )
        return result


class AsyncPamAssetReferenceFiles:
    """Operations on pam_asset_reference_files (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        asset_code: str,
        locale_code: str,
        *,
        to: DownloadTarget,
    ) -> DownloadResult:
        """Download a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download`` (deprecated) (Enterprise Edition)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.download(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await async_download.download(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download",
            {"asset_code": asset_code, "locale_code": locale_code},
            to=to,
        )

    def aiter_bytes(
        self,
        asset_code: str,
        locale_code: str,
        *,
        chunk_size: int = 65536,
    ) -> AsyncIterator[bytes]:
        """Download a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download`` (deprecated) (Enterprise Edition)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.download(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return async_download.iter_bytes(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}/download",
            {"asset_code": asset_code, "locale_code": locale_code},
            chunk_size=chunk_size,
        )

    async def get(
        self,
        asset_code: str,
        locale_code: str,
    ) -> PamAssetReferenceFile:
        """Get the metadata of a PAM reference file.

        ``GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}`` (deprecated) (Enterprise Edition)

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.get(): GET /api/rest/v1/assets/{asset_code}/reference-files/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}",
            path_params={"asset_code": asset_code, "locale_code": locale_code},
        )
        return parse_json(PamAssetReferenceFile, response.content)

    async def upload(
        self,
        asset_code: str,
        locale_code: str,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> UploadResult:
        """Upload a PAM reference file.

        ``POST /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}`` (deprecated) (Enterprise Edition)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns what the
        reply says.

        Args:
            asset_code: The PAM asset's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        warnings.warn(
            "pam_asset_reference_files.upload(): POST /api/rest/v1/assets/{asset_code}/reference-files/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        fields: dict[str, str] = {}
        result = await async_multipart.upload(
            self._http,
            "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}",
            {"asset_code": asset_code, "locale_code": locale_code},
            file=file,
            filename=filename,
            content_type=content_type,
            fields=fields,
            file_field="file",
        )
        return result
