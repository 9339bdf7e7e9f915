# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The ``measurement_families`` resource: 2 operation(s)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from .._overlays._async import json_batch as async_json_batch
from .._overlays._results import ProgressCallback, UpsertLine
from .._overlays._sync import json_batch as sync_json_batch
from .._parse import parse_json
from ..models.measurement_families import MeasurementFamily

if TYPE_CHECKING:
    from .._async._http import AsyncHttp
    from .._sync._http import SyncHttp

__all__ = ["AsyncMeasurementFamilies", "MeasurementFamilies"]


class MeasurementFamilies:
    """Operations on measurement_families."""

    def __init__(self, http: SyncHttp) -> None:
        self._http = http

    def list(
        self,
    ) -> list[MeasurementFamily]:
        """List measurement families.

        ``GET /api/rest/v1/measurement-families``
        """

        response = self._http.request(
            "GET",
            "/api/rest/v1/measurement-families",
            path_params={},
        )
        return parse_json(list[MeasurementFamily], response.content)

    def upsert_many(
        self,
        items: Iterable[MeasurementFamily | Mapping[str, object]],
        *,
        batch_size: int = 100,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[UpsertLine]:
        """Create or update several measurement families.

        ``PATCH /api/rest/v1/measurement-families``

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return sync_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/measurement-families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            on_progress=on_progress,
        )


class AsyncMeasurementFamilies:
    """Operations on measurement_families (async)."""

    def __init__(self, http: AsyncHttp) -> None:
        self._http = http

    async def list(
        self,
    ) -> list[MeasurementFamily]:
        """List measurement families.

        ``GET /api/rest/v1/measurement-families``
        """

        response = await self._http.request(
            "GET",
            "/api/rest/v1/measurement-families",
            path_params={},
        )
        return parse_json(list[MeasurementFamily], response.content)

    def upsert_many(
        self,
        items: (
            Iterable[MeasurementFamily | Mapping[str, object]]
            | AsyncIterable[MeasurementFamily | Mapping[str, object]]
        ),
        *,
        batch_size: int = 100,
        concurrency: int = 1,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncIterator[UpsertLine]:
        """Create or update several measurement families.

        ``PATCH /api/rest/v1/measurement-families``

        Body: a JSON array of at most 100 items. The reply is HTTP 200 with one status
        object per item; check each `status_code`.

        Send any number of items, in requests of at most `batch_size` (<= 100); yields one
        result per item, in input order. A failed line is a result, not an exception.
        """

        return async_json_batch.upsert_array(
            self._http,
            "/api/rest/v1/measurement-families",
            {},
            items,
            key="code",
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )
