# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``asset_families`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AssetFamilies", "AsyncAssetFamilies"]


class AssetFamilies:
    """Operations on asset_families."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AssetFamily:
        """Read one asset family.

        ``GET /api/rest/v1/asset-families/{code}`` (since 3.2, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AssetFamily, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (since 3.2, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.AssetFamily),
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
    ) -> _rt.Page[_m.AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (since 3.2, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={"search_after": search_after},
            parse=_rt.validator(_m.AssetFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.AssetFamily | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an asset family.

        ``PATCH /api/rest/v1/asset-families/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncAssetFamilies:
    """Operations on asset_families (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AssetFamily:
        """Read one asset family.

        ``GET /api/rest/v1/asset-families/{code}`` (since 3.2, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AssetFamily, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (since 3.2, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.AssetFamily),
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
    ) -> _rt.Page[_m.AssetFamily]:
        """List asset families.

        ``GET /api/rest/v1/asset-families`` (since 3.2, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/asset-families",
            path_params={},
            query={"search_after": search_after},
            parse=_rt.validator(_m.AssetFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.AssetFamily | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an asset family.

        ``PATCH /api/rest/v1/asset-families/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
