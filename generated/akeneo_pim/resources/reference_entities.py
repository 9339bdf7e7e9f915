# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reference_entities`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page, UpsertOutcome
from ..models.reference_entities import ReferenceEntity

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncReferenceEntities", "ReferenceEntities"]


class ReferenceEntities:
    """Operations on reference_entities."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
    ) -> ReferenceEntity:
        """Read one reference entity.

        ``GET /api/rest/v1/reference-entities/{code}`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
        )
        return parse_json(ReferenceEntity, response.content)

    def list(
        self,
    ) -> SyncPaginator[ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
        """

        return SyncPaginator(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={},
            parse=validator(ReferenceEntity),
        )

    def list_page(
        self,
        *,
        search_after: str | None = None,
    ) -> Page[ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={"search_after": search_after},
            parse=validator(ReferenceEntity),
        )

    def upsert(
        self,
        code: str,
        body: ReferenceEntity | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)


class AsyncReferenceEntities:
    """Operations on reference_entities (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
    ) -> ReferenceEntity:
        """Read one reference entity.

        ``GET /api/rest/v1/reference-entities/{code}`` (Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{code}",
            path_params={"code": code},
        )
        return parse_json(ReferenceEntity, response.content)

    def list(
        self,
    ) -> AsyncPaginator[ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).

        Args:
        """

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={},
            parse=validator(ReferenceEntity),
        )

    async def list_page(
        self,
        *,
        search_after: str | None = None,
    ) -> Page[ReferenceEntity]:
        """List reference entities.

        ``GET /api/rest/v1/reference-entities`` (Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/reference-entities",
            path_params={},
            query={"search_after": search_after},
            parse=validator(ReferenceEntity),
        )

    async def upsert(
        self,
        code: str,
        body: ReferenceEntity | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)
