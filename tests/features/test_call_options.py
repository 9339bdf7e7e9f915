"""Per-call options (``timeout=``, ``extra_headers=``, ``extra_query=``) on every generated
method, and client-wide ``event_hooks=``: a custom header, a tracing id or a longer timeout for
one slow call needs no fork of the templates.

Calls of every kind (JSON, listing and its pages, upload, download and its byte stream, NDJSON
batch), blocking and async, against a recording transport; the timeout also against a real
loopback server that answers too late."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.features.test_wire_options import wire  # (the fixture: a small spec of every call kind)
from tests.support.httplib import httpx
from tests.support.paths import GENERATED
from tests.support.scripted_server import Reply, ScriptedServer

__all__ = ["wire"]

BASE = "https://wire.example.com"
EXTRA = {"extra_headers": {"X-Trace": "t-1"}, "extra_query": {"debug": True}, "timeout": 7.5}


def _generated() -> ModuleType:
    """generated/akeneo_pim as every test of the session sees it (imported once, never again:
    the endpoint tests in the same session hold its classes)."""
    if str(GENERATED) not in sys.path:
        sys.path.append(str(GENERATED))
    return importlib.import_module("akeneo_pim")


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path == "/items":
            more = "page" not in request.url.params
            links = {"next": {"href": f"{BASE}/items?page=2"}} if more else {}
            return httpx.Response(200, json={"_links": links, "_embedded": {"items": [{"id": "a"}]}})
        if path.startswith("/items/"):
            return httpx.Response(200, json={"id": "x"})
        if path == "/files":
            return httpx.Response(201, headers={"Location": f"{BASE}/files/new-1"})
        if path.startswith("/files/"):
            return httpx.Response(200, content=b"bytes", headers={"Content-Type": "application/octet-stream"})
        return httpx.Response(204)

    return httpx.MockTransport(handle)


def _client(pkg: ModuleType, name: str, seen: list[httpx.Request], *, asynchronous: bool = False, **options: Any) -> Any:
    http = (httpx.AsyncClient if asynchronous else httpx.Client)(transport=_transport(seen))
    return getattr(pkg, ("Async" if asynchronous else "") + name)(BASE, token="tok", http_client=http, **options)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout["read"]


def _assert_carries_options(request: httpx.Request, *, query: bool = True) -> None:
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["Authorization"] == "Bearer tok"
    assert (request.url.params.get("debug") == "true") is query
    assert _read_timeout(request) == 7.5


def test_every_generated_method_takes_the_call_options() -> None:
    pkg = _generated()
    assert pkg.__file__ is not None
    methods = 0
    for path in sorted((GENERATED / "akeneo_pim" / "resources").glob("*.py")):
        if path.stem == "__init__":
            continue
        module = __import__(f"akeneo_pim.resources.{path.stem}", fromlist=["_"])
        for cls in (getattr(module, name) for name in module.__all__):
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                if name.startswith("_"):
                    continue
                params = inspect.signature(method).parameters
                assert list(params)[-3:] == ["timeout", "extra_headers", "extra_query"], f"{cls.__name__}.{name}"
                assert all(params[p].kind is inspect.Parameter.KEYWORD_ONLY and params[p].default is None for p in list(params)[-3:])
                methods += 1
    assert methods > 300  # 165 operations, blocking and async, with the listing and download companions


def test_every_call_kind_sends_the_options(wire: tuple[ModuleType, Any], tmp_path: Path) -> None:
    pkg, api = wire
    seen: list[httpx.Request] = []
    client = _client(pkg, api.client_class, seen)
    client.items.get_item("a", x_tenant="blue", **EXTRA)
    _assert_carries_options(seen[-1])
    client.items.list_items_page(x_tenant="blue", theme="t", **EXTRA)
    _assert_carries_options(seen[-1])
    seen.clear()
    assert len(list(client.items.list_items(x_tenant="blue", theme="t", **EXTRA))) == 2
    first, second = seen
    _assert_carries_options(first)
    # the next page follows the server's link as given: the extra query is not added again
    assert second.url.params.get_list("page") == ["2"]
    _assert_carries_options(second, query=False)
    client.files.upload_file(b"x", x_tenant="blue", filename="a.txt", **EXTRA)
    _assert_carries_options(seen[-1])
    client.files.fetch_file("f1", to=tmp_path / "f.bin", x_tenant="blue", **EXTRA)
    _assert_carries_options(seen[-1])
    assert b"".join(client.files.iter_fetch_file("f1", x_tenant="blue", **EXTRA)) == b"bytes"
    _assert_carries_options(seen[-1])
    client.speech.create_speech({"text": "hi"}, to=tmp_path / "a.mp3", **EXTRA)
    _assert_carries_options(seen[-1])


def test_without_options_nothing_is_added_and_the_client_timeout_applies(wire: tuple[ModuleType, Any]) -> None:
    pkg, api = wire
    seen: list[httpx.Request] = []
    client = _client(pkg, api.client_class, seen, timeout=3.0)
    client.items.get_item("a", x_tenant="blue")
    assert "X-Trace" not in seen[0].headers and "debug" not in seen[0].url.params
    assert _read_timeout(seen[0]) == 3.0


def test_extra_headers_win_but_never_replace_the_token(wire: tuple[ModuleType, Any]) -> None:
    pkg, api = wire
    seen: list[httpx.Request] = []
    client = _client(pkg, api.client_class, seen, default_headers={"X-Team": "pim"})
    client.items.get_item(
        "a",
        x_tenant="blue",
        extra_headers={"x-tenant": "green", "X-Team": "search", "Accept": "application/hal+json", "Authorization": "Bearer stolen"},
    )
    [request] = seen
    assert request.headers.get_list("X-Tenant") == ["green"]  # one header, the call's value
    assert request.headers["X-Team"] == "search"
    assert request.headers["Accept"] == "application/hal+json"
    assert request.headers["Authorization"] == "Bearer tok"
    with pytest.raises(TypeError, match="extra_headers values must be strings"):
        client.items.get_item("a", x_tenant="blue", extra_headers={"X-Count": 3})


def test_a_listing_sends_one_header_per_name_on_every_page(wire: tuple[ModuleType, Any]) -> None:
    """The operation's header parameter and a call's extra header of the same name in another
    capitalisation: every page carries the call's value once; credentials stay the client's."""
    pkg, api = wire
    seen: list[httpx.Request] = []
    client = _client(pkg, api.client_class, seen)
    items = client.items.list_items(x_tenant="blue", theme="t", extra_headers={"x-TENANT": "green", "authorization": "Bearer stolen"})
    assert len(list(items)) == 2
    assert len(seen) == 2
    for request in seen:
        assert request.headers.get_list("X-Tenant") == ["green"]
        assert request.headers.get_list("Authorization") == ["Bearer tok"]


def test_an_ndjson_batch_sends_the_options_with_every_chunk() -> None:
    pkg = _generated()
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        lines = [json.loads(line) for line in request.content.splitlines()]
        body = "\n".join(json.dumps({"line": i + 1, "code": item["code"], "status_code": 201}) for i, item in enumerate(lines))
        return httpx.Response(200, content=body.encode(), headers={"Content-Type": "application/vnd.akeneo.collection+json"})

    pim = pkg.Akeneo(BASE, token="tok", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    rows = [{"code": f"f{i}"} for i in range(5)]
    results = list(pim.families.upsert_many(rows, batch_size=2, **EXTRA))
    assert [r.status_code for r in results] == [201] * 5
    assert len(seen) == 3
    for request in seen:
        _assert_carries_options(request)


async def test_async_methods_send_the_options(wire: tuple[ModuleType, Any], tmp_path: Path) -> None:
    pkg, api = wire
    seen: list[httpx.Request] = []
    client = _client(pkg, api.client_class, seen, asynchronous=True)
    await client.items.get_item("a", x_tenant="blue", **EXTRA)
    assert len([i async for i in client.items.list_items(x_tenant="blue", theme="t", **EXTRA)]) == 2
    await client.files.upload_file(b"x", x_tenant="blue", filename="a.txt", **EXTRA)
    await client.files.fetch_file("f1", to=tmp_path / "f.bin", x_tenant="blue", **EXTRA)
    assert len(seen) == 5
    for request in seen:
        _assert_carries_options(request, query=request.url.params.get("page") != "2")


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_call_timeout_is_honoured_on_the_wire(asynchronous: bool) -> None:
    """A real loopback server answering after 1 s: ``timeout=0.2`` fails that call (no retry,
    max_retries=0), the client's own 5 s timeout lets the next one through."""
    pkg = _generated()
    server = ScriptedServer().start()
    try:
        server.on("GET", "/api/rest/v1/families/shoes", Reply(200, {"code": "shoes", "attribute_as_label": "name"}, {"Content-Type": "application/json"}, delay=1.0))
        pim = getattr(pkg, "AsyncAkeneo" if asynchronous else "Akeneo")(server.url, token="tok", timeout=5.0, max_retries=0)
        call = pim.families.get
        with pytest.raises(pkg.errors.TimeoutError):
            result = call("shoes", timeout=0.2)
            if asynchronous:
                await result
        family = call("shoes")
        family = await family if asynchronous else family
        assert family.code == "shoes"
        closing = pim.aclose() if asynchronous else pim.close()
        if asynchronous:
            await closing
    finally:
        server.stop()


def test_event_hooks_see_every_request_and_response(wire: tuple[ModuleType, Any]) -> None:
    pkg, api = wire
    seen: list[httpx.Request] = []
    events: list[str] = []

    def on_request(request: httpx.Request) -> None:
        request.headers["X-Signed"] = "yes"  # a hook may change the request before it is sent
        events.append(f"> {request.method} {request.url.path}")

    def on_response(response: httpx.Response) -> None:
        events.append(f"< {response.status_code}")

    client = _client(pkg, api.client_class, seen, event_hooks={"request": [on_request], "response": [on_response]})
    client.items.get_item("a", x_tenant="blue")
    list(client.items.list_items(x_tenant="blue", theme="t"))
    assert events == ["> GET /items/a", "< 200", "> GET /items", "< 200", "> GET /items", "< 200"]
    assert all(r.headers["X-Signed"] == "yes" for r in seen)
    with pytest.raises(ValueError, match="'request' and 'response'"):
        _client(pkg, api.client_class, seen, event_hooks={"requests": [on_request]})


def test_a_failing_response_hook_stops_the_call(wire: tuple[ModuleType, Any]) -> None:
    pkg, api = wire

    def refuse(response: httpx.Response) -> None:
        raise RuntimeError(f"refused {response.status_code}")

    client = _client(pkg, api.client_class, [], event_hooks={"response": [refuse]})
    with pytest.raises(RuntimeError, match="refused 200"):
        client.items.get_item("a", x_tenant="blue")


async def test_async_event_hooks_may_be_coroutines(wire: tuple[ModuleType, Any]) -> None:
    pkg, api = wire
    events: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        events.append("async request")

    def on_response(response: httpx.Response) -> None:
        events.append("sync response")

    client = _client(pkg, api.client_class, [], asynchronous=True, event_hooks={"request": [on_request], "response": [on_response]})
    await client.items.get_item("a", x_tenant="blue")
    assert events == ["async request", "sync response"]
