# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``asset_attributes`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AssetAttributes", "AsyncAssetAttributes"]


class AssetAttributes:
    """Operations on asset_attributes."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AssetAttribute:
        """Read one attribute of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AssetAttribute, response)

    def list(
        self,
        asset_family_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.AssetAttribute]:
        """List the attributes of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes",
            path_params={"asset_family_code": asset_family_code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.AssetAttribute], response)

    def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: _m.AssetAttribute | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncAssetAttributes:
    """Operations on asset_attributes (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AssetAttribute:
        """Read one attribute of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AssetAttribute, response)

    async def list(
        self,
        asset_family_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.AssetAttribute]:
        """List the attributes of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes",
            path_params={"asset_family_code": asset_family_code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.AssetAttribute], response)

    async def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: _m.AssetAttribute | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
