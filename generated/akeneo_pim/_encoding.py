"""Encoding of path templates and query strings the way Akeneo expects them.

- Path values are percent-encoded (RFC 3986 unreserved characters stay) except ``/``, which is
  kept: media file codes such as ``7/5/8/e/abc_cap.jpg`` travel unencoded because the web
  servers in front of Akeneo refuse ``%2F``.
- Query values: ``None`` is dropped, booleans become ``true``/``false``, a ``Search`` (or any
  object with ``to_query()``) becomes its JSON string, dates and datetimes their RFC 3339 text
  (a datetime keeps its offset), dicts and lists compact JSON. A list-valued parameter
  (:func:`query_list`) travels as its style says: one pair per value, or the values joined.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import decimal
import enum
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

__all__ = [
    "compact_json",
    "encode_path",
    "encode_query",
    "encode_query_value",
    "prepare_json",
    "with_cookies",
]

_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")


def compact_json(value: Any, *, allow_nan: bool = True) -> str:
    """JSON without spaces (``{"a":[1,2]}``), non-ASCII characters kept as they are.

    Models are dumped by alias (unset fields left out); dates, decimals, UUIDs, enums and sets
    get their JSON form. ``allow_nan=False`` refuses NaN and infinities (ValueError).
    """
    return (_COMPACT if allow_nan else _COMPACT_FINITE).encode(value)


def _json_default(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


#: the encoders behind :func:`compact_json` (built once: ``json.dumps`` with options builds one
#: per call)
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default)
_COMPACT_FINITE = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default
)


def prepare_json(value: Any) -> Any:
    """A request body ready for JSON: models dumped (by alias, unset fields left out) and the
    top-level ``_links`` removed from each object (lists handled item by item). A plain dict
    without ``_links`` is returned as it is (it is only read)."""
    if type(value) is dict:
        return value if "_links" not in value else {k: v for k, v in value.items() if k != "_links"}
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {k: v for k, v in value.items() if k != "_links"}
    if isinstance(value, list | tuple):
        return [prepare_json(item) for item in value]
    return value


def encode_path(template: str, params: Mapping[str, object] | None = None) -> str:
    """Fill ``{name}`` placeholders of ``template`` with percent-encoded values, keeping ``/``.

    Raises:
        ValueError: a placeholder has no value or an empty one, a value has a ``.``/``..``
            segment (it would change the path), or ``params`` names an unknown placeholder.
    """
    params = params or {}
    names = _PLACEHOLDER.findall(template)
    unknown = sorted(set(params) - set(names))
    if unknown:
        raise ValueError(f"unknown path parameter(s) for {template}: {', '.join(unknown)}")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params or params[name] is None:
            raise ValueError(f"missing path parameter {name!r} for {template}")
        value = params[name]
        if isinstance(value, enum.Enum):
            value = value.value
        if isinstance(value, _dt.date | _dt.time):
            value = value.isoformat()
        text = value if isinstance(value, str) else str(value)
        if text == "":
            raise ValueError(f"path parameter {name!r} must not be empty")
        if any(segment in (".", "..") for segment in text.split("/")):
            raise ValueError(f"path parameter {name!r} must not contain '.' or '..' segments")
        return quote(text, safe="/")

    return _PLACEHOLDER.sub(fill, template)


def encode_query_value(value: object) -> str | None:
    """One query value as text, or None to leave the parameter out."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return encode_query_value(value.value)
    if isinstance(value, str):
        return value
    to_query = getattr(value, "to_query", None)
    if callable(to_query):
        text = to_query()
        return None if text is None else str(text)
    if isinstance(value, Mapping | list | tuple):
        return compact_json(value)
    if isinstance(value, _dt.date | _dt.time):  # RFC 3339 (a datetime keeps its offset)
        return value.isoformat()
    return str(value)


@dataclasses.dataclass(frozen=True, slots=True)
class QueryList:
    """The values of a list-valued query parameter and how they travel: joined by
    :attr:`separator` in one pair (``locales=en_US,fr_FR``: OpenAPI's ``style: form,
    explode: false``; ``" "`` and ``"|"`` for ``spaceDelimited`` and ``pipeDelimited``), or one
    pair per value when it is None (``ids=1&ids=2``: ``explode: true``)."""

    values: tuple[object, ...]
    separator: str | None = None


def query_list(values: object, separator: str | None) -> object:
    """A list-valued query argument as :func:`encode_query` sends it: None stays None (left
    out), a text is sent as it is (values the caller joined already: ``"en_US,fr_FR"``), any
    other iterable (a set in sorted order) becomes a :class:`QueryList`."""
    if values is None or isinstance(values, str):
        return values
    if not isinstance(values, Iterable):
        raise TypeError(
            f"a list-valued query parameter takes a sequence of values, not {type(values).__name__}"
        )
    items = sorted(values, key=repr) if isinstance(values, set | frozenset) else values
    return QueryList(tuple(items), separator)


def encode_query(mapping: Mapping[str, object] | None) -> list[tuple[str, str]]:
    """Query parameters as ``(name, text)`` pairs in the mapping's order, ``None`` values left
    out; a :class:`QueryList` is one pair per value, or its values joined in one pair."""
    if not mapping:
        return []
    out: list[tuple[str, str]] = []
    for key, value in mapping.items():
        if isinstance(value, QueryList):
            texts = [t for t in map(encode_query_value, value.values) if t is not None]
            if value.separator is None:
                out.extend((key, text) for text in texts)
            elif texts:
                out.append((key, value.separator.join(texts)))
            continue
        text = encode_query_value(value)
        if text is not None:
            out.append((key, text))
    return out


#: characters a cookie value may hold as they are (RFC 6265 cookie-octet); others are
#: percent-encoded
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def with_cookies(
    headers: Mapping[str, object] | None, cookies: Mapping[str, object]
) -> dict[str, object]:
    """An operation's header parameters plus its cookie parameters as one ``Cookie`` header
    (``None`` values left out, values encoded like query values, then percent-encoded where a
    cookie cannot hold them)."""
    out: dict[str, object] = dict(headers or {})
    pairs = encode_query(cookies)
    if pairs:
        out["Cookie"] = "; ".join(
            f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in pairs
        )
    return out
