# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``system`` resource: 1 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncSystem", "System"]


class System:
    """Operations on system."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.SystemInformation:
        """Get the PIM version and edition.

        ``GET /api/rest/v1/system-information`` (since 6.0)
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/system-information",
            path_params={},
            auth="none",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.SystemInformation, response)


class AsyncSystem:
    """Operations on system (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.SystemInformation:
        """Get the PIM version and edition.

        ``GET /api/rest/v1/system-information`` (since 6.0)
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/system-information",
            path_params={},
            auth="none",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.SystemInformation, response)
