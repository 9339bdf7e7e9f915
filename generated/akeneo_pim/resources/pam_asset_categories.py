# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``pam_asset_categories`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPamAssetCategories", "PamAssetCategories"]


class PamAssetCategories:
    """Operations on pam_asset_categories."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.PamAssetCategory | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a PAM asset category.

        ``POST /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)
        """
        _warnings.warn(
            "pam_asset_categories.create(): POST /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "POST",
            "/api/rest/v1/asset-categories",
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
    ) -> _m.PamAssetCategory:
        """Read one PAM asset category.

        ``GET /api/rest/v1/asset-categories/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_categories.get(): GET /api/rest/v1/asset-categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-categories/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetCategory, response)

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
    ) -> _rt.SyncPaginator[_m.PamAssetCategory]:
        """List PAM asset categories.

        ``GET /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_categories.list(): GET /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/asset-categories",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetCategory),
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
    ) -> _rt.Page[_m.PamAssetCategory]:
        """List PAM asset categories.

        ``GET /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_categories.list(): GET /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-categories",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetCategory),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        code: str,
        body: _m.PamAssetCategory | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset category.

        ``PATCH /api/rest/v1/asset-categories/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_categories.upsert(): PATCH /api/rest/v1/asset-categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-categories/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.PamAssetCategory | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several PAM asset categories.

        ``PATCH /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        _warnings.warn(
            "pam_asset_categories.upsert_many(): PATCH /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/asset-categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncPamAssetCategories:
    """Operations on pam_asset_categories (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.PamAssetCategory | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a PAM asset category.

        ``POST /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)
        """
        _warnings.warn(
            "pam_asset_categories.create(): POST /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "POST",
            "/api/rest/v1/asset-categories",
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
    ) -> _m.PamAssetCategory:
        """Read one PAM asset category.

        ``GET /api/rest/v1/asset-categories/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_categories.get(): GET /api/rest/v1/asset-categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-categories/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.PamAssetCategory, response)

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
    ) -> _rt.AsyncPaginator[_m.PamAssetCategory]:
        """List PAM asset categories.

        ``GET /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_categories.list(): GET /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-categories",
            path_params={},
            query={"limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetCategory),
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
    ) -> _rt.Page[_m.PamAssetCategory]:
        """List PAM asset categories.

        ``GET /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 10)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """
        _warnings.warn(
            "pam_asset_categories.list(): GET /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/asset-categories",
            path_params={},
            query={"page": page, "limit": limit, "with_count": with_count},
            parse=_rt.validator(_m.PamAssetCategory),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        code: str,
        body: _m.PamAssetCategory | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a PAM asset category.

        ``PATCH /api/rest/v1/asset-categories/{code}`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "pam_asset_categories.upsert(): PATCH /api/rest/v1/asset-categories/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-categories/{code}",
            path_params={"code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.PamAssetCategory | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.PamAssetCategory | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several PAM asset categories.

        ``PATCH /api/rest/v1/asset-categories`` (deprecated) (2.1 to 3.x only, not on SaaS, Enterprise Edition)

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """
        _warnings.warn(
            "pam_asset_categories.upsert_many(): PATCH /api/rest/v1/asset-categories is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/asset-categories",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
