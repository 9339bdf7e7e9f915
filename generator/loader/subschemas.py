"""Where a JSON Schema (2020-12, and draft 4's ``additionalItems``) holds its subschemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

JSONDict = dict[str, Any]

#: keywords whose value maps names to subschemas
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
#: keywords whose value is a list of subschemas
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
#: keywords whose value is one subschema
SCHEMA_ONE = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains",
    "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems",
)  # fmt: skip


def children(schema: JSONDict) -> Iterator[tuple[Any, str | int, JSONDict]]:
    """``(holder, key, subschema)`` for every direct subschema: ``holder[key]`` is the subschema."""
    for key in SCHEMA_MAPS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, sub in value.items():
                if isinstance(sub, dict):
                    yield value, name, sub
    for key in SCHEMA_LISTS:
        value = schema.get(key)
        if isinstance(value, list):
            for i, sub in enumerate(value):
                if isinstance(sub, dict):
                    yield value, i, sub
    for key in SCHEMA_ONE:
        value = schema.get(key)
        if isinstance(value, dict):
            yield schema, key, value


def walk_schemas(schema: JSONDict) -> Iterator[JSONDict]:
    """``schema`` and all its subschemas (not through ``$ref``), parents first."""
    stack = [schema]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(sub for _, _, sub in children(node))
