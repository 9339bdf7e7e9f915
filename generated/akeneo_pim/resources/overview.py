# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``overview`` resource: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._parse import parse_json
from ..models.overview import ApiOverview

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncOverview", "Overview"]


class Overview:
    """Operations on overview."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
    ) -> ApiOverview:
        """List the routes of the API.

        ``GET /api/rest/v1``
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1",
            path_params={},
            authenticated=False,
        )
        return parse_json(ApiOverview, response.content)


class AsyncOverview:
    """Operations on overview (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
    ) -> ApiOverview:
        """List the routes of the API.

        ``GET /api/rest/v1``
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1",
            path_params={},
            authenticated=False,
        )
        return parse_json(ApiOverview, response.content)
