# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reference_entity_attributes`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncReferenceEntityAttributes", "ReferenceEntityAttributes"]


class ReferenceEntityAttributes:
    """Operations on reference_entity_attributes."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ReferenceEntityAttribute:
        """Read one attribute of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ReferenceEntityAttribute, response)

    def list(
        self,
        reference_entity_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.ReferenceEntityAttribute]:
        """List the attributes of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
            path_params={"reference_entity_code": reference_entity_code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.ReferenceEntityAttribute], response)

    def upsert(
        self,
        reference_entity_code: str,
        code: str,
        body: _m.ReferenceEntityAttribute | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute of a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncReferenceEntityAttributes:
    """Operations on reference_entity_attributes (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        reference_entity_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ReferenceEntityAttribute:
        """Read one attribute of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ReferenceEntityAttribute, response)

    async def list(
        self,
        reference_entity_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.ReferenceEntityAttribute]:
        """List the attributes of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
            path_params={"reference_entity_code": reference_entity_code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.ReferenceEntityAttribute], response)

    async def upsert(
        self,
        reference_entity_code: str,
        code: str,
        body: _m.ReferenceEntityAttribute | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an attribute of a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
