# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``app_catalog_products`` resource: 6 operation(s)."""

from __future__ import annotations

import datetime as _dt

from .. import _rt
from .. import models as _m

__all__ = ["AppCatalogProducts", "AsyncAppCatalogProducts"]


class AppCatalogProducts:
    """Operations on app_catalog_products."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def get(
        self,
        id: str,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ProductUuid:
        """Read one product of a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products/{uuid}`` (SaaS only)

        404 when the product is not in the catalog's selection. A disabled catalog may
        answer 200 with an error message in the body.

        Args:
            id: The catalog's id.

            uuid: The product's UUID.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}/products/{uuid}",
            path_params={"id": id, "uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ProductUuid, response)

    def list(
        self,
        id: str,
        *,
        limit: int = 1000,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.ProductUuid]:
        """List the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products`` (SaaS only)

        Products chosen by the catalog's selection, in the standard product format; on
        Enterprise editions the app's permissions filter them. A disabled catalog may answer
        200 with an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/products",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.ProductUuid),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.ProductUuid]:
        """List the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products`` (SaaS only)

        Products chosen by the catalog's selection, in the standard product format; on
        Enterprise editions the app's permissions filter them. A disabled catalog may answer
        200 with an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/products",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.ProductUuid),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped(
        self,
        id: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.MappedProduct]:
        """List the products of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-products`` (SaaS only)

        Needs a product mapping schema. Basic mapping: every product, flattened to the
        schema's fields. Models and variants mapping: the simple products only (models come
        from `mapped-models`). A disabled catalog may answer 200 with an error message in
        the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-products",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_mapped_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedProduct]:
        """List the products of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-products`` (SaaS only)

        Needs a product mapping schema. Basic mapping: every product, flattened to the
        schema's fields. Models and variants mapping: the simple products only (models come
        from `mapped-models`). A disabled catalog may answer 200 with an error message in
        the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-products",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped_models(
        self,
        id: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.MappedModel]:
        """List the product models of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models`` (SaaS only)

        Needs a models and variants mapping schema. Each model links to its variants. A
        disabled catalog may answer 200 with an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedModel),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_mapped_models_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedModel]:
        """List the product models of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models`` (SaaS only)

        Needs a models and variants mapping schema. Each model links to its variants. A
        disabled catalog may answer 200 with an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedModel),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped_variants(
        self,
        id: str,
        model_code: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.MappedVariant]:
        """List the variants of a mapped product model.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants`` (SaaS only)

        Needs a models and variants mapping schema. A disabled catalog may answer 200 with
        an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            model_code: The product model's code.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants",
            path_params={"id": id, "model_code": model_code},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_mapped_variants_page(
        self,
        id: str,
        model_code: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedVariant]:
        """List the variants of a mapped product model.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants`` (SaaS only)

        Needs a models and variants mapping schema. A disabled catalog may answer 200 with
        an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            model_code: The product model's code.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants",
            path_params={"id": id, "model_code": model_code},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_uuids(
        self,
        id: str,
        *,
        limit: int = 1000,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[str]:
        """List the UUIDs of the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/product-uuids`` (SaaS only)

        A disabled catalog may answer 200 with an error message in the body instead of a
        page. Needs an app token.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/product-uuids",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "with_count": with_count,
            },
            parse=_rt.validator(str),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_uuids_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[str]:
        """List the UUIDs of the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/product-uuids`` (SaaS only)

        A disabled catalog may answer 200 with an error message in the body instead of a
        page. Needs an app token.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/product-uuids",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "with_count": with_count,
            },
            parse=_rt.validator(str),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )


class AsyncAppCatalogProducts:
    """Operations on app_catalog_products (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def get(
        self,
        id: str,
        uuid: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.ProductUuid:
        """Read one product of a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products/{uuid}`` (SaaS only)

        404 when the product is not in the catalog's selection. A disabled catalog may
        answer 200 with an error message in the body.

        Args:
            id: The catalog's id.

            uuid: The product's UUID.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/catalogs/{id}/products/{uuid}",
            path_params={"id": id, "uuid": uuid},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.ProductUuid, response)

    def list(
        self,
        id: str,
        *,
        limit: int = 1000,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.ProductUuid]:
        """List the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products`` (SaaS only)

        Products chosen by the catalog's selection, in the standard product format; on
        Enterprise editions the app's permissions filter them. A disabled catalog may answer
        200 with an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/products",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.ProductUuid),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.ProductUuid]:
        """List the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/products`` (SaaS only)

        Products chosen by the catalog's selection, in the standard product format; on
        Enterprise editions the app's permissions filter them. A disabled catalog may answer
        200 with an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/products",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.ProductUuid),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped(
        self,
        id: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.MappedProduct]:
        """List the products of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-products`` (SaaS only)

        Needs a product mapping schema. Basic mapping: every product, flattened to the
        schema's fields. Models and variants mapping: the simple products only (models come
        from `mapped-models`). A disabled catalog may answer 200 with an error message in
        the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-products",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_mapped_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedProduct]:
        """List the products of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-products`` (SaaS only)

        Needs a product mapping schema. Basic mapping: every product, flattened to the
        schema's fields. Models and variants mapping: the simple products only (models come
        from `mapped-models`). A disabled catalog may answer 200 with an error message in
        the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-products",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedProduct),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped_models(
        self,
        id: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.MappedModel]:
        """List the product models of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models`` (SaaS only)

        Needs a models and variants mapping schema. Each model links to its variants. A
        disabled catalog may answer 200 with an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedModel),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_mapped_models_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedModel]:
        """List the product models of a catalog in the app's mapping.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models`` (SaaS only)

        Needs a models and variants mapping schema. Each model links to its variants. A
        disabled catalog may answer 200 with an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedModel),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_mapped_variants(
        self,
        id: str,
        model_code: str,
        *,
        limit: int = 100,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.MappedVariant]:
        """List the variants of a mapped product model.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants`` (SaaS only)

        Needs a models and variants mapping schema. A disabled catalog may answer 200 with
        an error message in the body.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            model_code: The product model's code.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants",
            path_params={"id": id, "model_code": model_code},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_mapped_variants_page(
        self,
        id: str,
        model_code: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.MappedVariant]:
        """List the variants of a mapped product model.

        ``GET /api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants`` (SaaS only)

        Needs a models and variants mapping schema. A disabled catalog may answer 200 with
        an error message in the body.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            model_code: The product model's code.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/mapped-models/{model_code}/variants",
            path_params={"id": id, "model_code": model_code},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
            },
            parse=_rt.validator(_m.MappedVariant),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def list_uuids(
        self,
        id: str,
        *,
        limit: int = 1000,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[str]:
        """List the UUIDs of the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/product-uuids`` (SaaS only)

        A disabled catalog may answer 200 with an error message in the body instead of a
        page. Needs an app token.

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            id: The catalog's id.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/catalogs/{id}/product-uuids",
            path_params={"id": id},
            query={
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "with_count": with_count,
            },
            parse=_rt.validator(str),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_uuids_page(
        self,
        id: str,
        *,
        search_after: str | None = None,
        limit: int | None = None,
        updated_before: _dt.date | None = None,
        updated_after: _dt.date | None = None,
        with_count: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[str]:
        """List the UUIDs of the products in a catalog.

        ``GET /api/rest/v1/catalogs/{id}/product-uuids`` (SaaS only)

        A disabled catalog may answer 200 with an error message in the body instead of a
        page. Needs an app token.

        Fetch one page, with its items, links and count.

        Args:
            id: The catalog's id.

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 100)

            updated_before: Keep products last updated before this date.

            updated_after: Keep products last updated after this date.

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/catalogs/{id}/product-uuids",
            path_params={"id": id},
            query={
                "search_after": search_after,
                "limit": limit,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "with_count": with_count,
            },
            parse=_rt.validator(str),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )
