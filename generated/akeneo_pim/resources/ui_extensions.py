# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``ui_extensions`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncUiExtensions", "UiExtensions"]


class UiExtensions:
    """Operations on ui_extensions."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.UiExtension | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Create a UI extension.

        ``POST /api/rest/v1/ui-extensions`` (SaaS only, Enterprise Edition)

        `configuration.default_label` and `configuration.url` are always required;
        `configuration.secret` applies to `action` extensions only.
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/ui-extensions",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)

    def delete(
        self,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one UI extension.

        ``DELETE /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Args:
            uuid: The UI extension's UUID.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.UiExtension]:
        """List the UI extensions of the connection.

        ``GET /api/rest/v1/ui-extensions`` (SaaS only, Enterprise Edition)

        The extensions created with the caller's token; the reply is a plain JSON array.
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/ui-extensions",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.UiExtension], response)

    def update(
        self,
        uuid: str,
        body: _m.UiExtensionUpdate | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Change some fields of a UI extension.

        ``PATCH /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Fields left out keep their value.

        Args:
            uuid: The UI extension's UUID.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)

    def update_via_post(
        self,
        uuid: str,
        body: _m.UiExtensionUpdate | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Change some fields of a UI extension (POST form).

        ``POST /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Same as the PATCH on this path, for callers that cannot send PATCH. Fields left out
        keep their value.

        Args:
            uuid: The UI extension's UUID.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)


class AsyncUiExtensions:
    """Operations on ui_extensions (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.UiExtension | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Create a UI extension.

        ``POST /api/rest/v1/ui-extensions`` (SaaS only, Enterprise Edition)

        `configuration.default_label` and `configuration.url` are always required;
        `configuration.secret` applies to `action` extensions only.
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/ui-extensions",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)

    async def delete(
        self,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one UI extension.

        ``DELETE /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Args:
            uuid: The UI extension's UUID.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.UiExtension]:
        """List the UI extensions of the connection.

        ``GET /api/rest/v1/ui-extensions`` (SaaS only, Enterprise Edition)

        The extensions created with the caller's token; the reply is a plain JSON array.
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/ui-extensions",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.UiExtension], response)

    async def update(
        self,
        uuid: str,
        body: _m.UiExtensionUpdate | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Change some fields of a UI extension.

        ``PATCH /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Fields left out keep their value.

        Args:
            uuid: The UI extension's UUID.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)

    async def update_via_post(
        self,
        uuid: str,
        body: _m.UiExtensionUpdate | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.UiExtension:
        """Change some fields of a UI extension (POST form).

        ``POST /api/rest/v1/ui-extensions/{uuid}`` (SaaS only, Enterprise Edition)

        Same as the PATCH on this path, for callers that cannot send PATCH. Fields left out
        keep their value.

        Args:
            uuid: The UI extension's UUID.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/ui-extensions/{uuid}",
            path_params={"uuid": uuid},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.UiExtension, response)
