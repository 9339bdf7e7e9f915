"""What every kind of method puts on the wire besides its body: header, cookie and query
parameters, wire names that are not identifiers, and how it authenticates. One small generic spec, one
method of each call kind (JSON, page listing, upload, download), blocking and async."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.ir import ArrayBatch, Download, JsonCall, PageListing, Upload
from generator.loader import load_spec
from tests.support.httplib import httpx
from tests.support.packages import generate_package

SPEC = """\
openapi: 3.1.0
info: {title: Wire, version: "1"}
paths:
  /items/{item-id}:
    get:
      tags: [items]
      operationId: getItem
      parameters:
        - {name: item-id, in: path, required: true, schema: {type: string}}
        - {name: X-Tenant, in: header, required: true, schema: {type: string}}
        - {name: X-Trace-Id, in: header, schema: {type: integer}}
        - {name: größe, in: query, schema: {type: boolean}}
        - {name: session-id, in: cookie, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
  /items:
    get:
      tags: [items]
      operationId: listItems
      parameters:
        - {name: X-Tenant, in: header, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: theme, in: cookie, required: true, schema: {type: string}}
      responses:
        "200":
          description: a page
          content:
            application/json:
              schema:
                type: object
                properties:
                  _links: {type: object, properties: {next: {type: object, properties: {href: {type: string}}}}}
                  _embedded: {type: object, properties: {items: {type: array, items: {type: object, properties: {id: {type: string}}}}}}
    put:
      tags: [items]
      operationId: replaceItems
      requestBody: {content: {application/json: {schema: {type: array, items: {type: object, properties: {id: {type: string}}}}}}}
      responses: {"204": {description: replaced}}
  /files:
    post:
      tags: [files]
      operationId: uploadFile
      parameters:
        - {name: X-Tenant, in: header, required: true, schema: {type: string}}
        - {name: overwrite, in: query, schema: {type: boolean}}
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, format: binary}, note: {type: string}}}
      responses: {"201": {description: stored, headers: {Location: {schema: {type: string}}}}}
  /files/{id}:
    get:
      tags: [files]
      operationId: fetchFile
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: X-Tenant, in: header, required: true, schema: {type: string}}
        - {name: version, in: query, schema: {type: integer}}
      responses:
        "200": {description: the bytes, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
  /jobs:
    post:
      tags: [jobs]
      operationId: startJob
      requestBody: {required: true, content: {application/json: {schema: {type: object}}}}
      responses: {"202": {description: accepted, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}}
  /jobs/{id}?beta=true:
    get:
      tags: [jobs]
      operationId: getBetaJob
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: include, in: query, schema: {type: string}}
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}}
  /speech:
    post:
      tags: [speech]
      operationId: createSpeech
      requestBody: {required: true, content: {application/json: {schema: {type: object, properties: {text: {type: string}}}}}}
      responses: {"200": {description: audio, content: {audio/mpeg: {schema: {type: string, format: binary}}}}}
  /public/ping:
    get:
      tags: [misc]
      operationId: ping
      security: []
      responses: {"204": {description: pong}}
"""
BASE = "https://wire.example.com"


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Any]:
    folder = tmp_path_factory.mktemp("wire")
    spec = folder / "wire.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    api = load_spec(spec).api
    return generate_package(spec, folder / "out", "wire_pkg"), api


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path == "/items":
            return httpx.Response(200, json={"_links": {}, "_embedded": {"items": [{"id": "a"}]}})
        if path.startswith("/items/"):
            return httpx.Response(200, json={"id": "x"})
        if path == "/jobs":
            return httpx.Response(202, json={"id": "j1"})
        if path.startswith("/jobs/"):
            return httpx.Response(200, json={"id": "j2"})
        if path == "/speech":
            return httpx.Response(200, content=b"mp3", headers={"Content-Type": "audio/mpeg"})
        if path == "/files":
            return httpx.Response(201, headers={"Location": f"{BASE}/files/new-1"})
        if path.startswith("/files/"):
            return httpx.Response(200, content=b"bytes", headers={"Content-Type": "application/octet-stream"})
        return httpx.Response(204)

    return httpx.MockTransport(handle)


def _client(wire: tuple[ModuleType, Any], seen: list[httpx.Request], *, asynchronous: bool = False) -> Any:
    pkg, api = wire
    name = f"Async{api.client_class}" if asynchronous else api.client_class
    http = (httpx.AsyncClient if asynchronous else httpx.Client)(transport=_recorder(seen))
    return getattr(pkg, name)(BASE, token="tok", http_client=http)


def test_each_operation_gets_its_call_kind(wire: tuple[ModuleType, Any]) -> None:
    _, api = wire
    kinds = {op.python_name: type(op.call) for op in api.operations}
    assert kinds == {
        "get_item": JsonCall,
        "list_items": PageListing,
        "replace_items": JsonCall,  # a JSON array PUT is one body in plain OpenAPI, not a batch
        "upload_file": Upload,
        "fetch_file": Download,
        "ping": JsonCall,
        "start_job": JsonCall,
        "get_beta_job": JsonCall,
        "create_speech": Download,
    }
    assert ArrayBatch not in kinds.values()


def test_json_call_sends_headers_query_and_non_identifier_names(wire: tuple[ModuleType, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen)
    client.items.get_item("a/b c", x_tenant="blue", x_trace_id=7, grosse=True)
    [request] = seen
    assert request.url.raw_path == b"/items/a/b%20c?gr%C3%B6%C3%9Fe=true"
    assert request.headers["X-Tenant"] == "blue"
    assert request.headers["X-Trace-Id"] == "7"
    assert request.headers["Authorization"] == "Bearer tok"
    assert "Cookie" not in request.headers
    seen.clear()
    client.items.get_item("a", x_tenant="blue", session_id="s 1;x")  # an optional header left out is not sent
    assert "X-Trace-Id" not in seen[0].headers
    assert seen[0].headers["Cookie"] == "session-id=s%201%3Bx"


def test_listing_sends_headers_on_every_page(wire: tuple[ModuleType, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen)
    assert [item.id for item in client.items.list_items(x_tenant="green", theme="dark")] == ["a"]
    assert client.items.list_items_page(x_tenant="green", page=2, theme="dark").items[0].id == "a"
    assert [r.headers["X-Tenant"] for r in seen] == ["green", "green"]
    assert [r.headers["Cookie"] for r in seen] == ["theme=dark", "theme=dark"]
    assert seen[1].url.params["page"] == "2"


def test_upload_and_download_send_query_and_headers(wire: tuple[ModuleType, Any], tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen)
    code = client.files.upload_file(b"content", x_tenant="red", overwrite_=True, note="hi", filename="a.txt")
    assert code == "new-1"
    upload = seen[-1]
    assert (upload.method, upload.url.path, upload.url.params["overwrite"]) == ("POST", "/files", "true")
    assert upload.headers["X-Tenant"] == "red"
    assert b'name="note"' in upload.content and b"content" in upload.content
    result = client.files.fetch_file("f1", to=tmp_path / "out.bin", x_tenant="red", version=3)
    assert (tmp_path / "out.bin").read_bytes() == b"bytes" and result.path == tmp_path / "out.bin"
    assert b"".join(client.files.iter_fetch_file("f1", x_tenant="red", version=3)) == b"bytes"
    for download in seen[-2:]:
        assert (download.url.path, download.url.params["version"], download.headers["X-Tenant"]) == ("/files/f1", "3", "red")


def test_any_2xx_is_a_success_outside_akeneo(wire: tuple[ModuleType, Any]) -> None:
    seen: list[httpx.Request] = []
    assert _client(wire, seen).jobs.start_job({"kind": "x"}).id == "j1"  # 202 Accepted
    assert seen[0].method == "POST"


def test_a_query_in_the_path_template_is_kept_beside_the_parameters(wire: tuple[ModuleType, Any]) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen)
    client.jobs.get_beta_job("j 2")
    client.jobs.get_beta_job("j2", include="steps")
    assert [r.url.raw_path for r in seen] == [b"/jobs/j%202?beta=true", b"/jobs/j2?beta=true&include=steps"]


def test_a_download_answering_a_post_sends_its_body(wire: tuple[ModuleType, Any], tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen)
    client.speech.create_speech({"text": "hello"}, to=tmp_path / "a.mp3")
    assert (tmp_path / "a.mp3").read_bytes() == b"mp3"
    assert b"".join(client.speech.iter_create_speech({"text": "hi"})) == b"mp3"
    assert [(r.method, r.url.path, r.content) for r in seen] == [("POST", "/speech", b'{"text":"hello"}'), ("POST", "/speech", b'{"text":"hi"}')]
    assert seen[0].headers["Content-Type"] == "application/json"


def test_an_operation_without_security_sends_no_token(wire: tuple[ModuleType, Any]) -> None:
    seen: list[httpx.Request] = []
    _client(wire, seen).misc.ping()
    assert "Authorization" not in seen[0].headers


async def test_async_methods_send_the_same(wire: tuple[ModuleType, Any], tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    client = _client(wire, seen, asynchronous=True)
    await client.items.get_item("a", x_tenant="blue", x_trace_id=1)
    assert [item.id async for item in client.items.list_items(x_tenant="blue", theme="t")] == ["a"]
    await client.files.upload_file(b"x", x_tenant="blue", filename="a.txt")
    await client.files.fetch_file("f1", to=tmp_path / "f", x_tenant="blue")
    assert [r.headers["X-Tenant"] for r in seen] == ["blue"] * 4
