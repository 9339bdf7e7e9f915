# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reports`` resource: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncReports", "Reports"]


class Reports:
    """Operations on reports."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
    ) -> str:
        """A text report.

        ``GET /api/catalog/report``
        """

        response = self._http.request(
            "GET",
            "/api/catalog/report",
            path_params={},
        )
        return response.text


class AsyncReports:
    """Operations on reports (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
    ) -> str:
        """A text report.

        ``GET /api/catalog/report``
        """

        response = await self._http.request(
            "GET",
            "/api/catalog/report",
            path_params={},
        )
        return response.text
