# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``products`` resource: 8 operation(s)."""

from __future__ import annotations

import collections.abc as _abc
import typing as _t

from .. import _rt
from .. import models as _m

__all__ = ["AsyncProducts", "Products"]


class Products:
    """Operations on products."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def create(
        self,
        body: _m.Product | _abc.Mapping[str, object],
        *,
        create_missing_options: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a product.

        ``POST /api/rest/v1/products``

        Args:
            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/products",
            path_params={},
            query={"create_missing_options": create_missing_options},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def delete(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one product by identifier.

        ``DELETE /api/rest/v1/products/{code}``

        Args:
            code: The resource's code.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        code: str,
        *,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Product:
        """Read one product by identifier.

        ``GET /api/rest/v1/products/{code}``

        Args:
            code: The resource's code.

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            query={
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Product, response)

    def get_draft(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Product:
        """Get the product draft.

        ``GET /api/rest/v1/products/{code}/draft`` (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/products/{code}/draft",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Product, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        convert_measurements: bool | None = None,
        with_count: bool | None = None,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Product]:
        """List products.

        ``GET /api/rest/v1/products``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            convert_measurements: Give measurement values in the units set on the channel named by `scope`
                (which is then required). (server default: False) (SaaS only)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "limit": limit,
                "convert_measurements": convert_measurements,
                "with_count": with_count,
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            parse=_rt.validator(_m.Product),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        convert_measurements: bool | None = None,
        with_count: bool | None = None,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Product]:
        """List products.

        ``GET /api/rest/v1/products``

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            convert_measurements: Give measurement values in the units set on the channel named by `scope`
                (which is then required). (server default: False) (SaaS only)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "convert_measurements": convert_measurements,
                "with_count": with_count,
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            parse=_rt.validator(_m.Product),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def submit_proposal(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Submit the product draft for approval.

        ``POST /api/rest/v1/products/{code}/proposal`` (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = self._http.request(
            "POST",
            "/api/rest/v1/products/{code}/proposal",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert(
        self,
        code: str,
        body: _m.Product | _abc.Mapping[str, object],
        *,
        create_missing_options: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a product.

        ``PATCH /api/rest/v1/products/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            query={"create_missing_options": create_missing_options},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.Product | _abc.Mapping[str, object]],
        *,
        create_missing_options: str | None = None,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several products.

        ``PATCH /api/rest/v1/products``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        return _rt.sync_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/products",
            {},
            items,
            key="identifier",
            batch_size=batch_size,
            on_progress=on_progress,
            query={"create_missing_options": create_missing_options},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncProducts:
    """Operations on products (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def create(
        self,
        body: _m.Product | _abc.Mapping[str, object],
        *,
        create_missing_options: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create a product.

        ``POST /api/rest/v1/products``

        Args:
            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/products",
            path_params={},
            query={"create_missing_options": create_missing_options},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    async def delete(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one product by identifier.

        ``DELETE /api/rest/v1/products/{code}``

        Args:
            code: The resource's code.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        code: str,
        *,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Product:
        """Read one product by identifier.

        ``GET /api/rest/v1/products/{code}``

        Args:
            code: The resource's code.

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            query={
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Product, response)

    async def get_draft(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Product:
        """Get the product draft.

        ``GET /api/rest/v1/products/{code}/draft`` (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/products/{code}/draft",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Product, response)

    def list(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = "search_after",
        limit: int = 100,
        convert_measurements: bool | None = None,
        with_count: bool | None = None,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Product]:
        """List products.

        ``GET /api/rest/v1/products``

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            limit: Items per page. (server default: 10)

            convert_measurements: Give measurement values in the units set on the channel named by `scope`
                (which is then required). (server default: False) (SaaS only)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "limit": limit,
                "convert_measurements": convert_measurements,
                "with_count": with_count,
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            parse=_rt.validator(_m.Product),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        scope: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        attributes: _abc.Sequence[str] | None = None,
        pagination_type: _t.Literal["page", "search_after"] | None = None,
        page: int | None = None,
        search_after: str | None = None,
        limit: int | None = None,
        convert_measurements: bool | None = None,
        with_count: bool | None = None,
        with_attribute_options: bool | None = None,
        with_asset_share_links: bool | None = None,
        with_quality_scores: bool | None = None,
        with_completenesses: bool | None = None,
        with_workflow_execution_statuses: bool | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Product]:
        """List products.

        ``GET /api/rest/v1/products``

        Fetch one page, with its items, links and count.

        Args:
            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            scope: Channel code: keep only that channel's scopable values (and the non-scopable
                ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            attributes: Attribute codes (sent comma-separated): keep only their values.

            pagination_type: How to page: by page number or with a `search_after` cursor. (server
                default: "page")

            page: Page number in `page` mode. Follow `_links.next` rather than setting it.
                (server default: 1)

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

            limit: Items per page. (server default: 10)

            convert_measurements: Give measurement values in the units set on the channel named by `scope`
                (which is then required). (server default: False) (SaaS only)

            with_count: Add `items_count` to the reply; slow on large catalogs. (server default:
                False)

            with_attribute_options: Add option labels as `linked_data` to select values (PIM 5.0+). (server
                default: False)

            with_asset_share_links: Add public share links of the assets of asset collection values, under
                `linked_data`. (server default: False) (SaaS only)

            with_quality_scores: Add `quality_scores` (products: PIM 5.0+, product models: 6.0+). (server
                default: False)

            with_completenesses: Add `completenesses` (PIM 6.0+). (server default: False)

            with_workflow_execution_statuses: Add `workflow_execution_statuses`, the workflows running on this item and
                their tasks (a variant's parents are not included). (SaaS only)

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/products",
            path_params={},
            query={
                "search": search,
                "scope": scope,
                "locales": _rt.query_list(locales, ","),
                "attributes": _rt.query_list(attributes, ","),
                "pagination_type": pagination_type,
                "page": page,
                "search_after": search_after,
                "limit": limit,
                "convert_measurements": convert_measurements,
                "with_count": with_count,
                "with_attribute_options": with_attribute_options,
                "with_asset_share_links": with_asset_share_links,
                "with_quality_scores": with_quality_scores,
                "with_completenesses": with_completenesses,
                "with_workflow_execution_statuses": with_workflow_execution_statuses,
            },
            parse=_rt.validator(_m.Product),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def submit_proposal(
        self,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Submit the product draft for approval.

        ``POST /api/rest/v1/products/{code}/proposal`` (since 2.x, Enterprise Edition)

        Args:
            code: The resource's code.

        """

        response = await self._http.request(
            "POST",
            "/api/rest/v1/products/{code}/proposal",
            path_params={"code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    async def upsert(
        self,
        code: str,
        body: _m.Product | _abc.Mapping[str, object],
        *,
        create_missing_options: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update a product.

        ``PATCH /api/rest/v1/products/{code}``

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            code: The resource's code.

            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/products/{code}",
            path_params={"code": code},
            query={"create_missing_options": create_missing_options},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.Product | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.Product | _abc.Mapping[str, object]]
        ),
        *,
        create_missing_options: str | None = None,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several products.

        ``PATCH /api/rest/v1/products``

        Body: one JSON object per line (at most 100 lines). The reply is HTTP 200 even when
        lines fail: it holds one status object per input line, so check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            create_missing_options: Create the select options the values name but the PIM lacks, for attributes
                that allow it. (SaaS only)

        """

        return _rt.async_ndjson.upsert_lines(
            self._http,
            "/api/rest/v1/products",
            {},
            items,
            key="identifier",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            query={"create_missing_options": create_missing_options},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
