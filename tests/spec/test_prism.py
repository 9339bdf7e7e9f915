"""Prism 5 (npm @stoplight/prism-cli) mocks spec/akeneo-pim.yaml: it starts without errors and
serves the spec's examples.

Prism is found through the PRISM environment variable (path of the executable), then
<repo>/node_modules/.bin/prism, then `prism` on PATH. Without it the tests fail, unless
ALLOW_NO_PRISM=1, which skips them.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.spec._spec import load_spec
from tests.support.paths import ROOT, SPEC_PATH

STARTUP_TIMEOUT = 60.0
INSTALL_HINT = (
    "Prism not found. Install it with `npm install --no-save @stoplight/prism-cli@5` in the repository "
    "(or anywhere, then set PRISM=/path/to/node_modules/.bin/prism); set ALLOW_NO_PRISM=1 to skip."
)


def _find_prism() -> str | None:
    if os.environ.get("PRISM"):
        return os.environ["PRISM"]
    local = ROOT / "node_modules" / ".bin" / "prism"
    if local.exists():
        return str(local)
    return shutil.which("prism")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class Prism:
    def __init__(self, base_url: str, log: Path, startup_log: str) -> None:
        self.base_url = base_url
        self.log = log
        self.startup_log = startup_log

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Send a request; return status, headers (lower-cased names) and body."""
        req = urllib.request.Request(
            self.base_url + path, data=body, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return (
                    resp.status,
                    {k.lower(): v for k, v in resp.headers.items()},
                    resp.read(),
                )
        except urllib.error.HTTPError as err:
            return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    exe = _find_prism()
    if exe is None:
        if os.environ.get("ALLOW_NO_PRISM") == "1":
            pytest.skip("Prism not installed and ALLOW_NO_PRISM=1")
        pytest.fail(INSTALL_HINT, pytrace=False)
    port = _free_port()
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                exe,
                "mock",
                str(SPEC_PATH),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "--errors",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while "Prism is listening" not in log.read_text(
            errors="replace"
        ) or not _listening(port):
            if proc.poll() is not None:
                pytest.fail(
                    f"Prism exited with {proc.returncode}:\n{log.read_text(errors='replace')}"
                )
            if time.monotonic() > deadline:
                pytest.fail(
                    f"Prism did not listen within {STARTUP_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}"
                )
            time.sleep(0.2)
        yield Prism(f"http://127.0.0.1:{port}", log, log.read_text(errors="replace"))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


BEARER = {"Authorization": "Bearer test-token", "Accept": "application/json"}


def _example(method: str, path: str, status: str = "200") -> Any:
    return load_spec()["paths"][path][method]["responses"][status]["content"][
        "application/json"
    ]["example"]


def test_prism_starts_cleanly(prism: Prism) -> None:
    startup = prism.startup_log
    assert "Prism is listening" in startup, startup
    # Prism prefixes every log line with a level ("info", "warning", "error", "fatal") and a symbol.
    level = re.compile(r"(✖|⚠|\s(error|warning|fatal)\s{2,})")
    bad = [line for line in startup.splitlines() if level.search(line)]
    assert bad == [], startup


@pytest.mark.parametrize(
    "path, spec_path",
    [
        ("/api/rest/v1/families", "/api/rest/v1/families"),
        ("/api/rest/v1/attributes/color", "/api/rest/v1/attributes/{code}"),
        (
            "/api/rest/v1/products-uuid/8c2f6b1e-3d4a-4f7b-9e21-5a6c7d8e9f01",
            "/api/rest/v1/products-uuid/{uuid}",
        ),
        (
            "/api/rest/v1/reference-entities/brands/attributes",
            "/api/rest/v1/reference-entities/{reference_entity_code}/attributes",
        ),
    ],
)
def test_serves_the_examples(prism: Prism, path: str, spec_path: str) -> None:
    status, headers, body = prism.request("GET", path, headers=BEARER)
    assert status == 200, body
    assert headers["content-type"].startswith("application/json")
    assert json.loads(body) == _example("get", spec_path)


def test_refuses_a_request_without_token(prism: Prism) -> None:
    status, _, _ = prism.request(
        "GET", "/api/rest/v1/families", headers={"Accept": "application/json"}
    )
    assert status == 401


def test_overview_needs_no_token(prism: Prism) -> None:
    status, _, body = prism.request(
        "GET", "/api/rest/v1", headers={"Accept": "application/json"}
    )
    assert status == 200
    assert json.loads(body) == _example("get", "/api/rest/v1")


def test_validates_query_bounds(prism: Prism) -> None:
    status, _, _ = prism.request(
        "GET", "/api/rest/v1/families?limit=101", headers=BEARER
    )
    assert status == 422


def test_token_with_basic_auth(prism: Prism) -> None:
    basic = base64.b64encode(b"client_id:secret").decode()
    payload = json.dumps(
        {"grant_type": "password", "username": "erp", "password": "pw"}
    ).encode()
    headers = {
        "Authorization": f"Basic {basic}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    status, _, body = prism.request(
        "POST", "/api/oauth/v1/token", headers=headers, body=payload
    )
    assert status == 200, body
    assert json.loads(body) == _example("post", "/api/oauth/v1/token")


def test_upsert_answers_with_location(prism: Prism) -> None:
    payload = json.dumps({"code": "clothing", "attribute_as_label": "name"}).encode()
    headers = {**BEARER, "Content-Type": "application/json"}
    status, resp_headers, _ = prism.request(
        "PATCH", "/api/rest/v1/families/clothing", headers=headers, body=payload
    )
    assert status in (201, 204)
    assert resp_headers["location"].startswith("https://")
