"""A soak: 100,000 generated products through ``upsert_lines`` (what ``upsert_many`` runs)
against a loopback server failing 5% of requests at random (500, a reset mid-reply, 429
without ``Retry-After``, a reply cut after a random number of lines), blocking and async.
Every item is reported exactly once, in order and successful, the request count stays bounded,
and memory does not grow with the number of items (results are consumed as they arrive)."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Kit
from .server import Fault, LoopbackServer

PRODUCTS = "/api/rest/v1/products"
N = 100_000
PAGE = 4096


def _rss() -> int:
    """This process's resident memory, in bytes."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE


def _products() -> Iterator[dict[str, Any]]:
    for i in range(N):
        yield {"identifier": f"sku-{i:06d}", "enabled": True, "values": {"n": [{"locale": None, "scope": None, "data": i}]}}


@pytest.mark.slow
def test_a_hundred_thousand_items_through_random_faults(kit: Kit, server: LoopbackServer) -> None:
    rng = random.Random(20261202)
    faults = [Fault("status", 500), Fault("drop"), Fault("status", 429), Fault("truncate")]

    def plan(number: int, items: list[Any]) -> Fault | None:
        if rng.random() >= 0.05:
            return None
        fault = rng.choice(faults)
        return Fault("truncate", keep=rng.randrange(len(items))) if fault.kind == "truncate" else fault

    server.fault = plan
    server.remember = False  # the server keeps nothing per item: memory is the client's
    seen = bytearray(N + 1)
    marks: dict[int, int] = {}

    def record(line: Any) -> None:
        assert line.ok, line
        assert line.identifier == f"sku-{line.line - 1:06d}"
        assert not seen[line.line], f"line {line.line} reported twice"
        seen[line.line] = 1
        if line.line in (10_000, N):
            marks[line.line] = _rss()

    def run(http: Any, mod: Any) -> Any:
        return mod.upsert_lines(http, PRODUCTS, {}, _products(), key="identifier")

    mod = kit.mod("ndjson")
    if kit.is_async:

        async def consume() -> None:
            async with kit._async_http() as http:
                async for line in run(http, mod):
                    record(line)

        asyncio.run(consume())
    else:
        with kit._sync_http() as http:
            for line in run(http, mod):
                record(line)
    assert seen.count(1) == N  # every item, exactly once
    assert len(server.log.faults) >= 30  # about 5% of about 1,000 requests
    assert set(server.log.faults) == {"500", "drop", "429", "truncate"}
    # 1,000 chunks, and at most one more request per fault (a cut reply re-sends the rest)
    assert server.log.requests <= 1000 + len(server.log.faults), (server.log.requests, len(server.log.faults))
    assert marks[N] - marks[10_000] < 16 * 1024 * 1024  # flat: no growth with the items
