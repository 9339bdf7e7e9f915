# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``channels`` resource: 5 operation(s)."""

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
from ..models.channels import Channel

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncChannels", "Channels"]


class Channels:
    """Operations on channels."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: Channel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a channel.

        ``POST /api/rest/v1/channels``
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/channels",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def get(
        self,
        code: str,
    ) -> Channel:
        """Read one channel.

        ``GET /api/rest/v1/channels/{code}``

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/channels/{code}",
            path_params={"code": code},
        )
        return parse_json(Channel, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[Channel]:
        """List channels.

        ``GET /api/rest/v1/channels``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/channels",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(Channel),
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Channel]:
        """List channels.

        ``GET /api/rest/v1/channels``

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/channels",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(Channel),
        )

    def upsert(
        self,
        code: str,
        body: Channel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a channel.

        ``PATCH /api/rest/v1/channels/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/channels/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: Iterable[Channel | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several channels.

        ``PATCH /api/rest/v1/channels``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/channels",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncChannels:
    """Operations on channels (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: Channel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a channel.

        ``POST /api/rest/v1/channels``
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/channels",
            path_params={},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    async def get(
        self,
        code: str,
    ) -> Channel:
        """Read one channel.

        ``GET /api/rest/v1/channels/{code}``

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/channels/{code}",
            path_params={"code": code},
        )
        return parse_json(Channel, response.content)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[Channel]:
        """List channels.

        ``GET /api/rest/v1/channels``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/channels",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=validator(Channel),
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[Channel]:
        """List channels.

        ``GET /api/rest/v1/channels``

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/channels",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(Channel),
        )

    async def upsert(
        self,
        code: str,
        body: Channel | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a channel.

        ``PATCH /api/rest/v1/channels/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/channels/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            Iterable[Channel | Mapping[str, object]] | AsyncIterable[Channel | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several channels.

        ``PATCH /api/rest/v1/channels``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/channels",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
