# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``published_products`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import typing as _t
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPublishedProducts", "PublishedProducts"]


class PublishedProducts:
    """Operations on published_products."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PublishedProduct:
        """Read one published product.

        ``GET /api/rest/v1/published-products/{code}`` (deprecated) (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "published_products.get(): GET /api/rest/v1/published-products/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/published-products/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PublishedProduct, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.PublishedProduct]:
        """List published products.

        ``GET /api/rest/v1/published-products`` (deprecated) (since 2.x, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "published_products.list(): GET /api/rest/v1/published-products is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/published-products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PublishedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PublishedProduct]:
        """List published products.

        ``GET /api/rest/v1/published-products`` (deprecated) (since 2.x, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

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
        _warnings.warn(
            "published_products.list(): GET /api/rest/v1/published-products is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/published-products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PublishedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )


class AsyncPublishedProducts:
    """Operations on published_products (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PublishedProduct:
        """Read one published product.

        ``GET /api/rest/v1/published-products/{code}`` (deprecated) (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "published_products.get(): GET /api/rest/v1/published-products/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/published-products/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PublishedProduct, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.PublishedProduct]:
        """List published products.

        ``GET /api/rest/v1/published-products`` (deprecated) (since 2.x, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "published_products.list(): GET /api/rest/v1/published-products is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/published-products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PublishedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PublishedProduct]:
        """List published products.

        ``GET /api/rest/v1/published-products`` (deprecated) (since 2.x, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

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
        _warnings.warn(
            "published_products.list(): GET /api/rest/v1/published-products is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/published-products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PublishedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )
