"""Example values for parameters and bodies, taken from the spec or synthesized from schemas.

The generated endpoint tests call every method with these values, so they must be valid for
their schemas: spec examples first, then defaults and enums, then a value built from the type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Resolve = Callable[[dict[str, Any]], dict[str, Any]]

_MAX_DEPTH = 6


def schema_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value) from ``example`` / ``examples`` / ``default`` / ``const`` / ``enum``."""
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if "const" in schema:
        return True, schema["const"]
    if "default" in schema and schema["default"] is not None:
        return True, schema["default"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        non_null = [e for e in enum if e is not None]
        return True, (non_null or enum)[0]
    return False, None


def synthesize(schema: dict[str, Any], resolve: Resolve, *, name: str = "value", depth: int = 0, required_only: bool = True) -> Any:
    """A value valid for ``schema`` (required properties only, unless asked otherwise)."""
    schema = resolve(schema)
    found, value = schema_example(schema)
    if found:
        return value
    if depth > _MAX_DEPTH:
        return None
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            options = [resolve(s) for s in schema[key]]
            non_null = [o for o in options if o.get("type") != "null"] or options
            return synthesize(non_null[0], resolve, name=name, depth=depth + 1, required_only=required_only)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            part_value = synthesize(part, resolve, name=name, depth=depth + 1, required_only=required_only)
            if isinstance(part_value, dict):
                merged.update(part_value)
        return merged
    typ = schema.get("type")
    if isinstance(typ, list):
        non_null_types = [t for t in typ if t != "null"]
        typ = non_null_types[0] if non_null_types else "null"
    if typ == "object" or "properties" in schema:
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            if required_only and prop not in required:
                continue
            sub_r = resolve(sub)
            if sub_r.get("readOnly"):
                continue
            out[prop] = synthesize(sub_r, resolve, name=prop, depth=depth + 1, required_only=required_only)
        return out
    if typ == "array":
        items = schema.get("items") or {}
        count = max(int(schema.get("minItems") or 1), 1)
        return [synthesize(items, resolve, name=name, depth=depth + 1, required_only=required_only)] * count
    if typ == "integer":
        low = schema.get("minimum")
        return int(low) if isinstance(low, (int, float)) else 1
    if typ == "number":
        low = schema.get("minimum")
        return float(low) if isinstance(low, (int, float)) else 1.5
    if typ == "boolean":
        return True
    if typ == "null":
        return None
    if typ == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-01-15T10:30:00+00:00"
        if fmt == "date":
            return "2024-01-15"
        if fmt == "uuid":
            return "0a2d4b1c-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if fmt == "email":
            return "user@example.com"
        if fmt == "binary":
            return ""
        base = "".join(c if c.isalnum() else "_" for c in name).strip("_").lower() or "value"
        text = f"{base}_1"
        min_len = int(schema.get("minLength") or 0)
        max_len = schema.get("maxLength")
        if len(text) < min_len:
            text = text + "x" * (min_len - len(text))
        if isinstance(max_len, int) and len(text) > max_len:
            text = text[:max_len]
        return text
    return {}
