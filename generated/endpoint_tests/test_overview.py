# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``overview``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned. See conftest.py for
the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m

from ._harness import Endpoint, Expect, as_json

GET = Expect(
    "overview.get",
    "GET",
    "/api/rest/v1",
    query=(),
    accept="application/json",
    content_type=None,
    body="none",
)


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(GET, lambda pim: pim.overview.get())
    assert isinstance(result, _m.ApiOverview)
    if endpoint.exact:
        assert as_json(result) == {
            "host": "https://pim.example.com",
            "authentication": {
                "fos_oauth_server_token": {"route": "/api/oauth/v1/token", "methods": ["POST"]}
            },
            "routes": {
                "pim_api_family_list": {"route": "/api/rest/v1/families", "methods": ["GET"]},
                "pim_api_family_get": {"route": "/api/rest/v1/families/{code}", "methods": ["GET"]},
                "pim_api_family_partial_update": {
                    "route": "/api/rest/v1/families/{code}",
                    "methods": ["PATCH"],
                },
            },
        }


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(GET, lambda pim: pim.overview.get())
    assert isinstance(result, _m.ApiOverview)
    if endpoint.exact:
        assert as_json(result) == {
            "host": "https://pim.example.com",
            "authentication": {
                "fos_oauth_server_token": {"route": "/api/oauth/v1/token", "methods": ["POST"]}
            },
            "routes": {
                "pim_api_family_list": {"route": "/api/rest/v1/families", "methods": ["GET"]},
                "pim_api_family_get": {"route": "/api/rest/v1/families/{code}", "methods": ["GET"]},
                "pim_api_family_partial_update": {
                    "route": "/api/rest/v1/families/{code}",
                    "methods": ["PATCH"],
                },
            },
        }
