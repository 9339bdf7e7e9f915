# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""Every model of the API, importable from here; each module is loaded on first use."""

from __future__ import annotations

import importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .odd_tag import GetOdd200Response as GetOdd200Response

_MODULES: dict[str, str] = {
    "GetOdd200Response": "odd_tag",
}

__all__ = [
    "GetOdd200Response",
]


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
