"""NDJSON batch upserts against the loopback server: chunking, result mapping, faults."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from .conftest import Kit
from .server import Fault, LoopbackServer

PRODUCTS = "/api/rest/v1/products"


def upsert(kit: Kit, items: Any, path: str = PRODUCTS, **kw: Any) -> list[Any]:
    kw.setdefault("key", "identifier")
    return kit.call(lambda http, m: m.upsert_lines(http, path, {}, items, **kw), "ndjson")


def products(n: int, start: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield {"identifier": f"sku-{i:05d}", "enabled": True, "values": {"n": [{"data": i}]}}


def assert_one_result_each(results: list[Any], n: int, key: str = "identifier") -> None:
    assert [r.line for r in results] == list(range(1, n + 1))
    assert [r.value for r in results] == [f"sku-{i:05d}" for i in range(n)]
    assert all(r.key == key for r in results)


def test_created_then_updated_in_order(kit: Kit, server: LoopbackServer) -> None:
    first = upsert(kit, list(products(250)), batch_size=100)
    assert_one_result_each(first, 250)
    assert all(r.created and r.ok and not r.updated and r.status_code == 201 for r in first)
    assert server.log.sizes == [100, 100, 50]
    again = upsert(kit, products(250))
    assert all(r.updated and r.status_code == 204 for r in again)
    assert again[0].identifier == "sku-00000" and again[0].code is None
    assert again[0].index == 0


def test_per_line_422_lands_on_the_right_item(kit: Kit, server: LoopbackServer) -> None:
    items = list(products(150))
    items[7]["invalid"] = True
    items[123]["invalid"] = True
    results = upsert(kit, items, batch_size=50)
    assert_one_result_each(results, 150)
    bad = [r for r in results if not r.ok]
    assert [(r.line, r.identifier, r.status_code) for r in bad] == [
        (8, "sku-00007", 422),
        (124, "sku-00123", 422),
    ]
    assert bad[1].message == "Validation failed."
    assert [e.property for e in bad[1].errors] == ["values", "family"]
    assert bad[1].errors[0].attribute == "name"
    assert bad[1].line == 124  # position in our input, not in the third request (24)


def test_links_dropped_and_models_serialized(kit: Kit, server: LoopbackServer) -> None:
    class Product(BaseModel):
        model_config = ConfigDict(populate_by_name=True)
        identifier: str
        family: str | None = None
        links: dict[str, Any] | None = Field(default=None, alias="_links")

    seen: list[bytes] = []
    original = server.fault

    def spy(number: int, items: list[Any]) -> None:
        seen.append(json.dumps(items).encode())
        return original(number, items) if original else None

    server.fault = spy
    items: list[Any] = [
        Product(identifier="sku-00000", _links={"self": {"href": "x"}}),
        {"identifier": "sku-00001", "_links": {"self": {"href": "y"}}, "name": "a\nb\u2028c"},
    ]
    results = upsert(kit, items)
    assert [r.status_code for r in results] == [201, 201]
    sent = json.loads(seen[0])
    assert sent == [{"identifier": "sku-00000"}, {"identifier": "sku-00001", "name": "a\nb\u2028c"}]


def test_oversized_item_gets_its_own_error(kit: Kit, server: LoopbackServer) -> None:
    items = list(products(5))
    items[2]["values"] = {"blob": [{"data": "x" * 5000}]}
    results = upsert(kit, items, max_line_bytes=4000)
    assert_one_result_each(results, 5)
    assert [r.status_code for r in results] == [201, 201, 413, 201, 201]
    assert results[2].local and "too large" in (results[2].message or "").lower()
    assert server.log.sizes == [4]
    assert ("/api/rest/v1/products", "sku-00002") not in server.log.applied


def test_request_byte_budget_cuts_chunks(kit: Kit, server: LoopbackServer) -> None:
    items = [{"identifier": f"sku-{i:05d}", "pad": "x" * 900} for i in range(20)]
    results = upsert(kit, items, max_request_bytes=5000)
    assert_one_result_each(results, 20)
    assert max(server.log.sizes) <= 5 and sum(server.log.sizes) == 20


def test_generator_is_consumed_lazily(kit: Kit, server: LoopbackServer) -> None:
    consumed = 0
    at_first_result: list[int] = []

    def gen() -> Iterator[dict[str, Any]]:
        nonlocal consumed
        for item in products(10_000):
            consumed += 1
            yield item

    def on_item(result: Any) -> None:
        if not at_first_result:
            at_first_result.append(consumed)

    progress: list[tuple[int, int | None]] = []
    results = kit.each(
        lambda http, m: m.upsert_lines(
            http,
            PRODUCTS,
            {},
            gen(),
            key="identifier",
            on_progress=lambda d, t: progress.append((d, t)),
        ),
        "ndjson",
        on_item,
    )
    assert len(results) == 10_000
    assert at_first_result == [100]  # one chunk read before its results came back
    assert progress[0] == (100, None) and progress[-1] == (10_000, None) and len(progress) == 100


def test_progress_total_known_for_sized_input(kit: Kit, server: LoopbackServer) -> None:
    progress: list[tuple[int, int | None]] = []
    upsert(kit, list(products(30)), batch_size=10, on_progress=lambda d, t: progress.append((d, t)))
    assert progress == [(10, 30), (20, 30), (30, 30)]


def test_async_iterable_input_and_concurrency(rt: Any, server: LoopbackServer) -> None:
    kit = Kit("async", rt, server.url)

    async def agen() -> Any:
        for item in products(1000):
            yield item

    server.fault = lambda n, items: Fault("truncate", keep=3) if n in (2, 5) else None
    results = kit.call(
        lambda http, m: m.upsert_lines(
            http, PRODUCTS, {}, agen(), key="identifier", batch_size=50, concurrency=4
        ),
        "ndjson",
    )
    assert_one_result_each(results, 1000)
    assert all(r.ok for r in results)
    assert max(server.log.sizes) == 50


def test_invalid_options(kit: Kit) -> None:
    for bad in (0, 101, -1):
        with pytest.raises(ValueError, match="batch_size"):
            upsert(kit, [], batch_size=bad)
    with pytest.raises(ValueError, match="key"):
        upsert(kit, [], key="sku")
    with pytest.raises(ValueError, match="concurrency"):
        upsert(kit, [], concurrency=0)


def test_empty_input_sends_nothing(kit: Kit, server: LoopbackServer) -> None:
    assert upsert(kit, iter(())) == []
    assert server.log.requests == 0


def test_413_splits_until_it_fits(kit: Kit, server: LoopbackServer) -> None:
    server.max_batch = 30
    results = upsert(kit, list(products(100)))
    assert_one_result_each(results, 100)
    assert all(r.created for r in results)
    assert all(v == 1 for v in server.log.applied.values())
    assert server.log.sizes == [100, 50, 25, 25, 50, 25, 25]


def test_single_item_413_becomes_its_result(kit: Kit, server: LoopbackServer) -> None:
    server.fault = lambda n, items: (
        Fault("status", 413) if any(i["identifier"] == "sku-00003" for i in items) else None
    )
    results = upsert(kit, list(products(8)))
    assert_one_result_each(results, 8)
    assert [r.status_code for r in results] == [201, 201, 201, 413, 201, 201, 201, 201]
    assert results[3].message == "injected failure" and not results[3].local


def test_retries_429_honouring_retry_after(kit: Kit, server: LoopbackServer) -> None:
    server.fault = lambda n, items: (
        Fault("status", 429, (("Retry-After", "7"),)) if n in (1, 2) else None
    )
    results = upsert(kit, list(products(10)))
    assert_one_result_each(results, 10)
    assert kit.delays == [7.0, 7.0]
    assert server.log.requests == 3


def test_gives_up_with_batch_error(kit: Kit, server: LoopbackServer, rt: Any) -> None:
    server.fault = lambda n, items: Fault("status", 503) if n >= 2 else None
    got: list[Any] = []
    with pytest.raises(rt._overlays.BatchError) as info:
        kit.each(
            lambda http, m: m.upsert_lines(
                http, PRODUCTS, {}, products(25), key="identifier", batch_size=10
            ),
            "ndjson",
            got.append,
        )
    err = info.value
    assert [r.line for r in got] == list(range(1, 11))
    assert err.unprocessed == tuple(range(11, 21))
    assert err.consumed == 20
    assert isinstance(err.cause, rt.errors.ServerError)
    assert "lines 11-20" in str(err)
    assert server.log.requests == 1 + 4  # first chunk, then 1 + max_retries attempts


@pytest.mark.parametrize(
    ("status", "error"), [(403, "Forbidden"), (400, "BadRequest"), (501, "ServerError")]
)
def test_non_retryable_error_stops_at_once(
    kit: Kit, server: LoopbackServer, rt: Any, status: int, error: str
) -> None:
    server.fault = lambda n, items: Fault("status", status)
    with pytest.raises(rt._overlays.BatchError) as info:
        upsert(kit, list(products(5)))
    assert isinstance(info.value.cause, getattr(rt.errors, error))
    assert info.value.unprocessed == (1, 2, 3, 4, 5)
    assert server.log.requests == 1


@pytest.mark.slow
def test_ten_thousand_items_through_faults(kit: Kit, server: LoopbackServer) -> None:
    kinds = [
        Fault("status", 429, (("Retry-After", "0"),)),
        Fault("status", 500),
        Fault("drop"),
        Fault("truncate", keep=37),
        Fault("status", 413),
        Fault("status", 503, (("Retry-After", "1"),)),
        Fault("drop"),
        Fault("truncate", keep=0),
    ]

    def plan(number: int, items: list[Any]) -> Fault | None:
        if number % 10 == 3:
            return kinds[(number // 10) % len(kinds)]
        return None

    server.fault = plan
    results = upsert(kit, products(10_000))
    assert_one_result_each(results, 10_000)
    assert all(r.ok for r in results)
    # every item reached the server at least once; items answered twice were re-sent only
    # because their first answer never arrived (drop/truncate)
    assert len({v for (_, v) in server.log.applied}) == 10_000
    faults = len(server.log.faults)
    assert faults >= 10
    assert set(server.log.faults) >= {"429", "500", "drop", "truncate", "413", "503"}
    # 100 chunks + at most 3 extra requests per fault (a 413 costs two halves plus itself)
    assert server.log.requests <= 100 + 3 * faults
    assert server.log.requests <= 140, (server.log.requests, server.log.faults)


def test_concurrent_failure_accounts_for_chunks_in_flight(rt: Any, server: LoopbackServer) -> None:
    kit = Kit("async", rt, server.url)
    server.fault = lambda n, items: (
        Fault("status", 503) if any(i["identifier"] == "sku-00150" for i in items) else None
    )
    got: list[Any] = []
    with pytest.raises(rt._overlays.BatchError) as info:
        kit.each(
            lambda http, m: m.upsert_lines(
                http, PRODUCTS, {}, products(1000), key="identifier", batch_size=50, concurrency=3
            ),
            "ndjson",
            got.append,
        )
    err = info.value
    assert [r.line for r in got] == list(range(1, 151))
    assert err.unprocessed == tuple(range(151, 201))
    assert [r.line for r in err.results] == list(range(201, 301))  # finished while settling
    assert err.consumed == 300


def test_closing_early_cancels_chunks_in_flight(rt: Any, server: LoopbackServer) -> None:
    kit = Kit("async", rt, server.url)
    ndjson = kit.mod("ndjson")

    async def run() -> list[Any]:
        first: list[Any] = []
        async with kit._async_http() as http:
            stream = ndjson.upsert_lines(
                http, PRODUCTS, {}, products(10_000), key="identifier", batch_size=10, concurrency=4
            )
            async with contextlib.aclosing(stream):
                async for result in stream:
                    first.append(result)
                    break
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            assert pending == []
        return first

    first = asyncio.run(run())
    assert [r.line for r in first] == [1]
    assert server.log.requests <= 5  # the first chunk and at most the others already started
