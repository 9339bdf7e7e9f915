# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``measure_families`` resource: 2 operation(s)."""

from __future__ import annotations

import warnings as _warnings

from .. import _rt
from .. import models as _m

__all__ = ["AsyncMeasureFamilies", "MeasureFamilies"]


class MeasureFamilies:
    """Operations on measure_families."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.MeasureFamily:
        """Read one measure family.

        ``GET /api/rest/v1/measure-families/{code}`` (deprecated) (since 2.x)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "measure_families.get(): GET /api/rest/v1/measure-families/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/measure-families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.MeasureFamily, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated) (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.
        """
        _warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.MeasureFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated) (since 2.x)

        Fetch one page, with its items, links and count.
        """
        _warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.MeasureFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )


class AsyncMeasureFamilies:
    """Operations on measure_families (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.MeasureFamily:
        """Read one measure family.

        ``GET /api/rest/v1/measure-families/{code}`` (deprecated) (since 2.x)

        Args:
            code: The resource's code.

        """
        _warnings.warn(
            "measure_families.get(): GET /api/rest/v1/measure-families/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/measure-families/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.MeasureFamily, response)

    def list(
        self,
        *,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated) (since 2.x)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.
        """
        _warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.MeasureFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated) (since 2.x)

        Fetch one page, with its items, links and count.
        """
        _warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=_rt.validator(_m.MeasureFamily),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )
