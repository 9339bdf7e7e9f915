# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``auth`` resource: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._parse import parse_json
from ..models.auth import Token, TokenRequest

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncAuth", "Auth"]


class Auth:
    """Operations on auth."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def token(
        self,
        body: TokenRequest | Mapping[str, object],
    ) -> Token:
        """Get an access token.

        ``POST /api/oauth/v1/token``
        """

        response = self._http.request(
            "POST",
            "/api/oauth/v1/token",
            path_params={},
            headers={"Authorization": self._http.settings.basic_authorization()},
            authenticated=False,
            json=body,
            content_type="application/json",
        )
        return parse_json(Token, response.content)


class AsyncAuth:
    """Operations on auth (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def token(
        self,
        body: TokenRequest | Mapping[str, object],
    ) -> Token:
        """Get an access token.

        ``POST /api/oauth/v1/token``
        """

        response = await self._http.request(
            "POST",
            "/api/oauth/v1/token",
            path_params={},
            headers={"Authorization": self._http.settings.basic_authorization()},
            authenticated=False,
            json=body,
            content_type="application/json",
        )
        return parse_json(Token, response.content)
