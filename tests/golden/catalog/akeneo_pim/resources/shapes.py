# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``shapes`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._encoding import encode_query
from .._overlays._async import json_batch as async_json_batch
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import json_batch as sync_json_batch
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page
from ..models.shapes import Circle, RotateShapeBody, Square

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncShapes", "Shapes"]


class Shapes:
    """Operations on shapes."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list_shapes(
        self,
        *,
        limit: int = 100,
    ) -> SyncPaginator[Circle | Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit

        """

        return SyncPaginator(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"limit": limit},
            parse=validator(Circle | Square),
        )

    def list_shapes_page(
        self,
        *,
        search_after: str | None = None,
        limit: int | None = None,
    ) -> Page[Circle | Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Fetch one page, with its items, links and count.

        Args:
            search_after: search_after

            limit: limit

        """

        return sync_fetch_page(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"search_after": search_after, "limit": limit},
            parse=validator(Circle | Square),
        )

    def turn(
        self,
        code: str,
        body: RotateShapeBody | Mapping[str, object] | None = None,
        *,
        import_: bool | None = None,
        x_request_id: str | None = None,
    ) -> Circle | Square:
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
            headers=dict(encode_query({"X-Request-Id": x_request_id})),
            json=body,
            content_type="application/json",
        )
        return parse_json(Circle | Square, response.content)

    def upsert_shapes(
        self,
        items: Iterable[Circle | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update shapes, as a JSON array.

        ``PATCH /api/catalog/shapes``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_json_batch.upsert_array(
            self._http,
            "/api/catalog/shapes",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncShapes:
    """Operations on shapes (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    def list_shapes(
        self,
        *,
        limit: int = 100,
    ) -> AsyncPaginator[Circle | Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit

        """

        return AsyncPaginator(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"limit": limit},
            parse=validator(Circle | Square),
        )

    async def list_shapes_page(
        self,
        *,
        search_after: str | None = None,
        limit: int | None = None,
    ) -> Page[Circle | Square]:
        """List shapes with a cursor.

        ``GET /api/catalog/shapes``

        Fetch one page, with its items, links and count.

        Args:
            search_after: search_after

            limit: limit

        """

        return await async_fetch_page(
            self._http,
            "/api/catalog/shapes",
            path_params={},
            query={"search_after": search_after, "limit": limit},
            parse=validator(Circle | Square),
        )

    async def turn(
        self,
        code: str,
        body: RotateShapeBody | Mapping[str, object] | None = None,
        *,
        import_: bool | None = None,
        x_request_id: str | None = None,
    ) -> Circle | Square:
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
            headers=dict(encode_query({"X-Request-Id": x_request_id})),
            json=body,
            content_type="application/json",
        )
        return parse_json(Circle | Square, response.content)

    def upsert_shapes(
        self,
        items: (
            Iterable[Circle | Mapping[str, object]] | AsyncIterable[Circle | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update shapes, as a JSON array.

        ``PATCH /api/catalog/shapes``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_json_batch.upsert_array(
            self._http,
            "/api/catalog/shapes",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
