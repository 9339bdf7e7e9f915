# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``auth``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

TOKEN = expect("auth.token")


def test_token(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(TOKEN, lambda pim: pim.auth.token(TOKEN.json))
    assert isinstance(result, _m.Token)
    if endpoint.exact:
        assert as_json(result, TOKEN.expected) == TOKEN.expected


def test_token_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(TOKEN, lambda pim: pim.auth.token(TOKEN.json))
    assert isinstance(result, _m.Token)
    if endpoint.exact:
        assert as_json(result, TOKEN.expected) == TOKEN.expected
