# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``field`` resource: 1 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncField", "Field"]


class Field:
    """Operations on field."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get_field(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Field:
        """A schema named like a pydantic import.

        ``GET /api/catalog/fields/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "GET",
            "/api/catalog/fields/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Field, response)


class AsyncField:
    """Operations on field (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get_field(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Field:
        """A schema named like a pydantic import.

        ``GET /api/catalog/fields/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "GET",
            "/api/catalog/fields/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Field, response)
