# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``system`` resource: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._parse import parse_json
from ..models.system import SystemInformation

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncSystem", "System"]


class System:
    """Operations on system."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
    ) -> SystemInformation:
        """Get the PIM version and edition.

        ``GET /api/rest/v1/system-information``
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/system-information",
            path_params={},
            authenticated=False,
        )
        return parse_json(SystemInformation, response.content)


class AsyncSystem:
    """Operations on system (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
    ) -> SystemInformation:
        """Get the PIM version and edition.

        ``GET /api/rest/v1/system-information``
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/system-information",
            path_params={},
            authenticated=False,
        )
        return parse_json(SystemInformation, response.content)
