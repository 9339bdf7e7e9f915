# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``family_variants`` resource: 5 operation(s)."""

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
from ..models.family_variants import FamilyVariant

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncFamilyVariants", "FamilyVariants"]


class FamilyVariants:
    """Operations on family_variants."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def create(
        self,
        family_code: str,
        body: FamilyVariant | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a family variant.

        ``POST /api/rest/v1/families/{family_code}/variants``

        Args:
            family_code: The family's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    def get(
        self,
        family_code: str,
        code: str,
    ) -> FamilyVariant:
        """Read one family variant.

        ``GET /api/rest/v1/families/{family_code}/variants/{code}``

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
        )
        return parse_json(FamilyVariant, response.content)

    def list(
        self,
        family_code: str,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> SyncPaginator[FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            family_code: The family's code.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"limit": limit, "with_count": with_count},
            parse=validator(FamilyVariant),
        )

    def list_page(
        self,
        family_code: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants``

        Fetch one page, with its items, links and count.

        Args:
            family_code: The family's code.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(FamilyVariant),
        )

    def upsert(
        self,
        family_code: str,
        code: str,
        body: FamilyVariant | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a family variant.

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}``

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
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        family_code: str,
        items: Iterable[FamilyVariant | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several variants of a family.

        ``PATCH /api/rest/v1/families/{family_code}/variants``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            family_code: The family's code.

        """

        return sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            {"family_code": family_code},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncFamilyVariants:
    """Operations on family_variants (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        family_code: str,
        body: FamilyVariant | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create a family variant.

        ``POST /api/rest/v1/families/{family_code}/variants``

        Args:
            family_code: The family's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            json=body,
            content_type="application/json",
        )
        return UpsertOutcome.from_response(response)

    async def get(
        self,
        family_code: str,
        code: str,
    ) -> FamilyVariant:
        """Read one family variant.

        ``GET /api/rest/v1/families/{family_code}/variants/{code}``

        Args:
            family_code: The family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/families/{family_code}/variants/{code}",
            path_params={"family_code": family_code, "code": code},
        )
        return parse_json(FamilyVariant, response.content)

    def list(
        self,
        family_code: str,
        *,
        limit: int = 100,
        with_count: bool | None = None,
    ) -> AsyncPaginator[FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
            family_code: The family's code.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"limit": limit, "with_count": with_count},
            parse=validator(FamilyVariant),
        )

    async def list_page(
        self,
        family_code: str,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
    ) -> Page[FamilyVariant]:
        """List the variants of a family.

        ``GET /api/rest/v1/families/{family_code}/variants``

        Fetch one page, with its items, links and count.

        Args:
            family_code: The family's code.

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            path_params={"family_code": family_code},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=validator(FamilyVariant),
        )

    async def upsert(
        self,
        family_code: str,
        code: str,
        body: FamilyVariant | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a family variant.

        ``PATCH /api/rest/v1/families/{family_code}/variants/{code}``

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
        )
        return UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        family_code: str,
        items: (
            Iterable[FamilyVariant | Mapping[str, object]]
            | AsyncIterable[FamilyVariant | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several variants of a family.

        ``PATCH /api/rest/v1/families/{family_code}/variants``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            family_code: The family's code.

        """

        return async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/families/{family_code}/variants",
            {"family_code": family_code},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
