"""A builder for the ``search`` query parameter of list endpoints.

Akeneo filters lists with a JSON object mapping each property to a list of filters::

    {"enabled":[{"operator":"=","value":true}],
     "completeness":[{"operator":">","value":70,"scope":"ecommerce"}]}

:class:`Search` builds that object step by step. It is immutable: :meth:`Search.where` returns
a new search, so a base search can be shared and refined::

    active = Search().where("enabled", "=", True)
    shoes = active.where("categories", "IN", ["shoes"])
    shoes.to_query()  # '{"enabled":[{"operator":"=","value":true}],"categories":[...]}'

Anywhere a ``Search`` is accepted, a plain dict in the same shape or a ready JSON string works too.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["Search"]

_NO_VALUE_OPERATORS = frozenset({"EMPTY", "NOT EMPTY"})
_RANGE_OPERATORS = frozenset({"BETWEEN", "NOT BETWEEN"})
_LIST_OPERATORS = frozenset(
    {"IN", "NOT IN", "IN CHILDREN", "NOT IN CHILDREN", "IN OR UNCLASSIFIED"}
)
_MISSING: Any = object()


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a filter value: dates in Akeneo's ``YYYY-MM-DD HH:MM:SS`` form, an
    aware datetime with its offset (``2024-01-02 12:00:00+05:00``), never silently shifted."""
    if isinstance(value, _dt.datetime):
        text = value.strftime("%Y-%m-%d %H:%M:%S")
        return (
            text
            if value.utcoffset() is None
            else text + value.isoformat()[19:].lstrip("0123456789.")
        )
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [_plain(v) for v in items]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    return value


class Search:
    """An immutable set of Akeneo search filters (see the module documentation)."""

    __slots__ = ("_filters",)

    _filters: tuple[tuple[str, str], ...]

    def __init__(self) -> None:
        self._filters = ()

    @classmethod
    def _of(cls, filters: tuple[tuple[str, str], ...]) -> Search:
        search = cls.__new__(cls)
        search._filters = filters
        return search

    def where(
        self,
        property: str,
        operator: str,
        value: Any = _MISSING,
        *,
        scope: str | None = None,
        locale: str | None = None,
        locales: Sequence[str] | None = None,
        **options: Any,
    ) -> Search:
        """A new search with one more filter on ``property``.

        Args:
            property: what to filter on (``enabled``, ``family``, ``categories``, an attribute
                code, ...). Several filters on one property are all applied.
            operator: an Akeneo operator (``=``, ``!=``, ``<``, ``>``, ``IN``, ``NOT IN``,
                ``BETWEEN``, ``CONTAINS``, ``STARTS WITH``, ``EMPTY``, ``NOT EMPTY``, ...).
            value: the operand; omitted for ``EMPTY`` and ``NOT EMPTY``. Lists for ``IN``-like
                operators, two items for ``BETWEEN``. Datetimes become ``YYYY-MM-DD HH:MM:SS``.
            scope, locale, locales: the channel / locale(s) the filter applies to.
            options: any other filter key Akeneo understands, passed as is.

        Raises:
            ValueError: empty property or operator, missing value, or a value of the wrong shape.
        """
        if not isinstance(property, str) or not property:
            raise ValueError("search property must be a non-empty string")
        if not isinstance(operator, str) or not operator.strip():
            raise ValueError("search operator must be a non-empty string")
        key = operator.strip().upper()
        entry: dict[str, Any] = {"operator": operator.strip()}
        if value is _MISSING:
            if key not in _NO_VALUE_OPERATORS:
                raise ValueError(f"search operator {operator!r} on {property!r} needs a value")
        else:
            plain = _plain(value)
            if key in _RANGE_OPERATORS and not (isinstance(plain, list) and len(plain) == 2):
                raise ValueError(f"{operator} needs a list of two values")
            if key in _LIST_OPERATORS and not isinstance(plain, list):
                raise ValueError(f"{operator} needs a list of values")
            entry["value"] = plain
        if scope is not None:
            entry["scope"] = scope
        if locale is not None:
            entry["locale"] = locale
        if locales is not None:
            if isinstance(locales, str):
                raise ValueError("locales must be a list of locale codes, not a string")
            entry["locales"] = list(locales)
        for name, option in options.items():
            if option is not None:
                entry[name] = _plain(option)
        try:
            encoded = json.dumps(entry, separators=(",", ":"), ensure_ascii=False)
        except TypeError as exc:
            raise ValueError(f"search value for {property!r} is not JSON-compatible") from exc
        return Search._of((*self._filters, (property, encoded)))

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """The filters as Akeneo's JSON object (properties in the order first used)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for name, encoded in self._filters:
            out.setdefault(name, []).append(json.loads(encoded))
        return out

    def to_query(self) -> str:
        """The compact JSON string sent as the ``search`` query parameter (the filters are
        joined as encoded, not decoded and encoded again)."""
        grouped: dict[str, list[str]] = {}
        for name, encoded in self._filters:
            grouped.setdefault(name, []).append(encoded)
        members = (
            f"{json.dumps(name, ensure_ascii=False)}:[{','.join(encoded)}]"
            for name, encoded in grouped.items()
        )
        return "{" + ",".join(members) + "}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Search:
        """Build from Akeneo's JSON object (or its JSON text).

        Raises:
            ValueError: not an object mapping properties to lists of filters with an operator.
        """
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise ValueError("search is not valid JSON") from exc
        if not isinstance(data, Mapping):
            raise ValueError("search must be a JSON object")
        search = cls()
        for name, given in data.items():
            filters = [given] if isinstance(given, Mapping) else given
            if not isinstance(filters, list):
                raise ValueError(f"filters of {name!r} must be a list")
            for entry in filters:
                if not isinstance(entry, Mapping) or "operator" not in entry:
                    raise ValueError(f"each filter of {name!r} needs an operator")
                rest = {k: v for k, v in entry.items() if k not in ("operator", "value")}
                search = search.where(
                    str(name), entry["operator"], entry.get("value", _MISSING), **rest
                )
        return search

    def properties(self) -> list[str]:
        """The filtered properties, in the order first used."""
        return list(self.to_dict())

    def __iter__(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(property, filter)`` pairs in the order they were added."""
        return ((name, json.loads(encoded)) for name, encoded in self._filters)

    def __len__(self) -> int:
        return len(self._filters)

    def __bool__(self) -> bool:
        return bool(self._filters)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Search):
            return self.to_dict() == other.to_dict()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.to_query())

    def __str__(self) -> str:
        return self.to_query()

    def __repr__(self) -> str:
        return f"Search.from_dict({self.to_query()!r})"
