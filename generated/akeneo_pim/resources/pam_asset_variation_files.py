# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_asset_variation_files`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPamAssetVariationFiles", "PamAssetVariationFiles"]


class PamAssetVariationFiles:
    """Operations on pam_asset_variation_files."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def download(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.download(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_download.download(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def iter_bytes(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[bytes]:
        """Download a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.download(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_download.iter_bytes(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAssetVariationFile:
        """Get the metadata of a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.get(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            path_params={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetVariationFile, response)

    def upload(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        file: _rt.FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UploadResult:
        """Upload a PAM variation file.

        ``POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns what the
        reply says.

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.upload(): POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_multipart.upload(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            file=file,
            filename=filename,
            content_type=content_type,
            file_field="file",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncPamAssetVariationFiles:
    """Operations on pam_asset_variation_files (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def download(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        to: _rt.DownloadTarget,
        overwrite: bool | None = None,
        durable: bool = False,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.DownloadResult:
        """Download a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Streams the file's bytes.

        Stream the file to `to` (a path, a folder or a binary file object); a path is
        written through a temporary file and renamed when complete. An existing file is
        replaced when `to` names it, not when the server's file name inside a folder does
        (FileExistsError); `overwrite` says otherwise. `durable=True` also flushes the file
        and its folder to disk before returning (it survives a power loss, at the cost of a
        disk write).

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.download(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_download.download(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            to=to,
            overwrite=overwrite,
            durable=durable,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def aiter_bytes(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        chunk_size: int = 65536,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[bytes]:
        """Download a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Streams the file's bytes.

        Yield the file's bytes in chunks, without keeping them in memory.

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.download(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.async_download.iter_bytes(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}/download",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            chunk_size=chunk_size,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAssetVariationFile:
        """Get the metadata of a PAM variation file.

        ``GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.get(): GET /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            path_params={
                "asset_code": asset_code,
                "channel_code": channel_code,
                "locale_code": locale_code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetVariationFile, response)

    async def upload(
        self,
        asset_code: str,
        channel_code: str,
        locale_code: str,
        file: _rt.FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UploadResult:
        """Upload a PAM variation file.

        ``POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Multipart upload. The new file's URL is in the Location header.

        Upload a file (a path, a binary file object or bytes), streamed; returns what the
        reply says.

        Args:
            asset_code: The PAM asset's code.

            channel_code: The channel's code.

            locale_code: Locale code, or `no-locale` for a non-localizable asset.

        """
        _warnings.warn(
            "pam_asset_variation_files.upload(): POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_multipart.upload(
            self._http,
            "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}",
            {"asset_code": asset_code, "channel_code": channel_code, "locale_code": locale_code},
            file=file,
            filename=filename,
            content_type=content_type,
            file_field="file",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
