"""Parsing JSON bodies into the generated models and types (cached pydantic adapters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from pydantic import TypeAdapter

T = TypeVar("T")


_ADAPTERS: dict[object, TypeAdapter[Any]] = {}


def _adapter(tp: object) -> TypeAdapter[Any]:
    """One adapter per annotation, built on first use (building one is the costly part)."""
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = TypeAdapter(cast(Any, tp))
    return adapter


def parse_json(tp: type[T] | Any, content: bytes) -> T:
    """Validate a JSON document (bytes) as ``tp``: a model class or any annotation."""
    if isinstance(tp, type) and hasattr(tp, "model_validate_json"):
        result: T = tp.model_validate_json(content)
        return result
    parsed: T = _adapter(tp).validate_json(content)
    return parsed


def validator(tp: type[T] | Any) -> Callable[[Any], T]:
    """A function validating one already-decoded JSON value as ``tp`` (for list items)."""
    if isinstance(tp, type) and hasattr(tp, "model_validate"):
        method: Callable[[Any], T] = tp.model_validate
        return method
    adapter = _adapter(tp)
    return adapter.validate_python
