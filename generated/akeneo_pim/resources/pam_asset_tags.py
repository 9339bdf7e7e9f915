# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_asset_tags`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPamAssetTags", "PamAssetTags"]


class PamAssetTags:
    """Operations on pam_asset_tags."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAssetTag:
        """Read one PAM asset tag.

        ``GET /api/rest/v1/asset-tags/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_tags.get(): GET /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetTag, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetTag),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetTag),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.PamAssetTag | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset tag.

        ``PATCH /api/rest/v1/asset-tags/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_tags.upsert(): PATCH /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncPamAssetTags:
    """Operations on pam_asset_tags (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAssetTag:
        """Read one PAM asset tag.

        ``GET /api/rest/v1/asset-tags/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_tags.get(): GET /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetTag, response)

    def list(
        self,
        *,
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetTag),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PamAssetTag]:
        """List PAM asset tags.

        ``GET /api/rest/v1/asset-tags`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_tags.list(): GET /api/rest/v1/asset-tags is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/asset-tags",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetTag),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.PamAssetTag | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset tag.

        ``PATCH /api/rest/v1/asset-tags/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_tags.upsert(): PATCH /api/rest/v1/asset-tags/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-tags/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
