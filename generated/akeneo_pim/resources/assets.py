# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``assets`` resource: 5 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["Assets", "AsyncAssets"]


class Assets:
    """Operations on assets."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def delete(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one asset.

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        self._http.request(
            "DELETE",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Asset:
        """Read one asset.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Asset, response)

    def list(
        self,
        asset_family_code: str,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.SyncPaginator[_m.Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

        """

        return _rt.SyncPaginator(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={"search": search, "channel": channel, "locales": _rt.query_list(locales, ",")},
            parse=_rt.validator(_m.Asset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    def list_page(
        self,
        asset_family_code: str,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        search_after: str | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return _rt.sync_fetch_page(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={
                "search": search,
                "channel": channel,
                "locales": _rt.query_list(locales, ","),
                "search_after": search_after,
            },
            parse=_rt.validator(_m.Asset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: _m.Asset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an asset.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        asset_family_code: str,
        items: _abc.Iterable[_m.Asset | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several assets of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            asset_family_code: The asset family's code.

        """

        return _rt.sync_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            {"asset_family_code": asset_family_code},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncAssets:
    """Operations on assets (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def delete(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> None:
        """Delete one asset.

        ``DELETE /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        await self._http.request(
            "DELETE",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        asset_family_code: str,
        code: str,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _m.Asset:
        """Read one asset.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(_m.Asset, response)

    def list(
        self,
        asset_family_code: str,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        strict: bool | None = None,
        start: str | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.AsyncPaginator[_m.Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Iterate over every item, following the pages lazily (nothing is requested until
        iteration starts). `start=` a page's `next_url` (from `.pages()`) resumes a walk
        after that page.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

        """

        return _rt.AsyncPaginator(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={"search": search, "channel": channel, "locales": _rt.query_list(locales, ",")},
            parse=_rt.validator(_m.Asset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
            start=start,
        )

    async def list_page(
        self,
        asset_family_code: str,
        *,
        search: _rt.Search | _abc.Mapping[str, object] | str | None = None,
        channel: str | None = None,
        locales: _abc.Sequence[str] | None = None,
        search_after: str | None = None,
        strict: bool | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.Page[_m.Asset]:
        """List the assets of an asset family.

        ``GET /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Fetch one page, with its items, links and count.

        Args:
            asset_family_code: The asset family's code.

            search: Filters as a JSON string, e.g.
                `{"enabled":[{"operator":"=","value":true}]}`.

            channel: Channel code: keep only that channel's values (and the non-scopable ones).

            locales: Locale codes (sent comma-separated): keep only those localizable values (and
                the non-localizable ones).

            search_after: Cursor in `search_after` mode; absent for the first page. Follow
                `_links.next` rather than setting it.

        """

        return await _rt.async_fetch_page(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            path_params={"asset_family_code": asset_family_code},
            query={
                "search": search,
                "channel": channel,
                "locales": _rt.query_list(locales, ","),
                "search_after": search_after,
            },
            parse=_rt.validator(_m.Asset),
            options=_rt.CallOptions(timeout, extra_headers, extra_query, strict),
        )

    async def upsert(
        self,
        asset_family_code: str,
        code: str,
        body: _m.Asset | _abc.Mapping[str, object],
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _rt.UpsertOutcome:
        """Create or update an asset.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets/{code}`` (since 3.2, Enterprise Edition)

        Answers 201 when the resource was created and 204 when it was updated.

        Args:
            asset_family_code: The asset family's code.

            code: The resource's code.

        """

        response = await self._http.request(
            "PATCH",
            "/api/rest/v1/asset-families/{asset_family_code}/assets/{code}",
            path_params={"asset_family_code": asset_family_code, "code": code},
            json=body,
            content_type="application/json",
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.UpsertOutcome.from_response(response)

    def upsert_many(
        self,
        asset_family_code: str,
        items: (
            _abc.Iterable[_m.Asset | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.Asset | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several assets of an asset family.

        ``PATCH /api/rest/v1/asset-families/{asset_family_code}/assets`` (since 3.2, Enterprise Edition)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.

        Args:
            asset_family_code: The asset family's code.

        """

        return _rt.async_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/asset-families/{asset_family_code}/assets",
            {"asset_family_code": asset_family_code},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
