# Generated from tests/fixtures/specs/mini.yaml by akeneo-codegen. Do not edit; see README.
"""The ``families`` resource: 5 operation(s)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._overlays._async import ndjson as async_ndjson
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import ndjson as sync_ndjson
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.families import Family

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncFamilies", "Families"]


class Families:
    """Operations on families."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: Family | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a family.

        ``POST /api/rest/v1/families``
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/families",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def get(
        self,
        code: str,
    ) -> Family:
        """Get a family.

        ``GET /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
        )
        return parse_json(Family, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(Family),
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(Family),
        )

    def upsert(
        self,
        code: str,
        body: Family | Mapping[str, object],
    ) -> UpsertOutcome:
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
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: Iterable[Family | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several families.

        ``PATCH /api/rest/v1/families``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncFamilies:
    """Operations on families (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: Family | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a family.

        ``POST /api/rest/v1/families``
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/families",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    async def get(
        self,
        code: str,
    ) -> Family:
        """Get a family.

        ``GET /api/rest/v1/families/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/families/{code}",
            path_params={"code": code},
        )
        return parse_json(Family, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(Family),
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Family]:
        """List families.

        ``GET /api/rest/v1/families``

        Fetch one page, with its items, links and count.

        Args:
            page: page (server default: 1)

            limit: limit (server default: 10)

            with_count: with_count (server default: False)

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/families",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(Family),
        )

    async def upsert(
        self,
        code: str,
        body: Family | Mapping[str, object],
    ) -> UpsertOutcome:
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
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            Iterable[Family | Mapping[str, object]] | AsyncIterable[Family | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several families.

        ``PATCH /api/rest/v1/families``

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
