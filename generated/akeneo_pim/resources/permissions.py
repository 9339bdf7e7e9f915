# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``permissions`` resource: 2 operation(s)."""

from __future__ import annotations

from .. import _rt
from .. import models as _m

__all__ = ["AsyncPermissions", "Permissions"]


class Permissions:
    """Operations on permissions."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get_channels(
        self,
        user_uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UserChannelPermissions:
        """Read which channels a user may view and edit.

        ``GET /api/rest/v1/permissions/{user_uuid}/channels`` (SaaS only)

        Args:
            user_uuid: The user's UUID.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/permissions/{user_uuid}/channels",
            path_params={"user_uuid": user_uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UserChannelPermissions, response)

    def get_locales(
        self,
        user_uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UserLocalePermissions:
        """Read which locales a user may view and edit.

        ``GET /api/rest/v1/permissions/{user_uuid}/locales`` (SaaS only)

        Args:
            user_uuid: The user's UUID.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/permissions/{user_uuid}/locales",
            path_params={"user_uuid": user_uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UserLocalePermissions, response)


class AsyncPermissions:
    """Operations on permissions (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get_channels(
        self,
        user_uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UserChannelPermissions:
        """Read which channels a user may view and edit.

        ``GET /api/rest/v1/permissions/{user_uuid}/channels`` (SaaS only)

        Args:
            user_uuid: The user's UUID.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/permissions/{user_uuid}/channels",
            path_params={"user_uuid": user_uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UserChannelPermissions, response)

    async def get_locales(
        self,
        user_uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UserLocalePermissions:
        """Read which locales a user may view and edit.

        ``GET /api/rest/v1/permissions/{user_uuid}/locales`` (SaaS only)

        Args:
            user_uuid: The user's UUID.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/permissions/{user_uuid}/locales",
            path_params={"user_uuid": user_uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UserLocalePermissions, response)
