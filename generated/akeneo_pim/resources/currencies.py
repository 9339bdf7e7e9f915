# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``currencies`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncCurrencies", "Currencies"]


class Currencies:
    """Operations on currencies."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Currency:
        """Read one currency.

        ``GET /api/rest/v1/currencies/{code}`` (since 2.x)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/currencies/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Currency, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies`` (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Currency),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies`` (since 2.x)

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Currency),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )


class AsyncCurrencies:
    """Operations on currencies (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Currency:
        """Read one currency.

        ``GET /api/rest/v1/currencies/{code}`` (since 2.x)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/currencies/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Currency, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies`` (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Currency),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies`` (since 2.x)

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Currency),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )
