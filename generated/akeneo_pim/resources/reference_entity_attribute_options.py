# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reference_entity_attribute_options`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncReferenceEntityAttributeOptions", "ReferenceEntityAttributeOptions"]


class ReferenceEntityAttributeOptions:
    """Operations on reference_entity_attribute_options."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AttributeOptionCode:
        """Read one option of a reference entity attribute.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AttributeOptionCode, response)

    def list(
        self,
        reference_entity_code: str,
        attribute_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.AttributeOptionCode]:
        """List the options of a reference entity attribute.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.AttributeOptionCode], response)

    def upsert(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        body: _m.AttributeOptionCode | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an option of a reference entity attribute.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncReferenceEntityAttributeOptions:
    """Operations on reference_entity_attribute_options (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AttributeOptionCode:
        """Read one option of a reference entity attribute.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AttributeOptionCode, response)

    async def list(
        self,
        reference_entity_code: str,
        attribute_code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.AttributeOptionCode]:
        """List the options of a reference entity attribute.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options`` (since 3.x, Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.AttributeOptionCode], response)

    async def upsert(
        self,
        reference_entity_code: str,
        attribute_code: str,
        code: str,
        body: _m.AttributeOptionCode | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an option of a reference entity attribute.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}`` (since 3.x, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            reference_entity_code: The reference entity's code.

            attribute_code: The attribute's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}",
            path_params={
                "reference_entity_code": reference_entity_code,
                "attribute_code": attribute_code,
                "code": code,
            },
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
