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
        return text.replace("e+", "e") if math.isfinite(value) else _NON_FINITE[text]  # black's 1e16
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
    would be two characters in Python, and no valid text), and that a text with more double
    quotes than single ones is single-quoted (black's choice: the fewest escapes, else double
    quotes), so that black leaves the literal as it is."""
    literal = json.dumps(text, ensure_ascii=False)  # escapes quotes, backslashes and controls
    if text.count('"') > text.count("'"):
        literal = "'" + literal[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"
    if literal.isascii() and "\x7f" not in literal:
        return literal
    return "".join(c if c < "\x7f" else f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}" for c in literal)


#: the line length of the generated code (black's and ruff's, in generator/format.py)
LINE_LENGTH = 100


def py_layout(value: Any, head: str, tail: str = "") -> str:
    """``head`` + :func:`py_literal` of ``value`` + ``tail`` (members that are :class:`Code`
    written as they are), laid out as black lays it out:
    on one line when it fits in :data:`LINE_LENGTH`, else each member of the outermost mapping
    or list on its own line, one level deeper, with a trailing comma (none after a lone
    member), and so on down. ``head``
    starts at the beginning of a line (its leading spaces are the indentation). What black
    would leave as it is costs it one pass instead of two (see :mod:`generator.format`)."""
    return "\n".join(_layout(value, head, tail, len(head) - len(head.lstrip(" "))))


class Code(str):
    """Python source that :func:`py_layout` writes as it is (a name, a call), not as a string."""

    __slots__ = ()


def _source(value: Any) -> str:
    if isinstance(value, Code):
        return str(value)
    if isinstance(value, Mapping) and any(isinstance(v, Code) for v in value.values()):
        return "{" + ", ".join(f"{_py_str(key_text(k))}: {_source(v)}" for k, v in value.items()) + "}"
    return py_literal(value)


def py_call_layout(head: str, args: list[str], tail: str = "") -> str:
    """``head`` + the arguments (Python source) + ``tail`` laid out as black lays out a call
    that does not end with a comma: on one line when it fits; else the arguments on one line
    of their own, one level deeper, when that fits; else one per line with a trailing comma.
    ``head`` ends with the opening parenthesis and ``tail`` starts with the closing one."""
    one = head + ", ".join(args) + tail
    if len(one) <= LINE_LENGTH or not args:
        return one
    indent = " " * (len(head) - len(head.lstrip(" ")) + 4)
    body = indent + ", ".join(args)
    if len(body) <= LINE_LENGTH:
        return "\n".join([head, body, indent[4:] + tail])
    return "\n".join([head, *(f"{indent}{arg}," for arg in args), indent[4:] + tail])


def _layout(value: Any, head: str, tail: str, indent: int) -> list[str]:
    line = head + _source(value) + tail
    if len(line) <= LINE_LENGTH or not isinstance(value, (Mapping, list, tuple, set, frozenset)) or not value:
        return [line]
    inner = " " * (indent + 4)
    comma = "," if len(value) > 1 else ""  # black adds no comma after a lone member
    lines: list[str]
    if isinstance(value, Mapping):
        lines = [head + "{"]
        for key, member in value.items():
            lines += _layout(member, f"{inner}{_py_str(key_text(key))}: ", comma, indent + 4)
        close = "}"
    else:
        lines = [head + "["]
        for member in value if isinstance(value, (list, tuple)) else json_value(value):
            lines += _layout(member, inner, comma, indent + 4)
        close = "]"
    return [*lines, " " * indent + close + tail]


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


def temporal_example(value: Any, kind: str) -> tuple[str, str] | None:
    """``(Python source, wire text)`` of an example for a ``datetime`` or ``date`` argument
    (``_dt.date(2024, 12, 31)``, ``2024-12-31``), or None when ``value`` is not such a value
    (the example is then written as it is). A datetime keeps its offset, as a fixed
    ``_dt.timezone``; the source refers to the :mod:`datetime` module as ``_dt``."""
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00")) if kind == "datetime" else datetime.date.fromisoformat(value)
        except ValueError:
            return None
    if kind == "date" and isinstance(value, datetime.datetime):
        value = value.date()
    elif kind == "datetime" and not isinstance(value, datetime.datetime):
        return None
    if not isinstance(value, datetime.date):
        return None
    if isinstance(value, datetime.datetime):
        offset = value.utcoffset()
        fields = [value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond]
        while len(fields) > 3 and fields[-1] == 0:
            fields.pop()
        args = ", ".join(str(f) for f in fields)
        if offset is not None:
            value = value.replace(tzinfo=datetime.timezone(offset))
            zone = "_dt.timezone.utc" if not offset else f"_dt.timezone(_dt.timedelta(seconds={int(offset.total_seconds())}))"
            args += f", tzinfo={zone}"
        return f"_dt.datetime({args})", value.isoformat()
    return f"_dt.date({value.year}, {value.month}, {value.day})", value.isoformat()
