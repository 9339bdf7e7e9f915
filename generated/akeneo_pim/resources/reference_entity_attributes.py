# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``reference_entity_attributes`` resource: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._parse import parse_json
from .._types import UpsertOutcome
from ..models.reference_entity_attributes import ReferenceEntityAttribute

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncReferenceEntityAttributes", "ReferenceEntityAttributes"]


class ReferenceEntityAttributes:
    """Operations on reference_entity_attributes."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def get(
        self,
        reference_entity_code: str,
        code: str,
    ) -> ReferenceEntityAttribute:
        """Read one attribute of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
        )
        return parse_json(ReferenceEntityAttribute, response.content)

    def list(
        self,
        reference_entity_code: str,
    ) -> list[ReferenceEntityAttribute]:
        """List the attributes of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes`` (Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
            path_params={"reference_entity_code": reference_entity_code},
        )
        return parse_json(list[ReferenceEntityAttribute], response.content)

    def upsert(
        self,
        reference_entity_code: str,
        code: str,
        body: ReferenceEntityAttribute | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an attribute of a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)


class AsyncReferenceEntityAttributes:
    """Operations on reference_entity_attributes (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        reference_entity_code: str,
        code: str,
    ) -> ReferenceEntityAttribute:
        """Read one attribute of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}",
            path_params={"reference_entity_code": reference_entity_code, "code": code},
        )
        return parse_json(ReferenceEntityAttribute, response.content)

    async def list(
        self,
        reference_entity_code: str,
    ) -> list[ReferenceEntityAttribute]:
        """List the attributes of a reference entity.

        ``GET /api/rest/v1/reference-entities/{reference_entity_code}/attributes`` (Enterprise Edition)

        Args:
            reference_entity_code: The reference entity's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
            path_params={"reference_entity_code": reference_entity_code},
        )
        return parse_json(list[ReferenceEntityAttribute], response.content)

    async def upsert(
        self,
        reference_entity_code: str,
        code: str,
        body: ReferenceEntityAttribute | Mapping[str, object],
    ) -> UpsertOutcome:
        """Create or update an attribute of a reference entity.

        ``PATCH /api/rest/v1/reference-entities/{reference_entity_code}/attributes/{code}`` (Enterprise Edition)

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
        )
        return UpsertOutcome.from_response(response)
