# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``auth`` resource: 1 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncAuth", "Auth"]


class Auth:
    """Operations on auth."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def token(
        self,
        body: _m.TokenRequest | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Token:
        """Get an access token.

        ``POST /api/oauth/v1/token``
        """

        response = self._http.request(
            "POST",
            "/api/oauth/v1/token",
            path_params={},
            json=body,
            content_type="application/json",
            auth="basic",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Token, response)


class AsyncAuth:
    """Operations on auth (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def token(
        self,
        body: _m.TokenRequest | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Token:
        """Get an access token.

        ``POST /api/oauth/v1/token``
        """

        response = await self._http.request(
            "POST",
            "/api/oauth/v1/token",
            path_params={},
            json=body,
            content_type="application/json",
            auth="basic",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Token, response)
