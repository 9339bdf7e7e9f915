"""Values from the spec written out as Python source or as the text they travel as."""

from __future__ import annotations

import json
from typing import Any


def py_literal(value: Any) -> str:
    """Python source for a JSON value (json.dumps is valid Python for str/num/list/dict of
    those, after mapping the three JSON constants)."""
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=True)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=True)


def compact_json(value: Any) -> str:
    """JSON text without spaces, keys in their order, non-ASCII kept."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def wire_text(value: Any) -> str | None:
    """An example value as it travels in a query string, a path or a form (None: left out)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return compact_json(value)
    return str(value)
