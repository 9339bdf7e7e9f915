# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``product_models`` resource: 8 operation(s)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._overlays._async import ndjson as async_ndjson
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import ndjson as sync_ndjson
from .._parse import parse_json, validator
from .._search import Search
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.product_models import ProductModel

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncProductModels", "ProductModels"]


class ProductModels:
    """Operations on product_models."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: ProductModel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a product model.

        ``POST /api/rest/v1/product-models``
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/product-models",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def delete(
        self,
        code: str,
    ) -> None:
        """Delete one product model.

        ``DELETE /api/rest/v1/product-models/{code}``

        Args:
            code: The resource's code.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
        )

    def get(
        self,
        code: str,
        *,
        with_quality_scores: bool | None = None,
    ) -> ProductModel:
        """Read one product model.

        ``GET /api/rest/v1/product-models/{code}``

        Args:
            code: The resource's code.

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
            query={"with_quality_scores": with_quality_scores},
        )
        return parse_json(ProductModel, response.content)

    def get_draft(
        self,
        code: str,
    ) -> ProductModel:
        """Get the product model draft.

        ``GET /api/rest/v1/product-models/{code}/draft`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/product-models/{code}/draft",
            path_params={"code": code},
        )
        return parse_json(ProductModel, response.content)

    def list(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: str | None = None,
        attributes: str | None = None,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        with_quality_scores: bool | None = None,
    ) -> SyncPaginator[ProductModel]:
        """List product models.

        ``GET /api/rest/v1/product-models``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            attributes: Comma-separated attribute codes: keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/product-models",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
                "with_quality_scores": with_quality_scores,
            },
            parse=validator(ProductModel),
        )

    def list_page(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: str | None = None,
        attributes: str | None = None,
        pagination_type: Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        with_quality_scores: bool | None = None,
    ) -> Page[ProductModel]:
        """List product models.

        ``GET /api/rest/v1/product-models``

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            attributes: Comma-separated attribute codes: keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/product-models",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
                "with_quality_scores": with_quality_scores,
            },
            parse=validator(ProductModel),
        )

    def submit_proposal(
        self,
        code: str,
    ) -> UpsertOutcome:
        """Submit the product model draft for approval.

        ``POST /api/rest/v1/product-models/{code}/proposal`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/product-models/{code}/proposal",
            path_params={"code": code},
        )
        return UpsertOutcome.from_response(response)

    def upsert(
        self,
        code: str,
        body: ProductModel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a product model.

        ``PATCH /api/rest/v1/product-models/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: Iterable[ProductModel | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several product models.

        ``PATCH /api/rest/v1/product-models``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/product-models",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncProductModels:
    """Operations on product_models (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: ProductModel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a product model.

        ``POST /api/rest/v1/product-models``
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/product-models",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    async def delete(
        self,
        code: str,
    ) -> None:
        """Delete one product model.

        ``DELETE /api/rest/v1/product-models/{code}``

        Args:
            code: The resource's code.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
        )

    async def get(
        self,
        code: str,
        *,
        with_quality_scores: bool | None = None,
    ) -> ProductModel:
        """Read one product model.

        ``GET /api/rest/v1/product-models/{code}``

        Args:
            code: The resource's code.

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
            query={"with_quality_scores": with_quality_scores},
        )
        return parse_json(ProductModel, response.content)

    async def get_draft(
        self,
        code: str,
    ) -> ProductModel:
        """Get the product model draft.

        ``GET /api/rest/v1/product-models/{code}/draft`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/product-models/{code}/draft",
            path_params={"code": code},
        )
        return parse_json(ProductModel, response.content)

    def list(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: str | None = None,
        attributes: str | None = None,
        pagination_type: Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        with_quality_scores: bool | None = None,
    ) -> AsyncPaginator[ProductModel]:
        """List product models.

        ``GET /api/rest/v1/product-models``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            attributes: Comma-separated attribute codes: keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/product-models",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
                "with_quality_scores": with_quality_scores,
            },
            parse=validator(ProductModel),
        )

    async def list_page(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: str | None = None,
        attributes: str | None = None,
        pagination_type: Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        with_quality_scores: bool | None = None,
    ) -> Page[ProductModel]:
        """List product models.

        ``GET /api/rest/v1/product-models``

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Comma-separated locale codes: keep only those localizable values (and the
                non-localizable ones).

            attributes: Comma-separated attribute codes: keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/product-models",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": locales,
                "attributes": attributes,
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
                "with_quality_scores": with_quality_scores,
            },
            parse=validator(ProductModel),
        )

    async def submit_proposal(
        self,
        code: str,
    ) -> UpsertOutcome:
        """Submit the product model draft for approval.

        ``POST /api/rest/v1/product-models/{code}/proposal`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/product-models/{code}/proposal",
            path_params={"code": code},
        )
        return UpsertOutcome.from_response(response)

    async def upsert(
        self,
        code: str,
        body: ProductModel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a product model.

        ``PATCH /api/rest/v1/product-models/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/product-models/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            Iterable[ProductModel | Mapping[str, object]]
            | AsyncIterable[ProductModel | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several product models.

        ``PATCH /api/rest/v1/product-models``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/product-models",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
