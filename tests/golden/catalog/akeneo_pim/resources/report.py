# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``report`` resource: 1 operation(s)."""

from __future__ import annotations

from .. import _rt

__all__ = ["AsyncReport", "Report"]


class Report:
    """Operations on report."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get_report(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """A text report.

        ``GET /api/catalog/report``
        """

        response = self._http.request(
            "GET",
            "/api/catalog/report",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return response.text


class AsyncReport:
    """Operations on report (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get_report(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> str:
        """A text report.

        ``GET /api/catalog/report``
        """

        response = await self._http.request(
            "GET",
            "/api/catalog/report",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return response.text
