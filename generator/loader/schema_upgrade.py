"""One schema of an OpenAPI 3.0 or Swagger 2.0 document, in JSON Schema 2020-12 terms.

``nullable``/``x-nullable`` become ``"null"`` in ``type`` (or an ``anyOf`` with ``{"type":
"null"}``), boolean ``exclusiveMinimum``/``exclusiveMaximum`` become numbers, ``type: file``
becomes a binary string, a list ``items`` becomes ``prefixItems``, a string ``discriminator``
becomes an object, a non-list ``examples`` becomes ``example``; a schema whose ``default`` is
``null`` accepts null (Akeneo marks its nullable properties that way, and a default must be
valid against its own schema). Used by :mod:`generator.loader.upgrade` for every schema.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..diagnostics import pointer_join
from .subschemas import SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_ONE, JSONDict

_COMPOSITION = ("$ref", "allOf", "anyOf", "oneOf")
# Keywords kept beside an ``anyOf`` when a schema without a type becomes nullable.
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "readOnly", "writeOnly",
     "deprecated", "externalDocs", "xml", "$comment"}
)  # fmt: skip


def upgrade_schema(src: Any, pointer: str, *, ref: Callable[[Any], Any], warn: Callable[[str, str], None]) -> Any:
    """``src`` (and its subschemas) upgraded; ``ref`` rewrites each ``$ref``, ``warn(pointer,
    message)`` reports what was dropped. ``src`` is not modified."""

    def convert(src: Any, pointer: str) -> Any:
        if not isinstance(src, dict):
            return copy.deepcopy(src)
        out: JSONDict = {}
        for key, value in src.items():
            at = pointer_join(pointer, key)
            if key == "$ref":
                out[key] = ref(value)
            elif key in ("nullable", "x-nullable"):
                continue
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {n: convert(s, pointer_join(at, n)) for n, s in value.items()}
            elif key in SCHEMA_LISTS and isinstance(value, list):
                out[key] = [convert(s, pointer_join(at, i)) for i, s in enumerate(value)]
            elif key == "items" and isinstance(value, list):
                out["prefixItems"] = [
                    convert(s, pointer_join(at, i)) for i, s in enumerate(value)
                ]
            elif key in SCHEMA_ONE and isinstance(value, dict):
                out[key] = convert(value, at)
            elif key == "discriminator" and isinstance(value, str):
                out[key] = {"propertyName": value}
            elif key == "examples" and not isinstance(value, list):
                if "example" in src:
                    warn(at, "both 'example' and a non-list 'examples': 'examples' dropped")
                else:
                    out["example"] = copy.deepcopy(value)
            else:
                out[key] = copy.deepcopy(value)
        if out.get("type") == "file":
            out["type"] = "string"
            out["format"] = "binary"
        for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = out.get(exclusive)
            if not isinstance(flag, bool):
                continue
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
            else:
                if flag:
                    warn(
                        pointer_join(pointer, exclusive),
                        f"'{exclusive}: true' without '{bound}': dropped",
                    )
                del out[exclusive]
        # A ``null`` default is only valid if the schema accepts null: Akeneo's way of saying so.
        if (
            src.get("nullable") is True
            or src.get("x-nullable") is True
            or ("default" in src and src["default"] is None)
        ):
            out = _nullable(out)
        return out

    return convert(src, pointer)


def _nullable(schema: JSONDict) -> JSONDict:
    """``schema`` that also accepts ``null``."""
    kind = schema.get("type")
    if isinstance(kind, (str, list)) and not any(k in schema for k in _COMPOSITION):
        kinds = [kind] if isinstance(kind, str) else list(kind)
        out = dict(schema)
        if "null" not in kinds:
            out["type"] = [*kinds, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    notes = {k: v for k, v in schema.items() if k in _ANNOTATIONS or k.startswith("x-")}
    inner = {k: v for k, v in schema.items() if k not in notes}
    if not inner:
        return schema  # no constraint at all: null is already accepted
    if list(inner) == ["anyOf"] and isinstance(inner["anyOf"], list):
        return {"anyOf": [*inner["anyOf"], {"type": "null"}], **notes}
    if isinstance(inner.get("enum"), list) and None not in inner["enum"]:
        inner["enum"] = [*inner["enum"], None]
    return {"anyOf": [inner, {"type": "null"}], **notes}
