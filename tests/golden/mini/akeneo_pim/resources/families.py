# Generated from tests/fixtures/specs/mini.yaml by akeneo-codegen. Do not edit; see README.
"""The ``families`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncFamilies", "Families"]


class Families:
    """Operations on families."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.Family | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a family.

        ``POST /api/rest/v1/families``
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/families",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Family:
        """Get a family.

        ``GET /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Family, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Family),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Family),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.Family | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a family.

        ``PATCH /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.Family | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several families.

        ``PATCH /api/rest/v1/families``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncFamilies:
    """Operations on families (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.Family | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a family.

        ``POST /api/rest/v1/families``
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/families",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Family:
        """Get a family.

        ``GET /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Family, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Family),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.Family),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.Family | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a family.

        ``PATCH /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.Family | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.Family | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several families.

        ``PATCH /api/rest/v1/families``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
