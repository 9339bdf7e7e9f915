"""JSON-array batch upserts (reference entity records, assets, ...) against the loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Kit
from .server import Fault, LoopbackServer

RECORDS = "/api/rest/v1/reference-entities/{reference_entity_code}/records"
PARAMS = {"reference_entity_code": "brands"}


def upsert(kit: Kit, items: Any, **kw: Any) -> list[Any]:
    return kit.call(
        lambda http, m: m.upsert_array(http, RECORDS, PARAMS, items, **kw), "json_batch"
    )


def records(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"code": f"rec-{i:05d}", "values": {"label": [{"locale": "en_US", "data": f"#{i}"}]}}


def assert_one_result_each(results: list[Any], n: int) -> None:
    assert [r.line for r in results] == list(range(1, n + 1))
    assert [r.code for r in results] == [f"rec-{i:05d}" for i in range(n)]


def test_created_updated_and_422(kit: Kit, server: LoopbackServer) -> None:
    items = list(records(120))
    items[101]["invalid"] = True
    results = upsert(kit, items)
    assert_one_result_each(results, 120)
    assert server.log.sizes == [100, 20]
    assert ("/api/rest/v1/reference-entities/brands/records", "rec-00000") in server.log.applied
    bad = [r for r in results if not r.ok]
    assert [(r.line, r.code, r.status_code) for r in bad] == [(102, "rec-00101", 422)]
    assert [e.property for e in bad[0].errors] == ["values", "family"]
    again = upsert(kit, records(3))
    assert [r.status_code for r in again] == [204, 204, 204]
    assert all(r.updated for r in again)


def test_oversized_item_is_not_sent(kit: Kit, server: LoopbackServer) -> None:
    items = list(records(4))
    items[1]["values"] = {"blob": "y" * 3000}
    results = upsert(kit, items, max_item_bytes=2000)
    assert [r.status_code for r in results] == [201, 413, 201, 201]
    assert results[1].local
    assert server.log.sizes == [3]


@pytest.mark.slow
def test_ten_thousand_records_through_faults(kit: Kit, server: LoopbackServer) -> None:
    kinds = [
        Fault("status", 429, (("Retry-After", "0"),)),
        Fault("drop"),
        Fault("status", 500),
        Fault("truncate", keep=40),
        Fault("status", 413),
    ]
    server.fault = lambda n, items: kinds[(n // 10) % len(kinds)] if n % 10 == 4 else None
    progress: list[tuple[int, int | None]] = []
    results = upsert(kit, records(10_000), on_progress=lambda d, t: progress.append((d, t)))
    assert_one_result_each(results, 10_000)
    assert all(r.ok for r in results)
    assert set(server.log.faults) == {"429", "drop", "500", "truncate", "413"}
    assert server.log.requests <= 100 + 3 * len(server.log.faults)
    assert progress[-1] == (10_000, None)


def test_truncated_reply_resends_only_missing_items(kit: Kit, server: LoopbackServer) -> None:
    server.fault = lambda n, items: Fault("truncate", keep=2) if n == 1 else None
    results = upsert(kit, list(records(5)))
    assert_one_result_each(results, 5)
    # the server applied all five the first time; only three answers were lost and re-asked
    assert [r.status_code for r in results] == [201, 201, 204, 204, 204]
    assert server.log.sizes == [5, 3]
