# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""The ``odd_tag`` resource: 1 operation(s)."""

from __future__ import annotations

import typing as _t

from .. import _rt
from .. import models as _m

__all__ = ["AsyncOddTag", "OddTag"]


class OddTag:
    """Operations on odd_tag."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get_odd(
        self,
        code: str,
        *,
        weird_name: _t.Literal['a"b', "c\\d", "'''", '"""'] | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.GetOdd200Response:
        """Ends with a quote ".

        ``GET /api/odd/{code}``

        Backslash \\N{x} and \\ at the end \\

        Args:
            code: \"\"\"); import os #

            weird_name: HTML is dropped; tabs and new lines collapse.

        """

        response = self._http.request(
            "GET",
            "/api/odd/{code}",
            path_params={"code": code},
            query={'weird "name"': weird_name},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.GetOdd200Response, response)


class AsyncOddTag:
    """Operations on odd_tag (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get_odd(
        self,
        code: str,
        *,
        weird_name: _t.Literal['a"b', "c\\d", "'''", '"""'] | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.GetOdd200Response:
        """Ends with a quote ".

        ``GET /api/odd/{code}``

        Backslash \\N{x} and \\ at the end \\

        Args:
            code: \"\"\"); import os #

            weird_name: HTML is dropped; tabs and new lines collapse.

        """

        response = await self._http.request(
            "GET",
            "/api/odd/{code}",
            path_params={"code": code},
            query={'weird "name"': weird_name},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.GetOdd200Response, response)
