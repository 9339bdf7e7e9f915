# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_assets`` resource: 5 operation(s)."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._overlays._async import ndjson as async_ndjson
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import ndjson as sync_ndjson
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.pam_assets import PamAsset

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncPamAssets", "PamAssets"]


class PamAssets:
    """Operations on pam_assets."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: PamAsset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a PAM asset.

        ``POST /api/rest/v1/assets`` (deprecated) (Enterprise Edition)
        """
        warnings.warn(
            "pam_assets.create(): POST /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "POST",
            "/api/rest/v1/assets",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def get(
        self,
        code: str,
    ) -> PamAsset:
        """Read one PAM asset.

        ``GET /api/rest/v1/assets/{code}`` (deprecated) (Enterprise Edition)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_assets.get(): GET /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
        )
        return parse_json(PamAsset, response.content)

    def list(
        self,
        *,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return SyncPaginator(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={"pagination_type": pagination_type, "limit": limit, "with_count": with_count},
            parse=validator(PamAsset),
        )

    def list_page(
        self,
        *,
        pagination_type: Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=validator(PamAsset),
        )

    def upsert(
        self,
        code: str,
        body: PamAsset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a PAM asset.

        ``PATCH /api/rest/v1/assets/{code}`` (deprecated) (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_assets.upsert(): PATCH /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: Iterable[PamAsset | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several PAM assets.

        ``PATCH /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        warnings.warn(
            "pam_assets.upsert_many(): PATCH /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/assets",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncPamAssets:
    """Operations on pam_assets (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: PamAsset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a PAM asset.

        ``POST /api/rest/v1/assets`` (deprecated) (Enterprise Edition)
        """
        warnings.warn(
            "pam_assets.create(): POST /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "POST",
            "/api/rest/v1/assets",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    async def get(
        self,
        code: str,
    ) -> PamAsset:
        """Read one PAM asset.

        ``GET /api/rest/v1/assets/{code}`` (deprecated) (Enterprise Edition)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_assets.get(): GET /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
        )
        return parse_json(PamAsset, response.content)

    def list(
        self,
        *,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={"pagination_type": pagination_type, "limit": limit, "with_count": with_count},
            parse=validator(PamAsset),
        )

    async def list_page(
        self,
        *,
        pagination_type: Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=validator(PamAsset),
        )

    async def upsert(
        self,
        code: str,
        body: PamAsset | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a PAM asset.

        ``PATCH /api/rest/v1/assets/{code}`` (deprecated) (Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "pam_assets.upsert(): PATCH /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            Iterable[PamAsset | Mapping[str, object]]
            | AsyncIterable[PamAsset | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several PAM assets.

        ``PATCH /api/rest/v1/assets`` (deprecated) (Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        warnings.warn(
            "pam_assets.upsert_many(): PATCH /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/assets",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
