# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The ``field`` resource: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._parse import parse_json
from ..models.field import Field_

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncFieldResource", "FieldResource"]


class FieldResource:
    """Operations on field."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get_field(
        self,
        code: str,
    ) -> Field_:
        """A schema named like a pydantic import.

        ``GET /api/catalog/fields/{code}``

        Args:
            code: code

        """

        response = self._http.request(
            "GET",
            "/api/catalog/fields/{code}",
            path_params={"code": code},
        )
        return parse_json(Field_, response.content)


class AsyncFieldResource:
    """Operations on field (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get_field(
        self,
        code: str,
    ) -> Field_:
        """A schema named like a pydantic import.

        ``GET /api/catalog/fields/{code}``

        Args:
            code: code

        """

        response = await self._http.request(
            "GET",
            "/api/catalog/fields/{code}",
            path_params={"code": code},
        )
        return parse_json(Field_, response.content)
