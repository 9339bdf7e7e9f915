# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_asset_tags`` resource: 3 operation(s)."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.pam_asset_tags import PamAssetTag

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncPamAssetTags", "PamAssetTags"]


class PamAssetTags:
    """Operations on pam_asset_tags."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
    ) -> PamAssetTag:
        """Read one PAM asset tag.

        ``GET /api/rest/v1/asset-tags/{code}`` (deprecated) (Enterprise Edition)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_asset_tags.get(): GET /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
        )
        return parse_json(PamAssetTag, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return SyncPaginator(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(PamAssetTag),
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(PamAssetTag),
        )

    def upsert(
        self,
        code: str,
        body: PamAssetTag | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a PAM asset tag.

        ``PATCH /api/rest/v1/asset-tags/{code}`` (deprecated) (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_asset_tags.upsert(): PATCH /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)


class AsyncPamAssetTags:
    """Operations on pam_asset_tags (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
    ) -> PamAssetTag:
        """Read one PAM asset tag.

        ``GET /api/rest/v1/asset-tags/{code}`` (deprecated) (Enterprise Edition)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_asset_tags.get(): GET /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
        )
        return parse_json(PamAssetTag, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(PamAssetTag),
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(PamAssetTag),
        )

    async def upsert(
        self,
        code: str,
        body: PamAssetTag | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a PAM asset tag.

        ``PATCH /api/rest/v1/asset-tags/{code}`` (deprecated) (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_asset_tags.upsert(): PATCH /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)
