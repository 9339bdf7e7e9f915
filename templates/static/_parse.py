"""Parsing JSON bodies into the generated models and types (cached pydantic adapters)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


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
