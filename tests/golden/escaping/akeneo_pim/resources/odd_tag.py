# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""The ``odd_tag`` resource: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._parse import parse_json
from ..models.odd_tag import GetOdd200Response

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncOddTag", "OddTag"]


class OddTag:
    """Operations on odd_tag."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get_odd(
        self,
        code: str,
        *,
        weird_name: Literal['a"b', "c\\d", "'''", '"""'] | None = None,
    ) -> GetOdd200Response:
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
        )
        return parse_json(GetOdd200Response, response.content)


class AsyncOddTag:
    """Operations on odd_tag (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get_odd(
        self,
        code: str,
        *,
        weird_name: Literal['a"b', "c\\d", "'''", '"""'] | None = None,
    ) -> GetOdd200Response:
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
        )
        return parse_json(GetOdd200Response, response.content)
