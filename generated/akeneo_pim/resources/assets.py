# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``assets`` resource: 5 operation(s)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._overlays._async import json_batch as async_json_batch
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import json_batch as sync_json_batch
from .._parse import parse_json, validator
from .._search import Search
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.assets import Asset

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["Assets", "AsyncAssets"]


class Assets:
    """Operations on assets."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def delete(
        self,
        asset_family_code: str,
        code: str,
    ) -> None:
        """Delete one asset.

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )

    def get(
        self,
        asset_family_code: str,
        code: str,
    ) -> Asset:
        """Read one asset.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )
        return parse_json(Asset, response.content)

    def list(
        self,
        asset_family_code: str,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: str | None = None,
    ) -> SyncPaginator[Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={"search": search, "channel": channel, "locales": locales},
            parse=validator(Asset),
        )

    def list_page(
        self,
        asset_family_code: str,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: str | None = None,
        search_after: str | None = None,
    ) -> Page[Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
                "search_after": search_after,
            },
            parse=validator(Asset),
        )

    def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: Asset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an asset.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        asset_family_code: str,
        items: Iterable[Asset | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several assets of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            asset_family_code: The asset family's code.

        """

        return sync_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            {"asset_family_code": asset_family_code},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncAssets:
    """Operations on assets (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def delete(
        self,
        asset_family_code: str,
        code: str,
    ) -> None:
        """Delete one asset.

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )

    async def get(
        self,
        asset_family_code: str,
        code: str,
    ) -> Asset:
        """Read one asset.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
        )
        return parse_json(Asset, response.content)

    def list(
        self,
        asset_family_code: str,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: str | None = None,
    ) -> AsyncPaginator[Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={"search": search, "channel": channel, "locales": locales},
            parse=validator(Asset),
        )

    async def list_page(
        self,
        asset_family_code: str,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: str | None = None,
        search_after: str | None = None,
    ) -> Page[Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={
                "search": search,
                "channel": channel,
                "locales": locales,
                "search_after": search_after,
            },
            parse=validator(Asset),
        )

    async def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: Asset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an asset.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        asset_family_code: str,
        items: Iterable[Asset | Mapping[str, object]] | AsyncIterable[Asset | Mapping[str, object]],
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several assets of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets`` (Enterprise Edition)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            asset_family_code: The asset family's code.

        """

        return async_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            {"asset_family_code": asset_family_code},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
