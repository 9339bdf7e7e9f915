# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``family_variants`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncFamilyVariants", "FamilyVariants"]


class FamilyVariants:
    """Operations on family_variants."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        family_code: str,
        body: _m.FamilyVariant | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a family variant.

        ``POST /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Args:
            family_code: The family's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def get(
        self,
        family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.FamilyVariant:
        """Read one family variant.

        ``GET /api/rest/v1/families/{family_code}/variants/{code}`` (since 2.x)

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.FamilyVariant, response)

    def list(
        self,
        family_code: str,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            family_code: The family's code.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.FamilyVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        family_code: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Fetch one page, with its items, links and count.

        Args:
            family_code: The family's code.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.FamilyVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        family_code: str,
        code: str,
        body: _m.FamilyVariant | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a family variant.

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}`` (since 2.x)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        family_code: str,
        items: _abc.Iterable[_m.FamilyVariant | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several variants of a family.

        ``PATCH /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            family_code: The family's code.

        """

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            {"family_code": family_code},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncFamilyVariants:
    """Operations on family_variants (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        family_code: str,
        body: _m.FamilyVariant | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a family variant.

        ``POST /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Args:
            family_code: The family's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    async def get(
        self,
        family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.FamilyVariant:
        """Read one family variant.

        ``GET /api/rest/v1/families/{family_code}/variants/{code}`` (since 2.x)

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.FamilyVariant, response)

    def list(
        self,
        family_code: str,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            family_code: The family's code.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.FamilyVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        family_code: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Fetch one page, with its items, links and count.

        Args:
            family_code: The family's code.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.FamilyVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        family_code: str,
        code: str,
        body: _m.FamilyVariant | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a family variant.

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}`` (since 2.x)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        family_code: str,
        items: (
            _abc.Iterable[_m.FamilyVariant | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.FamilyVariant | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several variants of a family.

        ``PATCH /api/rest/v1/families/{family_code}/variants`` (since 2.x)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            family_code: The family's code.

        """

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            {"family_code": family_code},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
