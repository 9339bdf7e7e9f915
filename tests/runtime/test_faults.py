"""Faults on the wire, against a real loopback server, sync and async: each has the outcome the
README's "Guarantees" section documents (retried, refreshed, or one of the package's errors),
in a bounded number of requests.

(Also covered elsewhere: 429 capped waits and exhausted retries, POST and connection failures in
test_http.py; refused refresh tokens in test_auth.py; oversized, endless and drip-fed bodies in
test_limits.py; malformed list pages in test_page_parsing.py; NDJSON and JSON-array batches cut,
reset and refused in tests/overlays, with the 100,000-item soak in tests/overlays/test_soak.py.)
"""

from __future__ import annotations

import importlib
import json
import time
from email.utils import formatdate

import pytest

from tests.support.runtime_pkg import RUNTIME_PACKAGE
from tests.support.scripted_server import (
    Recorded,
    Reply,
    error_reply,
    json_reply,
    page_envelope,
    sequence,
)

ITEM = "/api/rest/v1/families/shoes"
PRODUCTS = "/api/rest/v1/products"
SHOES = {"code": "shoes"}


def _busy(status: int, **headers: str) -> Reply:
    return Reply(status, {"code": status, "message": "busy"}, {k.replace("_", "-"): v for k, v in headers.items()})


@pytest.mark.parametrize(
    ("fault", "delays"),
    [
        pytest.param(_busy(429, Retry_After="3"), [3.0], id="429-retry-after-seconds"),
        pytest.param(_busy(429), [0.5], id="429-without-retry-after"),
        pytest.param(_busy(500), [0.5], id="500"),
        pytest.param(_busy(502), [0.5], id="502"),
        pytest.param(_busy(503, Retry_After="1"), [1.0], id="503-retry-after"),
        pytest.param(_busy(504), [0.5], id="504"),
        pytest.param(Reply(drop=True), [0.5], id="reset-before-the-reply"),
        pytest.param(Reply(200, b'{"code": "sh', {"Content-Type": "application/json"}, content_length=400), [0.5], id="reset-during-the-body"),
    ],
)
async def test_a_transient_fault_is_retried_then_the_call_succeeds(kit, server, fault, delays):
    server.on("GET", ITEM, sequence(fault, json_reply(SHOES)))
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    assert response.json() == SHOES
    assert len(server.api_requests()) == 2
    assert kit.delays == delays  # Retry-After when given, else the first backoff step (0.5 s)


async def test_429_with_an_http_date_waits_until_then(kit, server):
    server.on("GET", ITEM, sequence(_busy(429, Retry_After=formatdate(time.time() + 20, usegmt=True)), json_reply(SHOES)))
    http = kit.http()
    await kit.call(http.request("GET", ITEM))
    [delay] = kit.delays
    assert 17.0 <= delay <= 20.0


async def test_a_persistent_fault_ends_in_the_package_s_error_after_bounded_attempts(kit, server):
    server.on("GET", ITEM, _busy(503))
    http = kit.http(kit.settings(max_retries=2))
    with pytest.raises(kit.rt.errors.ServerError) as caught:
        await kit.call(http.request("GET", ITEM))
    assert caught.value.status_code == 503
    assert len(server.api_requests()) == 3 and kit.delays == [0.5, 1.0]


async def test_a_reset_on_every_attempt_ends_in_a_transport_error(kit, server):
    server.on("GET", ITEM, Reply(drop=True))
    http = kit.http(kit.settings(max_retries=1))
    with pytest.raises(kit.rt.errors.TransportError):
        await kit.call(http.request("GET", ITEM))
    assert len(server.api_requests()) == 2


async def test_a_reply_slower_than_the_read_timeout_is_a_timeout_error(kit, server):
    server.on("GET", ITEM, Reply(200, SHOES, delay=1.0))
    http = kit.http(kit.settings(max_retries=1, timeout=0.2))
    with pytest.raises(kit.rt.errors.TimeoutError):
        await kit.call(http.request("GET", ITEM))
    assert len(server.api_requests()) == 2


async def test_a_complete_reply_of_truncated_json_is_a_decode_error_not_retried(kit, server):
    server.on("GET", ITEM, Reply(200, b'{"code": "sh', {"Content-Type": "application/json"}))
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    with pytest.raises(kit.rt.errors.DecodeError, match="EOF while parsing"):
        importlib.import_module(f"{RUNTIME_PACKAGE}._parse").parse_json(dict[str, str], response)
    assert len(server.api_requests()) == 1


async def test_a_token_expiring_mid_listing_is_renewed_and_the_listing_completes(kit, server):
    items = [{"identifier": f"p{i}"} for i in range(6)]
    pages = {
        "1": json_reply(page_envelope(items[:3], next_href=f"{server.url}{PRODUCTS}?page=2")),
        "2": json_reply(page_envelope(items[3:])),
    }
    revoked = {"done": False}

    def handle(request: Recorded) -> Reply:
        page = dict(request.query).get("page", "1")
        if page == "2" and not revoked["done"]:
            revoked["done"] = True  # the PIM revoked the token between two pages
            return error_reply(401, "The access token provided is invalid.")
        return pages[page]

    server.on("GET", PRODUCTS, handle)
    http = kit.http()
    got = await kit.collect(kit.Paginator(http, PRODUCTS, parse=lambda item: item["identifier"]))
    assert got == [f"p{i}" for i in range(6)]  # nothing lost, nothing twice
    assert [r.headers["authorization"] for r in server.api_requests()] == ["Bearer access-1", "Bearer access-1", "Bearer access-2"]
    assert [r.json().get("grant_type") for r in server.token_requests()] == ["password", "refresh_token"]


async def test_a_token_expiring_mid_batch_is_renewed_and_every_item_reported_once(kit, server):
    sent: list[int] = []  # items per request received

    def handle(request: Recorded) -> Reply:
        lines = [json.loads(line) for line in request.body.split(b"\n") if line.strip()]
        if len(sent) == 1 and request.headers["authorization"] == "Bearer access-1":
            sent.append(0)  # refused: nothing applied
            return error_reply(401, "The access token provided is invalid.")
        sent.append(len(lines))
        body = "\n".join(json.dumps({"line": n + 1, "identifier": item["identifier"], "status_code": 201}) for n, item in enumerate(lines))
        return Reply(200, body.encode(), {"Content-Type": "application/vnd.akeneo.collection+json"})

    server.on("PATCH", PRODUCTS, handle)
    http = kit.http()
    ndjson = importlib.import_module(f"{RUNTIME_PACKAGE}._overlays._{kit.flavour}.ndjson")
    items = [{"identifier": f"p{i}"} for i in range(4)]
    results = await kit.collect(ndjson.upsert_lines(http, PRODUCTS, {}, items, key="identifier", batch_size=2))
    assert [(r.line, r.identifier) for r in results] == [(1, "p0"), (2, "p1"), (3, "p2"), (4, "p3")]
    assert all(r.ok for r in results)
    assert sent == [2, 0, 2]  # the refused chunk sent again, once
    assert [r.json().get("grant_type") for r in server.token_requests()] == ["password", "refresh_token"]
