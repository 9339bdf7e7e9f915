# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``attribute_groups`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncAttributeGroups", "AttributeGroups"]


class AttributeGroups:
    """Operations on attribute_groups."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.AttributeGroup | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create an attribute group.

        ``POST /api/rest/v1/attribute-groups`` (since 2.x)
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/attribute-groups",
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
    ) -> _m.AttributeGroup:
        """Read one attribute group.

        ``GET /api/rest/v1/attribute-groups/{code}`` (since 2.x)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/attribute-groups/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AttributeGroup, response)

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
    ) -> _rt.SyncPaginator[_m.AttributeGroup]:
        """List attribute groups.

        ``GET /api/rest/v1/attribute-groups`` (since 2.x)

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
            "/api/rest/v1/attribute-groups",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.AttributeGroup),
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
    ) -> _rt.Page[_m.AttributeGroup]:
        """List attribute groups.

        ``GET /api/rest/v1/attribute-groups`` (since 2.x)

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
            "/api/rest/v1/attribute-groups",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.AttributeGroup),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.AttributeGroup | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute group.

        ``PATCH /api/rest/v1/attribute-groups/{code}`` (since 2.x)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/attribute-groups/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.AttributeGroup | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several attribute groups.

        ``PATCH /api/rest/v1/attribute-groups`` (since 2.x)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/attribute-groups",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncAttributeGroups:
    """Operations on attribute_groups (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.AttributeGroup | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create an attribute group.

        ``POST /api/rest/v1/attribute-groups`` (since 2.x)
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/attribute-groups",
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
    ) -> _m.AttributeGroup:
        """Read one attribute group.

        ``GET /api/rest/v1/attribute-groups/{code}`` (since 2.x)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/attribute-groups/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AttributeGroup, response)

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
    ) -> _rt.AsyncPaginator[_m.AttributeGroup]:
        """List attribute groups.

        ``GET /api/rest/v1/attribute-groups`` (since 2.x)

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
            "/api/rest/v1/attribute-groups",
            path_params={},
            query={"search": search, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.AttributeGroup),
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
    ) -> _rt.Page[_m.AttributeGroup]:
        """List attribute groups.

        ``GET /api/rest/v1/attribute-groups`` (since 2.x)

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
            "/api/rest/v1/attribute-groups",
            path_params={},
            query={"search": search, "page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.AttributeGroup),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.AttributeGroup | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute group.

        ``PATCH /api/rest/v1/attribute-groups/{code}`` (since 2.x)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/attribute-groups/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.AttributeGroup | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.AttributeGroup | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several attribute groups.

        ``PATCH /api/rest/v1/attribute-groups`` (since 2.x)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/attribute-groups",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
