# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``app_catalogs`` resource: 6 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AppCatalogs", "AsyncAppCatalogs"]


class AppCatalogs:
    """Operations on app_catalogs."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.AppCatalogWrite | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Create a catalog for the app.

        ``POST /api/rest/v1/catalogs`` (SaaS only)

        The new catalog starts disabled; a user enables it and chooses its products in the
        PIM. Needs an app token.
        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/catalogs",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    def delete(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one catalog of the app.

        ``DELETE /api/rest/v1/catalogs/{id}`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def duplicate(
        self,
        id: str,
        body: _m.AppCatalogDuplicate | _abc.Mapping[str, object] | None = None,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Copy a catalog.

        ``POST /api/rest/v1/catalogs/{id}/duplicate`` (SaaS only)

        The copy keeps the product selection and mapping of the original and starts
        disabled. Body fields, all optional, override the copied ones. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/catalogs/{id}/duplicate",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    def get(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Read one catalog of the app.

        ``GET /api/rest/v1/catalogs/{id}`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    def list(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.AppCatalog]:
        """List the catalogs of the app.

        ``GET /api/rest/v1/catalogs`` (SaaS only)

        Catalogs are owned by the connected app that created them; this lists the caller's
        own. Needs an app token.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 100)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.AppCatalog),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.AppCatalog]:
        """List the catalogs of the app.

        ``GET /api/rest/v1/catalogs`` (SaaS only)

        Catalogs are owned by the connected app that created them; this lists the caller's
        own. Needs an app token.

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 100)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs",
            path_params={},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.AppCatalog),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def update(
        self,
        id: str,
        body: _m.AppCatalogWrite | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Change the name, currencies or locales of a catalog.

        ``PATCH /api/rest/v1/catalogs/{id}`` (SaaS only)

        `name` is required; the lists replace the stored ones. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)


class AsyncAppCatalogs:
    """Operations on app_catalogs (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.AppCatalogWrite | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Create a catalog for the app.

        ``POST /api/rest/v1/catalogs`` (SaaS only)

        The new catalog starts disabled; a user enables it and chooses its products in the
        PIM. Needs an app token.
        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/catalogs",
            path_params={},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    async def delete(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one catalog of the app.

        ``DELETE /api/rest/v1/catalogs/{id}`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def duplicate(
        self,
        id: str,
        body: _m.AppCatalogDuplicate | _abc.Mapping[str, object] | None = None,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Copy a catalog.

        ``POST /api/rest/v1/catalogs/{id}/duplicate`` (SaaS only)

        The copy keeps the product selection and mapping of the original and starts
        disabled. Body fields, all optional, override the copied ones. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/catalogs/{id}/duplicate",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    async def get(
        self,
        id: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Read one catalog of the app.

        ``GET /api/rest/v1/catalogs/{id}`` (SaaS only)

        Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)

    def list(
        self,
        *,
        limit: int = 100,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.AppCatalog]:
        """List the catalogs of the app.

        ``GET /api/rest/v1/catalogs`` (SaaS only)

        Catalogs are owned by the connected app that created them; this lists the caller's
        own. Needs an app token.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            limit: Items per page. (server default: 100)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs",
            path_params={},
            query={"limit": limit},
            parse=_rt.validator(_m.AppCatalog),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.AppCatalog]:
        """List the catalogs of the app.

        ``GET /api/rest/v1/catalogs`` (SaaS only)

        Catalogs are owned by the connected app that created them; this lists the caller's
        own. Needs an app token.

        Fetch one page, with its items, links and count.

        Args:
            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            limit: Items per page. (server default: 100)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs",
            path_params={},
            query={"page": page, "limit": limit},
            parse=_rt.validator(_m.AppCatalog),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def update(
        self,
        id: str,
        body: _m.AppCatalogWrite | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.AppCatalog:
        """Change the name, currencies or locales of a catalog.

        ``PATCH /api/rest/v1/catalogs/{id}`` (SaaS only)

        `name` is required; the lists replace the stored ones. Needs an app token.

        Args:
            id: The catalog's id.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/catalogs/{id}",
            path_params={"id": id},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.AppCatalog, response)
