# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``category`` resource: 5 operation(s)."""

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
from ..models.category import Category

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncCategoryResource", "CategoryResource"]


class CategoryResource:
    """Operations on category."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def delete_category(
        self,
        code: str,
    ) -> None:
        """Delete a category.

        ``DELETE /api/catalog/categories/{code}`` (deprecated)

        Args:
            code: code

        """
        warnings.warn(
            "category.delete_category(): DELETE /api/catalog/categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        self._http.request(
            "DELETE",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
        )

    def get_category(
        self,
        code: str,
        *,
        with_position: bool | None = None,
    ) -> Category:
        """Get a category with its children.

        ``GET /api/catalog/categories/{code}``

        Args:
            code: code

            with_position: with_position

        """

        response = self._http.request(
            "GET",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            query={"with_position": with_position},
        )
        return parse_json(Category, response.content)

    def list_categories(
        self,
        *,
        limit: int = 100,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        search: str | None = None,
        from_: str | None = None,
    ) -> SyncPaginator[Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search: search

            from_: A keyword as a parameter name.

        """

        return SyncPaginator(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "limit": limit,
                "pagination_type": pagination_type,
                "search": search,
                "from": from_,
            },
            parse=validator(Category),
        )

    def list_categories_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        pagination_type: Literal["page", "search_after"] | None = None,
        search_after: str | None = None,
        search: str | None = None,
        from_: str | None = None,
    ) -> Page[Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search_after: search_after

            search: search

            from_: A keyword as a parameter name.

        """

        return sync_fetch_page(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "page": page,
                "limit": limit,
                "pagination_type": pagination_type,
                "search_after": search_after,
                "search": search,
                "from": from_,
            },
            parse=validator(Category),
        )

    def upsert_categories(
        self,
        items: Iterable[Category | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update categories, one JSON line each.

        ``PATCH /api/catalog/categories``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/catalog/categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )

    def upsert_category(
        self,
        code: str,
        body: Category | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a category.

        ``PATCH /api/catalog/categories/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "PATCH",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)


class AsyncCategoryResource:
    """Operations on category (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def delete_category(
        self,
        code: str,
    ) -> None:
        """Delete a category.

        ``DELETE /api/catalog/categories/{code}`` (deprecated)

        Args:
            code: code

        """
        warnings.warn(
            "category.delete_category(): DELETE /api/catalog/categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        await self._http.request(
            "DELETE",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
        )

    async def get_category(
        self,
        code: str,
        *,
        with_position: bool | None = None,
    ) -> Category:
        """Get a category with its children.

        ``GET /api/catalog/categories/{code}``

        Args:
            code: code

            with_position: with_position

        """

        response = await self._http.request(
            "GET",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            query={"with_position": with_position},
        )
        return parse_json(Category, response.content)

    def list_categories(
        self,
        *,
        limit: int = 100,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        search: str | None = None,
        from_: str | None = None,
    ) -> AsyncPaginator[Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search: search

            from_: A keyword as a parameter name.

        """

        return AsyncPaginator(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "limit": limit,
                "pagination_type": pagination_type,
                "search": search,
                "from": from_,
            },
            parse=validator(Category),
        )

    async def list_categories_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        pagination_type: Literal["page", "search_after"] | None = None,
        search_after: str | None = None,
        search: str | None = None,
        from_: str | None = None,
    ) -> Page[Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search_after: search_after

            search: search

            from_: A keyword as a parameter name.

        """

        return await async_fetch_page(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "page": page,
                "limit": limit,
                "pagination_type": pagination_type,
                "search_after": search_after,
                "search": search,
                "from": from_,
            },
            parse=validator(Category),
        )

    def upsert_categories(
        self,
        items: (
            Iterable[Category | Mapping[str, object]]
            | AsyncIterable[Category | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update categories, one JSON line each.

        ``PATCH /api/catalog/categories``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_ndjson.upsert_lines(
            self._http,
            "/api/catalog/categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def upsert_category(
        self,
        code: str,
        body: Category | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a category.

        ``PATCH /api/catalog/categories/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "PATCH",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)
