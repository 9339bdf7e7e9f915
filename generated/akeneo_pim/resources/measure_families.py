# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``measure_families`` resource: 2 operation(s)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from .._async._pagination import AsyncPaginator
from .._async._pagination import fetch_page as async_fetch_page
from .._parse import parse_json, validator
from .._sync._pagination import SyncPaginator
from .._sync._pagination import fetch_page as sync_fetch_page
from .._types import Page
from ..models.measure_families import MeasureFamily

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncMeasureFamilies", "MeasureFamilies"]


class MeasureFamilies:
    """Operations on measure_families."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        code: str,
    ) -> MeasureFamily:
        """Read one measure family.

        ``GET /api/rest/v1/measure-families/{code}`` (deprecated)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "measure_families.get(): GET /api/rest/v1/measure-families/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = self._http.request(
            "GET",
            "/api/rest/v1/measure-families/{code}",
            path_params={"code": code},
        )
        return parse_json(MeasureFamily, response.content)

    def list(
        self,
    ) -> SyncPaginator[MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).
        """
        warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return SyncPaginator(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=validator(MeasureFamily),
        )

    def list_page(
        self,
    ) -> Page[MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated)

        Fetch one page, with its items, links and count.
        """
        warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return sync_fetch_page(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=validator(MeasureFamily),
        )


class AsyncMeasureFamilies:
    """Operations on measure_families (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        code: str,
    ) -> MeasureFamily:
        """Read one measure family.

        ``GET /api/rest/v1/measure-families/{code}`` (deprecated)

        Args:
            code: The resource's code.

        """
        warnings.warn(
            "measure_families.get(): GET /api/rest/v1/measure-families/{code} is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        response = await self._http.request(
            "GET",
            "/api/rest/v1/measure-families/{code}",
            path_params={"code": code},
        )
        return parse_json(MeasureFamily, response.content)

    def list(
        self,
    ) -> AsyncPaginator[MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts).
        """
        warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return AsyncPaginator(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=validator(MeasureFamily),
        )

    async def list_page(
        self,
    ) -> Page[MeasureFamily]:
        """List measure families.

        ``GET /api/rest/v1/measure-families`` (deprecated)

        Fetch one page, with its items, links and count.
        """
        warnings.warn(
            "measure_families.list(): GET /api/rest/v1/measure-families is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )

        return await async_fetch_page(
            self._http,
            "/api/rest/v1/measure-families",
            path_params={},
            query={},
            parse=validator(MeasureFamily),
        )
