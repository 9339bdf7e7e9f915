"""The client's limits against a real loopback server, sync and async: bounded reply bodies,
an overall deadline per call, 429 retried for every method, the concurrency cap and the rate
limits (client-wide and per operation)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.scripted_server import Recorded, Reply, json_reply, sequence

ITEM = "/api/rest/v1/families/shoes"
OPTIONS = "/api/rest/v1/attributes/{attribute_code}/options"
MiB = 1024 * 1024


def _endless() -> Iterator[bytes]:
    piece = b"[" + b"1," * (MiB // 2 - 1)
    while True:
        yield piece


# -- bounded bodies -------------------------------------------------------------------------


async def test_an_announced_length_over_the_limit_is_refused_before_reading(kit, server):
    server.on("GET", ITEM, Reply(200, b'{"code": "shoes"}', {"Content-Type": "application/json"}, content_length=10 * 1024**3))
    http = kit.http(kit.settings(max_response_bytes=MiB))
    with pytest.raises(kit.rt.errors.ResponseTooLarge) as caught:
        await kit.call(http.request("GET", ITEM))
    assert caught.value.size == 10 * 1024**3 and caught.value.limit == MiB
    assert caught.value.status_code == 200 and caught.value.url.endswith(ITEM)
    assert len(server.api_requests()) == 1  # not asked again
    assert kit.delays == []


async def test_an_endless_body_stops_at_the_limit_and_is_not_asked_again(kit, server):
    server.on("GET", ITEM, Reply(200, chunks=_endless, headers={"Content-Type": "application/json"}))
    http = kit.http(kit.settings(max_response_bytes=4 * MiB))
    with pytest.raises(kit.rt.errors.ResponseTooLarge) as caught:
        await kit.call(http.request("GET", ITEM))
    assert 4 * MiB < caught.value.size <= 5 * MiB  # read stopped within a chunk of the limit
    assert len(server.api_requests()) == 1
    assert isinstance(caught.value, kit.rt.errors.AkeneoError)


async def test_an_endless_error_body_is_read_for_its_start_only(kit, server):
    server.on("GET", ITEM, Reply(500, chunks=_endless, headers={"Content-Type": "application/json"}))
    http = kit.http(kit.settings(max_retries=1))
    with pytest.raises(kit.rt.errors.ServerError) as caught:
        await kit.call(http.request("GET", ITEM))
    assert caught.value.status_code == 500
    assert len(server.api_requests()) == 2  # a 500 is retried as usual, each read bounded


async def test_a_body_under_the_limit_is_read_whole(kit, server):
    items = [{"code": f"f{i}"} for i in range(2000)]
    server.on("GET", ITEM, json_reply(items))
    http = kit.http(kit.settings(max_response_bytes=MiB))
    response = await kit.call(http.request("GET", ITEM))
    assert response.json() == items


# -- deadline -------------------------------------------------------------------------------


async def test_a_drip_fed_body_ends_at_the_deadline(kit, server):
    server.on("GET", ITEM, Reply(200, chunks=lambda: iter([b"["] + [b"1,"] * 200 + [b"1]"]), chunk_delay=0.1))
    http = kit.http(kit.settings(deadline=1.0, timeout=5))
    started = time.monotonic()
    with pytest.raises(kit.rt.errors.DeadlineExceeded) as caught:
        await kit.call(http.request("GET", ITEM))
    assert time.monotonic() - started < 3.0  # about the deadline, far from the body's 20 s
    assert isinstance(caught.value, kit.rt.errors.TimeoutError)
    assert len(server.api_requests()) == 1


async def test_a_retry_that_would_pass_the_deadline_is_not_made(kit, server):
    server.on("GET", ITEM, Reply(503, {"code": 503, "message": "busy"}, {"Retry-After": "30"}))
    http = kit.http(kit.settings(deadline=5.0))
    with pytest.raises(kit.rt.errors.DeadlineExceeded) as caught:
        await kit.call(http.request("GET", ITEM))
    assert isinstance(caught.value.__cause__, kit.rt.errors.ServerError)
    assert kit.delays == [] and len(server.api_requests()) == 1


async def test_without_a_deadline_the_same_call_waits_and_succeeds(kit, server):
    server.on("GET", ITEM, sequence(Reply(503, {"code": 503, "message": "busy"}, {"Retry-After": "30"}), json_reply({"code": "shoes"})))
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    assert response.json() == {"code": "shoes"} and kit.delays == [30.0]


# -- 429 for every method -------------------------------------------------------------------


@pytest.mark.parametrize("retry_after", ["2", None])
async def test_a_post_refused_with_429_is_sent_again(kit, server, retry_after):
    headers = {"Retry-After": retry_after} if retry_after else {}
    server.on(
        "POST",
        "/api/rest/v1/families",
        sequence(Reply(429, {"code": 429, "message": "slow down"}, headers), Reply(201, b"", {"Location": "x"})),
    )
    http = kit.http()
    response = await kit.call(http.request("POST", "/api/rest/v1/families", json={"code": "shoes"}))
    assert response.status_code == 201
    posts = server.api_requests()
    assert len(posts) == 2 and posts[0].body == posts[1].body == b'{"code":"shoes"}'
    assert kit.delays == ([2.0] if retry_after else [0.5])  # Retry-After, else the backoff


async def test_a_post_answered_500_is_not_sent_again(kit, server):
    server.on("POST", "/api/rest/v1/families", Reply(500, {"code": 500, "message": "oops"}))
    http = kit.http()
    with pytest.raises(kit.rt.errors.ServerError):
        await kit.call(http.request("POST", "/api/rest/v1/families", json={"code": "shoes"}))
    assert len(server.api_requests()) == 1


async def test_429_retries_are_bounded(kit, server):
    server.on("POST", "/api/rest/v1/families", Reply(429, {"code": 429, "message": "slow down"}))
    http = kit.http(kit.settings(max_retries=2))
    with pytest.raises(kit.rt.errors.TooManyRequests):
        await kit.call(http.request("POST", "/api/rest/v1/families", json={}))
    assert len(server.api_requests()) == 3


# -- concurrency cap and rate limits ---------------------------------------------------------


class _Peak:
    """A handler that answers slowly and records how many requests it served at once."""

    def __init__(self) -> None:
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, _: Recorded) -> Reply:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        time.sleep(0.05)
        with self.lock:
            self.active -= 1
        return json_reply({"code": "shoes"})


@pytest.mark.parametrize("cap", [1, 3])
async def test_requests_in_flight_stay_under_the_cap(kit, server, cap):
    peak = _Peak()
    server.on("GET", ITEM, peak)
    http = kit.http(kit.settings(max_concurrency=cap, token="t"))
    if kit.is_async:
        await asyncio.gather(*(http.request("GET", ITEM) for _ in range(12)))
    else:
        threads = [threading.Thread(target=http.request, args=("GET", ITEM)) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(server.api_requests()) == 12
    assert peak.peak == cap  # reached, never exceeded


async def test_the_client_wide_rate_spaces_request_starts(kit, server):
    server.on("GET", ITEM, json_reply({"code": "shoes"}))
    http = kit.http(kit.settings(rate_limit=10.0, token="t"))
    for _ in range(4):
        await kit.call(http.request("GET", ITEM))
    # the recording sleep does not wait: each start is booked 0.1 s after the previous one
    assert len(kit.delays) == 3
    assert all(0.05 < d <= 0.1 * (i + 1) for i, d in enumerate(kit.delays))
    assert kit.delays == sorted(kit.delays)


async def test_attribute_option_writes_are_paced_at_akeneo_s_rate_by_default(kit, server):
    server.on("POST", "/api/rest/v1/attributes/color/options", Reply(201, b"", {"Location": "x"}))
    server.on("GET", "/api/rest/v1/attributes/color/options", json_reply({"_embedded": {"items": []}, "_links": {}}))
    http = kit.http(kit.settings(token="t"))
    assert http.settings.rate_limits[f"POST {OPTIONS}"] == 3.0
    for _ in range(3):
        await kit.call(http.request("GET", OPTIONS, path_params={"attribute_code": "color"}))
    assert kit.delays == []  # reads are not paced
    for _ in range(3):
        await kit.call(http.request("POST", OPTIONS, path_params={"attribute_code": "color"}, json={"code": "red"}))
    assert len(kit.delays) == 2 and kit.delays[-1] > 0.5  # 1/3 s apart: the third after ~2/3 s
    http = kit.http(kit.settings(token="t", rate_limits={}))
    kit.delays.clear()
    for _ in range(3):
        await kit.call(http.request("POST", OPTIONS, path_params={"attribute_code": "color"}, json={"code": "red"}))
    assert kit.delays == []  # configured otherwise


@pytest.mark.parametrize(
    ("setting", "value"),
    [("max_response_bytes", 0), ("max_concurrency", 0), ("deadline", 0), ("rate_limit", -1), ("rate_limits", {"/no/method": 3})],
)
def test_limits_are_checked(rt, setting, value):
    with pytest.raises(ValueError, match=setting):
        rt._config.Settings("https://pim.example.com", token="t", **{setting: value})
