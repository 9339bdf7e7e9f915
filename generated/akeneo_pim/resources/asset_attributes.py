# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``asset_attributes`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._parse import parse_json
from .._types import UpsertOutcome
from ..models.asset_attributes import AssetAttribute

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AssetAttributes", "AsyncAssetAttributes"]


class AssetAttributes:
    """Operations on asset_attributes."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        asset_family_code: str,
        code: str,
    ) -> AssetAttribute:
        """Read one attribute of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )
        return parse_json(AssetAttribute, response.content)

    def list(
        self,
        asset_family_code: str,
    ) -> list[AssetAttribute]:
        """List the attributes of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes",
            path_params={"asset_family_code": asset_family_code},
        )
        return parse_json(list[AssetAttribute], response.content)

    def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: AssetAttribute | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an attribute of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)


class AsyncAssetAttributes:
    """Operations on asset_attributes (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        asset_family_code: str,
        code: str,
    ) -> AssetAttribute:
        """Read one attribute of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )
        return parse_json(AssetAttribute, response.content)

    async def list(
        self,
        asset_family_code: str,
    ) -> list[AssetAttribute]:
        """List the attributes of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes",
            path_params={"asset_family_code": asset_family_code},
        )
        return parse_json(list[AssetAttribute], response.content)

    async def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: AssetAttribute | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an attribute of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)
