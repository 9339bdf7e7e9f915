"""Structural validation of the normalized document with openapi-pydantic."""

from __future__ import annotations

from typing import Any

from openapi_pydantic.v3.v3_1 import OpenAPI
from pydantic import ValidationError

from ..diagnostics import Diagnostic, Level, pointer_join


def validate_document(doc: dict[str, Any], *, file: str | None) -> list[Diagnostic]:
    """OpenAPI 3.1 structure errors as diagnostics (JSON pointers into the document)."""
    if not isinstance(doc.get("paths"), dict) and not isinstance(doc.get("webhooks"), dict):
        return [Diagnostic(Level.ERROR, "/paths", "the document has no 'paths'", file)]
    try:
        OpenAPI.model_validate(doc)
    except ValidationError as exc:
        out: list[Diagnostic] = []
        seen: set[str] = set()
        for err in exc.errors():
            loc = [str(p) for p in err["loc"] if not _is_union_tag(str(p))]
            if loc and loc[-1] == "$ref" and err["type"] == "missing":
                continue  # the Reference branch of a union: the object simply is not a $ref
            pointer = pointer_join("", *loc) if loc else "/"
            # pydantic reports each union branch; keep the first message per location
            if pointer in seen:
                continue
            seen.add(pointer)
            out.append(Diagnostic(Level.ERROR, pointer, err["msg"], file))
        return out[:50]
    return []


_MODEL_NAMES = frozenset({"Reference", "Schema", "Parameter", "Response", "RequestBody", "Header", "PathItem", "Example", "MediaType"})


def _is_union_tag(part: str) -> bool:
    """Pydantic's names for union branches and wrapped types (``str-enum[DataType]``,
    ``list[...]``, ``function-after[...]``): not part of the document's path."""
    return part in _MODEL_NAMES or "[" in part or part.startswith(("function-", "json-or-python"))
