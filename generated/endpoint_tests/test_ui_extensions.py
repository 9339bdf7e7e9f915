# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``ui_extensions``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

from akeneo_pim import models as _m

from ._harness import Endpoint, as_json, expect

CREATE = expect("ui_extensions.create")
DELETE = expect("ui_extensions.delete")
LIST = expect("ui_extensions.list")
UPDATE = expect("ui_extensions.update")
UPDATE_VIA_POST = expect("ui_extensions.update_via_post")


def test_create(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(CREATE, lambda pim: pim.ui_extensions.create(CREATE.json))
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, CREATE.expected) == CREATE.expected


def test_create_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(CREATE, lambda pim: pim.ui_extensions.create(CREATE.json))
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, CREATE.expected) == CREATE.expected


def test_delete(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        DELETE, lambda pim: pim.ui_extensions.delete("4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17")
    )
    assert result is None


def test_delete_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        DELETE, lambda pim: pim.ui_extensions.delete("4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17")
    )
    assert result is None


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(LIST, lambda pim: pim.ui_extensions.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.UiExtension) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(LIST, lambda pim: pim.ui_extensions.list())
    assert isinstance(result, list)
    assert all(isinstance(item, _m.UiExtension) for item in result)
    if endpoint.exact:
        assert as_json(result, LIST.expected) == LIST.expected


def test_update(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPDATE,
        lambda pim: pim.ui_extensions.update("4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17", UPDATE.json),
    )
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, UPDATE.expected) == UPDATE.expected


def test_update_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPDATE,
        lambda pim: pim.ui_extensions.update("4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17", UPDATE.json),
    )
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, UPDATE.expected) == UPDATE.expected


def test_update_via_post(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPDATE_VIA_POST,
        lambda pim: pim.ui_extensions.update_via_post(
            "4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17", UPDATE_VIA_POST.json
        ),
    )
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, UPDATE_VIA_POST.expected) == UPDATE_VIA_POST.expected


def test_update_via_post_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPDATE_VIA_POST,
        lambda pim: pim.ui_extensions.update_via_post(
            "4d9b2f6e-8a1c-4e3b-b7d5-2c6f0a8e4b17", UPDATE_VIA_POST.json
        ),
    )
    assert isinstance(result, _m.UiExtension)
    if endpoint.exact:
        assert as_json(result, UPDATE_VIA_POST.expected) == UPDATE_VIA_POST.expected
