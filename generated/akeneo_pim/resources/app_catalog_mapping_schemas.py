# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``app_catalog_mapping_schemas`` resource: 3 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AppCatalogMappingSchemas", "AsyncAppCatalogMappingSchemas"]


class AppCatalogMappingSchemas:
    """Operations on app_catalog_mapping_schemas."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def delete_product(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Remove the product mapping schema of a catalog.

        ``DELETE /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get_product(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ProductMappingSchema:
        """Read the product mapping schema of a catalog.

        ``GET /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ProductMappingSchema, response)

    def upsert_product(
        self,
        id: str,
        body: _m.ProductMappingSchema | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Set the product mapping schema of a catalog.

        ``PUT /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        The body is a JSON Schema naming the fields the app wants (`$schema` is one of the
        versions Akeneo publishes under https://api.akeneo.com/mapping/product/); PIM users
        then map attributes to them. Replaces any previous schema. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = self._http.request(
            "PUT",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)


class AsyncAppCatalogMappingSchemas:
    """Operations on app_catalog_mapping_schemas (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def delete_product(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Remove the product mapping schema of a catalog.

        ``DELETE /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get_product(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ProductMappingSchema:
        """Read the product mapping schema of a catalog.

        ``GET /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ProductMappingSchema, response)

    async def upsert_product(
        self,
        id: str,
        body: _m.ProductMappingSchema | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Set the product mapping schema of a catalog.

        ``PUT /api/rest/v1/catalogs/{id}/mapping-schemas/product`` (SaaS only)

        The body is a JSON Schema naming the fields the app wants (`$schema` is one of the
        versions Akeneo publishes under https://api.akeneo.com/mapping/product/); PIM users
        then map attributes to them. Replaces any previous schema. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = await self._http.request(
            "PUT",
            "/api/rest/v1/catalogs/{id}/mapping-schemas/product",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)
