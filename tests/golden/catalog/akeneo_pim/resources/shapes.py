# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``shapes`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncShapes", "Shapes"]


class Shapes:
    """Operations on shapes."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def list_shapes(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Circle | _m.Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.Circle | _m.Square),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_shapes_page(
        self,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Circle | _m.Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Fetch one page, with its items, links and count.

        Args:
            search_after: search_after

            limit: limit

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"search_after": search_after, "limit": limit},
            parse=_rt.validator(_m.Circle | _m.Square),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def turn(
        self,
        code: str,
        body: _m.RotateShapeBody | _abc.Mapping[str, object] | None = None,
        *,
        import_: bool | None = None,
        x_request_id: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Circle | _m.Square:
        """Rotate a shape.

        ``POST /api/catalog/shapes/{code}/rotate``

        Args:
            code: code

            import_: import

            x_request_id: X-Request-Id

        """

        response = self._http.request(
            "POST",
            "/api/catalog/shapes/{code}/rotate",
            path_params={"code": code},
            query={"import": import_},
            json=body,
            content_type="application/json",
            headers={"X-Request-Id": x_request_id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Circle | _m.Square, response)

    def upsert_shapes(
        self,
        body: list[_m.Circle],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.LineStatus]:
        """Create or update shapes, as a JSON array.

        ``PATCH /api/catalog/shapes``
        """

        response = self._http.request(
            "PATCH",
            "/api/catalog/shapes",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.LineStatus], response)


class AsyncShapes:
    """Operations on shapes (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    def list_shapes(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Circle | _m.Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: limit

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.Circle | _m.Square),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_shapes_page(
        self,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Circle | _m.Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Fetch one page, with its items, links and count.

        Args:
            search_after: search_after

            limit: limit

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"search_after": search_after, "limit": limit},
            parse=_rt.validator(_m.Circle | _m.Square),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def turn(
        self,
        code: str,
        body: _m.RotateShapeBody | _abc.Mapping[str, object] | None = None,
        *,
        import_: bool | None = None,
        x_request_id: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Circle | _m.Square:
        """Rotate a shape.

        ``POST /api/catalog/shapes/{code}/rotate``

        Args:
            code: code

            import_: import

            x_request_id: X-Request-Id

        """

        response = await self._http.request(
            "POST",
            "/api/catalog/shapes/{code}/rotate",
            path_params={"code": code},
            query={"import": import_},
            json=body,
            content_type="application/json",
            headers={"X-Request-Id": x_request_id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Circle | _m.Square, response)

    async def upsert_shapes(
        self,
        body: list[_m.Circle],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.LineStatus]:
        """Create or update shapes, as a JSON array.

        ``PATCH /api/catalog/shapes``
        """

        response = await self._http.request(
            "PATCH",
            "/api/catalog/shapes",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.LineStatus], response)
