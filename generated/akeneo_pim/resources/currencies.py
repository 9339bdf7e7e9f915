# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``currencies`` resource: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._parse import parse_json, validator
from .._search import Search
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page
from ..models.currencies import Currency

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncCurrencies", "Currencies"]


class Currencies:
    """Operations on currencies."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
    ) -> Currency:
        """Read one currency.

        ``GET /api/rest/v1/currencies/{code}``

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/currencies/{code}",
            path_params={"code": code},
        )
        return parse_json(Currency, response.content)

    def list(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=validator(Currency),
        )

    def list_page(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies``

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

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=validator(Currency),
        )


class AsyncCurrencies:
    """Operations on currencies (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
    ) -> Currency:
        """Read one currency.

        ``GET /api/rest/v1/currencies/{code}``

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/currencies/{code}",
            path_params={"code": code},
        )
        return parse_json(Currency, response.content)

    def list(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=validator(Currency),
        )

    async def list_page(
        self,
        *,
        search: Search | Mapping[str, object] | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Currency]:
        """List currencies.

        ``GET /api/rest/v1/currencies``

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

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/currencies",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=validator(Currency),
        )
