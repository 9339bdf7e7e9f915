# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``auth``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from typing import Any

from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, as_json

TOKEN_BODY: dict[str, Any] = {
    "grant_type": "password",
    "username": "username_1",
    "password": "password_1",
}
TOKEN = Expect(
    "auth.token",
    "POST",
    "/api/oauth/v1/token",
    query=(),
    accept="application/json",
    content_type="application/json",
    body="json",
    json=TOKEN_BODY,
)


def test_token(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(TOKEN, lambda pim: pim.auth.token(TOKEN_BODY))
    assert isinstance(result, _m.Token)
    if endpoint.exact:
        assert as_json(result) == {
            "access_token": "NzFiYTM4ZDdkZGNjZTRlMWNkM2RhYTJmNmY0NDEzNmI0ZDIwOTlmOTQ5ZTE2",
            "expires_in": 3600,
            "token_type": "bearer",
            "scope": None,
            "refresh_token": "MDk2OGRlNmNhZjQ0YjE0MTAwMjY0OTU0ZDE5ZTA3N2Q0NzJkMmVkZjNmNDY4",
        }


def test_token_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(TOKEN, lambda pim: pim.auth.token(TOKEN_BODY))
    assert isinstance(result, _m.Token)
    if endpoint.exact:
        assert as_json(result) == {
            "access_token": "NzFiYTM4ZDdkZGNjZTRlMWNkM2RhYTJmNmY0NDEzNmI0ZDIwOTlmOTQ5ZTE2",
            "expires_in": 3600,
            "token_type": "bearer",
            "scope": None,
            "refresh_token": "MDk2OGRlNmNhZjQ0YjE0MTAwMjY0OTU0ZDE5ZTA3N2Q0NzJkMmVkZjNmNDY4",
        }
