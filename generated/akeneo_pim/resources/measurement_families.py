# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``measurement_families`` resource: 2 operation(s)."""

from __future__ import annotations

import collections.abc as _abc

from .. import _rt
from .. import models as _m

__all__ = ["AsyncMeasurementFamilies", "MeasurementFamilies"]


class MeasurementFamilies:
    """Operations on measurement_families."""

    def __init__(self, http: _rt.SyncHttp) -> None:
        self._http = http

    def list(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.MeasurementFamily]:
        """List measurement families.

        ``GET /api/rest/v1/measurement-families`` (since 5.0)
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/measurement-families",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.MeasurementFamily], response)

    def upsert_many(
        self,
        items: _abc.Iterable[_m.MeasurementFamily | _abc.Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.Iterator[_rt.UpsertLine]:
        """Create or update several measurement families.

        ``PATCH /api/rest/v1/measurement-families`` (since 5.0)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.sync_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/measurement-families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )


class AsyncMeasurementFamilies:
    """Operations on measurement_families (async)."""

    def __init__(self, http: _rt.AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
        *,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> list[_m.MeasurementFamily]:
        """List measurement families.

        ``GET /api/rest/v1/measurement-families`` (since 5.0)
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/measurement-families",
            path_params={},
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
        return _rt.parse_json(list[_m.MeasurementFamily], response)

    def upsert_many(
        self,
        items: (
            _abc.Iterable[_m.MeasurementFamily | _abc.Mapping[str, object]]
            | _abc.AsyncIterable[_m.MeasurementFamily | _abc.Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: _rt.ProgressCallback | None = None,
        timeout: _rt.Timeout | None = None,
        extra_headers: _rt.ExtraHeaders | None = None,
        extra_query: _rt.ExtraQuery | None = None,
    ) -> _abc.AsyncIterator[_rt.UpsertLine]:
        """Create or update several measurement families.

        ``PATCH /api/rest/v1/measurement-families`` (since 5.0)

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return _rt.async_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/measurement-families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            options=_rt.CallOptions(timeout, extra_headers, extra_query),
        )
