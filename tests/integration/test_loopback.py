"""The endpoint tests' loopback server (generated into endpoint_tests/_loopback.py) over HTTP.

It stands in for Prism where Prism cannot answer, so it must refuse what the PIM refuses. The
module is generated from tests/fixtures/specs/mini.yaml and imported under another package
name, so it never clashes with generated/endpoint_tests.
"""

from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Iterator
from types import ModuleType

import pytest

from generator.pipeline import Options, generate
from tests.support.httplib import httpx
from tests.support.packages import on_sys_path
from tests.support.paths import MINI

PACKAGE = "mini_loopback_tests"
BEARER = {"Authorization": "Bearer t", "Accept": "application/json"}
NDJSON = "application/vnd.akeneo.collection+json"


@pytest.fixture(scope="module")
def loopback(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("mini")
    generate(Options(spec=MINI, out=out / "gen", with_tests=True))
    shutil.copytree(out / "gen" / "endpoint_tests", out / PACKAGE)
    with on_sys_path(out, PACKAGE):
        yield importlib.import_module(f"{PACKAGE}._loopback")


@pytest.fixture(scope="module")
def http(loopback: ModuleType) -> Iterator[httpx.Client]:
    operations = importlib.import_module(f"{PACKAGE}._operations").OPERATIONS
    server = loopback.LoopbackServer(operations.values())
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as client:
            yield client
    finally:
        server.close()


def test_a_valid_request_gets_the_example(http: httpx.Client) -> None:
    reply = http.get("/api/rest/v1/families/shoes", headers=BEARER)
    assert reply.status_code == 200
    assert reply.json() == {"code": "shoes", "attributes": ["sku", "name"], "labels": {"en_US": "Shoes"}}


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("GET", "/api/rest/v1/families/shoes", {"Accept": "application/json"}, 401),
        ("GET", "/api/rest/v1/families/shoes", {"Authorization": "Bearer t", "Accept": "text/html"}, 406),
        ("GET", "/api/rest/v1/nowhere", BEARER, 404),
        ("DELETE", "/api/rest/v1/families/shoes", BEARER, 405),
        ("GET", "/api/rest/v1/families?limit=101", BEARER, 422),
        ("GET", "/api/rest/v1/families?page=zero", BEARER, 422),
    ],
)
def test_what_the_pim_refuses_is_refused(http: httpx.Client, method: str, path: str, headers: dict[str, str], status: int) -> None:
    reply = http.request(method, path, headers=headers)
    assert reply.status_code == status
    assert reply.json()["code"] == status


def test_json_bodies_are_checked(http: httpx.Client) -> None:
    url = "/api/rest/v1/families"
    assert http.post(url, headers={**BEARER, "Content-Type": "text/plain"}, content=b"{}").status_code == 415
    assert http.post(url, headers={**BEARER, "Content-Type": "application/json"}, content=b"{nope").status_code == 400
    created = http.post(url, headers={**BEARER, "Content-Type": "application/json"}, content=b'{"code":"x"}')
    assert created.status_code == 201
    assert created.headers["location"].startswith(str(http.base_url).rstrip("/") + "/api/rest/v1/families/")


def test_ndjson_batches_get_one_status_a_line_even_when_chunked(http: httpx.Client) -> None:
    def lines() -> Iterator[bytes]:
        for code in ("a", "b", "c"):
            yield json.dumps({"code": code}).encode() + b"\n"

    reply = http.patch("/api/rest/v1/families", headers={**BEARER, "Content-Type": NDJSON}, content=lines())
    assert reply.status_code == 200
    assert reply.headers["content-type"] == NDJSON
    assert [json.loads(line) for line in reply.text.splitlines()] == [
        {"line": n, "code": code, "status_code": 204} for n, code in enumerate("abc", 1)
    ]


def test_ndjson_batches_are_limited_and_parsed(http: httpx.Client) -> None:
    too_many = b"\n".join(b'{"code":"x"}' for _ in range(101))
    headers = {**BEARER, "Content-Type": NDJSON}
    assert http.patch("/api/rest/v1/families", headers=headers, content=too_many).status_code == 413
    assert http.patch("/api/rest/v1/families", headers=headers, content=b'{"code":"x"}\n[1]').status_code == 400


def test_uploads_need_the_file_part(http: httpx.Client, loopback: ModuleType) -> None:
    url = "/api/rest/v1/media-files"
    missing = http.post(url, headers=BEARER, data={"product": '{"identifier":"cap"}'}, files={"other": ("a.txt", b"x")})
    assert missing.status_code == 422
    bad_json = http.post(url, headers=BEARER, data={"product": "{"}, files={"file": ("a.jpg", b"x")})
    assert bad_json.status_code == 400
    ok = http.post(url, headers=BEARER, data={"product": '{"identifier":"cap"}'}, files={"file": ("a.jpg", b"x")})
    assert ok.status_code == 201
    assert ok.headers["location"].endswith("/api/rest/v1/media-files/" + loopback.UPLOADED_CODE)


def test_downloads_route_codes_with_slashes(http: httpx.Client, loopback: ModuleType) -> None:
    reply = http.get("/api/rest/v1/media-files/7/5/8/e/758e39d4_cap.jpg/download", headers={"Authorization": "Bearer t", "Accept": "*/*"})
    assert reply.status_code == 200
    assert reply.content == loopback.FILE_CONTENT
