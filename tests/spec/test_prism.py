"""Prism 5 (npm @stoplight/prism-cli) mocks spec/akeneo-pim.yaml: it starts without errors and
serves the spec's examples.

Prism is found and started by tests/support/prism.py (this module always starts its own, to
read its startup log). Without it the tests fail, unless ALLOW_NO_PRISM=1, which skips them.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.spec._spec import load_spec
from tests.support.paths import SPEC_PATH
from tests.support.prism import LISTENING, running_prism


class Prism:
    def __init__(self, base_url: str, startup_log: str) -> None:
        self.base_url = base_url
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
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with running_prism(SPEC_PATH, log, own=True) as url:
        # the startup log: up to the line saying Prism listens (requests are logged after it)
        text = log.read_text(errors="replace")
        end = text.find("\n", text.index(LISTENING))
        yield Prism(url, text if end < 0 else text[: end + 1])


BEARER = {"Authorization": "Bearer test-token", "Accept": "application/json"}


def _example(method: str, path: str, status: str = "200") -> Any:
    return load_spec()["paths"][path][method]["responses"][status]["content"][
        "application/json"
    ]["example"]


def test_prism_starts_cleanly(prism: Prism) -> None:
    startup = prism.startup_log
    assert LISTENING in startup, startup
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
