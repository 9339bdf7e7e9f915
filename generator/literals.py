"""Values from the spec written out as Python source or as the text they travel as.

A spec read from YAML holds more than JSON's types: ruamel.yaml's safe loader turns timestamps
(``2023-01-01``, ``2023-01-01T10:00:00Z``) into :class:`datetime.date` / :class:`datetime.datetime`,
``!!binary`` into :class:`bytes`, ``!!set`` into :class:`set`, ``!!pairs`` into tuples, and
``.inf`` / ``.nan`` into floats JSON cannot write. Every function here takes such values as the
JSON value they stand for (:func:`json_value`): a date or a time is its ISO 8601 text, bytes their
base64 text (OpenAPI's ``format: byte``), tuples and sets are arrays, and anything else is its
``str()``; none of them raises for a value outside JSON.
"""

from __future__ import annotations

import base64
import datetime
import json
import math
from collections.abc import Mapping
from typing import Any

#: Python source for the floats no literal spells (JSON has no such numbers either)
_NON_FINITE = {"inf": 'float("inf")', "-inf": 'float("-inf")', "nan": 'float("nan")'}


def scalar_text(value: Any) -> str:
    """The JSON string a non-JSON scalar stands for: ISO 8601 for a date, time or datetime
    (``isoformat()``: a time zone is kept as given, a naive value stays naive), base64 for bytes,
    else ``str(value)``."""
    if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def key_text(key: Any) -> str:
    """A mapping key as the JSON object key it becomes (as :func:`json.dumps` spells keys:
    ``true``, ``null``, ``1.5``; dates and bytes as in :func:`scalar_text`)."""
    if isinstance(key, str):
        return str(key)
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        return float.__repr__(key) if math.isfinite(key) else {"inf": "Infinity", "-inf": "-Infinity"}.get(repr(key), "NaN")
    return scalar_text(key)


def json_value(value: Any) -> Any:
    """``value`` with only JSON's types inside (dict with str keys, list, str, int, float, bool,
    None); floats are kept as they are, even infinite or NaN (:func:`compact_json` writes those
    as null). Plain JSON values come back equal, in the same order."""
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, Mapping):
        return {key_text(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, (set, frozenset)):
        # no order of its own: sorted by their JSON text, so the output is the same every run
        members = [json_value(v) for v in value]
        return sorted(members, key=lambda m: json.dumps(_finite(m), sort_keys=True, ensure_ascii=False))
    return scalar_text(value)


def _finite(value: Any) -> Any:
    """A :func:`json_value` result with each infinite or NaN float replaced by None (null)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def py_literal(value: Any) -> str:
    """Python source for a JSON value (json.dumps is valid Python for str/num/list/dict of
    those, after mapping the three JSON constants). Other values are written as the JSON value
    they stand for (:func:`json_value`): a date is its ISO text as a string literal, since the
    generated code compares with decoded JSON; infinite and NaN floats are ``float("inf")``."""
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, float):
        text = float.__repr__(value)
        return text if math.isfinite(value) else _NON_FINITE[text]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, str):
        return _py_str(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_py_str(key_text(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple, set, frozenset)):
        items = value if isinstance(value, (list, tuple)) else json_value(value)
        return "[" + ", ".join(py_literal(v) for v in items) + "]"
    return _py_str(scalar_text(value))


def _py_str(text: str) -> str:
    """An ASCII Python string literal for ``text``: what ``json.dumps(text, ensure_ascii=True)``
    writes, except that a character beyond U+FFFF is one ``\\U`` escape (JSON's surrogate pair
    would be two characters in Python, and no valid text)."""
    literal = json.dumps(text, ensure_ascii=False)  # escapes quotes, backslashes and controls
    if literal.isascii() and "\x7f" not in literal:
        return literal
    return "".join(c if c < "\x7f" else f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}" for c in literal)


def compact_json(value: Any) -> str:
    """JSON text without spaces, keys in their order, non-ASCII kept; never ``NaN`` or
    ``Infinity`` (not JSON: such a float is written as null)."""
    return json.dumps(_finite(json_value(value)), separators=(",", ":"), ensure_ascii=False, sort_keys=False, allow_nan=False)


def wire_text(value: Any) -> str | None:
    """An example value as it travels in a query string, a path or a form (None: left out)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        return compact_json(value)
    if isinstance(value, (int, float)):
        return str(value)
    return scalar_text(value)
