# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``permissions``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

GET_CHANNELS = expect("permissions.get_channels")
GET_LOCALES = expect("permissions.get_locales")


def test_get_channels(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET_CHANNELS,
        lambda pim: pim.permissions.get_channels("0f3e6a9c-1d4b-4c7e-8a2f-5b9d3e1c7a64"),
    )
    assert isinstance(result, _m.UserChannelPermissions)
    if endpoint.exact:
        assert as_json(result, GET_CHANNELS.expected) == GET_CHANNELS.expected


def test_get_channels_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET_CHANNELS,
        lambda pim: pim.permissions.get_channels("0f3e6a9c-1d4b-4c7e-8a2f-5b9d3e1c7a64"),
    )
    assert isinstance(result, _m.UserChannelPermissions)
    if endpoint.exact:
        assert as_json(result, GET_CHANNELS.expected) == GET_CHANNELS.expected


def test_get_locales(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET_LOCALES, lambda pim: pim.permissions.get_locales("0f3e6a9c-1d4b-4c7e-8a2f-5b9d3e1c7a64")
    )
    assert isinstance(result, _m.UserLocalePermissions)
    if endpoint.exact:
        assert as_json(result, GET_LOCALES.expected) == GET_LOCALES.expected


def test_get_locales_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET_LOCALES, lambda pim: pim.permissions.get_locales("0f3e6a9c-1d4b-4c7e-8a2f-5b9d3e1c7a64")
    )
    assert isinstance(result, _m.UserLocalePermissions)
    if endpoint.exact:
        assert as_json(result, GET_LOCALES.expected) == GET_LOCALES.expected
