# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``asset_families`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.asset_families import AssetFamily

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AssetFamilies", "AsyncAssetFamilies"]


class AssetFamilies:
    """Operations on asset_families."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
    ) -> AssetFamily:
        """Read one asset family.

        ``GET /api/rest/v1/asset-families/{code}`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
        )
        return parse_json(AssetFamily, response.content)

    def list(
        self,
    ) -> SyncPaginator[AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={},
            parse=validator(AssetFamily),
        )

    def list_page(
        self,
        *,
        search_after: str | None = None,
    ) -> Page[AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={"search_after": search_after},
            parse=validator(AssetFamily),
        )

    def upsert(
        self,
        code: str,
        body: AssetFamily | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an asset family.

        ``PATCH /api/rest/v1/asset-families/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)


class AsyncAssetFamilies:
    """Operations on asset_families (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
    ) -> AssetFamily:
        """Read one asset family.

        ``GET /api/rest/v1/asset-families/{code}`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
        )
        return parse_json(AssetFamily, response.content)

    def list(
        self,
    ) -> AsyncPaginator[AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={},
            parse=validator(AssetFamily),
        )

    async def list_page(
        self,
        *,
        search_after: str | None = None,
    ) -> Page[AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={"search_after": search_after},
            parse=validator(AssetFamily),
        )

    async def upsert(
        self,
        code: str,
        body: AssetFamily | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an asset family.

        ``PATCH /api/rest/v1/asset-families/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)
