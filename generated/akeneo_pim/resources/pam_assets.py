# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_assets`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import typing as _t
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPamAssets", "PamAssets"]


class PamAssets:
    """Operations on pam_assets."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.PamAsset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a PAM asset.

        ``POST /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)
        """
        _warnings.warn(
            "pam_assets.create(): POST /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "POST",
            "/api/rest/v1/assets",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAsset:
        """Read one PAM asset.

        ``GET /api/rest/v1/assets/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_assets.get(): GET /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAsset, response)

    def list(
        self,
        *,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={"pagination_type": pagination_type, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAsset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PamAsset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.PamAsset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset.

        ``PATCH /api/rest/v1/assets/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_assets.upsert(): PATCH /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.PamAsset | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several PAM assets.

        ``PATCH /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        _warnings.warn(
            "pam_assets.upsert_many(): PATCH /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/assets",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncPamAssets:
    """Operations on pam_assets (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.PamAsset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a PAM asset.

        ``POST /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)
        """
        _warnings.warn(
            "pam_assets.create(): POST /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "POST",
            "/api/rest/v1/assets",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.PamAsset:
        """Read one PAM asset.

        ``GET /api/rest/v1/assets/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_assets.get(): GET /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAsset, response)

    def list(
        self,
        *,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={"pagination_type": pagination_type, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAsset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.PamAsset]:
        """List PAM assets.

        ``GET /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_assets.list(): GET /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/assets",
            path_params={},
            query={
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "with_count": with_count,
            },
            parse=_rt.validator(_m.PamAsset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.PamAsset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset.

        ``PATCH /api/rest/v1/assets/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_assets.upsert(): PATCH /api/rest/v1/assets/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/assets/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.PamAsset | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.PamAsset | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several PAM assets.

        ``PATCH /api/rest/v1/assets`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        _warnings.warn(
            "pam_assets.upsert_many(): PATCH /api/rest/v1/assets is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/assets",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
