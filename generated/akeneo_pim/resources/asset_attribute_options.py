# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``asset_attribute_options`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._parse import parse_json
from .._types import UpsertOutcome
from ..models.common import AttributeOptionCode

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AssetAttributeOptions", "AsyncAssetAttributeOptions"]


class AssetAttributeOptions:
    """Operations on asset_attribute_options."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
    ) -> AttributeOptionCode:
        """Read one option of an asset attribute.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
        )
        return parse_json(AttributeOptionCode, response.content)

    def list(
        self,
        asset_family_code: str,
        attribute_code: str,
    ) -> list[AttributeOptionCode]:
        """List the options of an asset attribute.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options",
            path_params={"asset_family_code": asset_family_code, "attribute_code": attribute_code},
        )
        return parse_json(list[AttributeOptionCode], response.content)

    def upsert(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
        body: AttributeOptionCode | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an option of an asset attribute.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)


class AsyncAssetAttributeOptions:
    """Operations on asset_attribute_options (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
    ) -> AttributeOptionCode:
        """Read one option of an asset attribute.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
        )
        return parse_json(AttributeOptionCode, response.content)

    async def list(
        self,
        asset_family_code: str,
        attribute_code: str,
    ) -> list[AttributeOptionCode]:
        """List the options of an asset attribute.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options",
            path_params={"asset_family_code": asset_family_code, "attribute_code": attribute_code},
        )
        return parse_json(list[AttributeOptionCode], response.content)

    async def upsert(
        self,
        asset_family_code: str,
        attribute_code: str,
        code: str,
        body: AttributeOptionCode | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an option of an asset attribute.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "asset_family_code": asset_family_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)
