# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``category`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import datetime as _dt
import typing as _t
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncCategory", "Category"]


class Category:
    """Operations on category."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def delete_category(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete a category.

        ``DELETE /api/catalog/categories/{code}`` (deprecated)

        Args:
            code: code

        """
        _warnings.warn(
            "category.delete_category(): DELETE /api/catalog/categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        self._http.request(
            "DELETE",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get_category(
        self,
        code: str,
        *,
        with_position: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Category:
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
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Category, response)

    def list_categories(
        self,
        *,
        limit: int = 100,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        search: str | None = None,
        from_: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search: search

            from_: A keyword as a parameter name.

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "limit": limit,
                "pagination_type": pagination_type,
                "search": search,
                "from": from_,
            },
            parse=_rt.validator(_m.Category),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_categories_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        search_after: str | None = None,
        search: str | None = None,
        from_: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Category]:
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

        return _rt.sync_fetch_page(
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
            parse=_rt.validator(_m.Category),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert_categories(
        self,
        items: _abc.Iterable[_m.Category | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update categories, one JSON line each.

        ``PATCH /api/catalog/categories``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/catalog/categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def upsert_category(
        self,
        code: str,
        body: _m.Category | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
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
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncCategory:
    """Operations on category (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def delete_category(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete a category.

        ``DELETE /api/catalog/categories/{code}`` (deprecated)

        Args:
            code: code

        """
        _warnings.warn(
            "category.delete_category(): DELETE /api/catalog/categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        await self._http.request(
            "DELETE",
            "/api/catalog/categories/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get_category(
        self,
        code: str,
        *,
        with_position: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Category:
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
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Category, response)

    def list_categories(
        self,
        *,
        limit: int = 100,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        search: str | None = None,
        from_: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Category]:
        """List categories, one page at a time or with a cursor.

        ``GET /api/catalog/categories``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit (server default: 10)

            pagination_type: pagination_type (server default: "page")

            search: search

            from_: A keyword as a parameter name.

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/catalog/categories",
            path_params={},
            query={
                "limit": limit,
                "pagination_type": pagination_type,
                "search": search,
                "from": from_,
            },
            parse=_rt.validator(_m.Category),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_categories_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        search_after: str | None = None,
        search: str | None = None,
        from_: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Category]:
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

        return await _rt.async_fetch_page(
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
            parse=_rt.validator(_m.Category),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert_categories(
        self,
        items: (
            _abc.Iterable[_m.Category | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.Category | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update categories, one JSON line each.

        ``PATCH /api/catalog/categories``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/catalog/categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def upsert_category(
        self,
        code: str,
        body: _m.Category | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
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
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
