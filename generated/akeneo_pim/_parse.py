"""Parsing JSON bodies into the generated models and types (cached pydantic adapters).

A list reply is validated in one call of pydantic's JSON parser: the envelope and its
``_embedded.items`` at once, straight from the bytes (:meth:`ItemValidator.envelope`). Adapters
are built on first use, never at import.

The cyclic garbage collector is paused while a reply is validated (:func:`_validating`): the
objects pydantic builds hold no reference cycles, and a collection triggered by thousands of new
objects per page would walk every object of the process, for nothing (about half the time of a
page of products here).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from pydantic import TypeAdapter
from typing_extensions import NotRequired, TypedDict

from ._types import decode_error

if TYPE_CHECKING:
    from ._httpx import httpx

__all__ = ["Envelope", "ItemValidator", "parse_json", "parse_json_or_none", "validator"]

T = TypeVar("T")


class _Embedded(TypedDict, Generic[T]):
    items: NotRequired[list[T] | None]


class Envelope(TypedDict, Generic[T]):
    """A list reply as :meth:`ItemValidator.envelope` returns it: the items validated, the other
    members as decoded (read leniently by :class:`._types.Page`); unknown members left out."""

    _embedded: NotRequired[_Embedded[T] | None]
    _links: NotRequired[Any]
    current_page: NotRequired[Any]
    items_count: NotRequired[Any]


_ADAPTERS: dict[object, TypeAdapter[Any]] = {}
_ENVELOPES: dict[object, TypeAdapter[Any]] = {}


def _adapter(tp: object) -> TypeAdapter[Any]:
    """One adapter per annotation, built on first use (building one is the costly part)."""
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = TypeAdapter(cast(Any, tp))
    return adapter


def _envelope_adapter(tp: object) -> TypeAdapter[Any]:
    """The adapter of a list reply whose items are ``tp`` (built on first use, then cached)."""
    adapter = _ENVELOPES.get(tp)
    if adapter is None:
        adapter = _ENVELOPES[tp] = TypeAdapter(cast(Any, Envelope)[tp])
    return adapter


@contextmanager
def _validating() -> Iterator[None]:
    """Pause the cyclic garbage collector for one validation, unless it is paused already (then
    it is left as it is). Validation calls no code that waits, so in an event loop nothing else
    runs meanwhile; another thread's objects are collected once the call returns."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_json(tp: type[T] | Any, response: httpx.Response) -> T:
    """Validate a reply's JSON body as ``tp``: a model class or any annotation.

    Raises:
        errors.DecodeError: the body is not JSON, or not a ``tp`` (the ``json`` or pydantic
            error chained).
    """
    try:
        with _validating():
            if isinstance(tp, type) and hasattr(tp, "model_validate_json"):
                result: T = tp.model_validate_json(response.content)
                return result
            parsed: T = _adapter(tp).validate_json(response.content)
    except ValueError as exc:  # pydantic's ValidationError is one
        raise decode_error(response, exc) from exc
    return parsed


def parse_json_or_none(tp: type[T] | Any, response: httpx.Response) -> T | None:
    """:func:`parse_json`, or None for an empty body (a success the operation answers without
    one, beside another that carries the model)."""
    return parse_json(tp, response) if response.content.strip() else None


class ItemValidator(Generic[T]):
    """Validates the items of a list endpoint as ``tp`` (a model class or any annotation).

    Called with one decoded item, it validates that item. :meth:`envelope` validates a whole
    list reply from its JSON bytes in one pass, which is what the paginators use.
    """

    __slots__ = ("_one", "tp")

    def __init__(self, tp: type[T] | Any) -> None:
        self.tp = tp
        self._one: Callable[[Any], T] | None = None
        if isinstance(tp, type) and hasattr(tp, "model_validate"):
            self._one = tp.model_validate

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.tp!r})"

    def __call__(self, item: Any) -> T:
        one = self._one
        if one is None:
            one = self._one = _adapter(self.tp).validate_python
        return one(item)

    def envelope(self, content: bytes) -> Envelope[T]:
        """Validate a list reply (``{"_embedded": {"items": [...]}, "_links": ...}``).

        Raises:
            pydantic.ValidationError: not JSON, not an object of that shape, or an item is not
                a ``tp``.
        """
        with _validating():
            result: Envelope[T] = _envelope_adapter(self.tp).validate_json(content)
        return result


def validator(tp: type[T] | Any) -> ItemValidator[T]:
    """The validator of list items of type ``tp`` (see :class:`ItemValidator`)."""
    return ItemValidator(tp)
