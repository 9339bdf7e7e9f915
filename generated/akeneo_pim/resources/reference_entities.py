# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reference_entities`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncReferenceEntities", "ReferenceEntities"]


class ReferenceEntities:
    """Operations on reference_entities."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ReferenceEntity:
        """Read one reference entity.

        ``GET /api/rest/v1/reference-entities/{code}`` (since 3.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ReferenceEntity, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (since 3.x, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={},
            parse=_rt.validator(_m.ReferenceEntity),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        search_after: str | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (since 3.x, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={"search_after": search_after},
            parse=_rt.validator(_m.ReferenceEntity),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.ReferenceEntity | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncReferenceEntities:
    """Operations on reference_entities (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ReferenceEntity:
        """Read one reference entity.

        ``GET /api/rest/v1/reference-entities/{code}`` (since 3.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ReferenceEntity, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (since 3.x, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={},
            parse=_rt.validator(_m.ReferenceEntity),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        search_after: str | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (since 3.x, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={"search_after": search_after},
            parse=_rt.validator(_m.ReferenceEntity),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.ReferenceEntity | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
