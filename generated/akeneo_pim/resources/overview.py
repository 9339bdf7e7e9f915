# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``overview`` resource: 1 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncOverview", "Overview"]


class Overview:
    """Operations on overview."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ApiOverview:
        """List the routes of the API.

        ``GET /api/rest/v1``
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1",
            path_params={},
            auth="none",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ApiOverview, response)


class AsyncOverview:
    """Operations on overview (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ApiOverview:
        """List the routes of the API.

        ``GET /api/rest/v1``
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1",
            path_params={},
            auth="none",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ApiOverview, response)
