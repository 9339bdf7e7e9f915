"""Classification rules: what kind of body an operation sends and what its success returns.

One place, one function per rule; each rule has its own test in tests/loader/test_classify.py.
Input is the normalized OpenAPI 3.1 document (after :mod:`generator.loader.upgrade`).
"""

from __future__ import annotations

from typing import Any

from ..ir import BodyKind, Pagination

BINARY_TYPES = ("application/octet-stream", "*/*")


def media_type(content_type: str) -> str:
    """The bare media type of a ``Content-Type`` value: no parameters, lower case."""
    return content_type.split(";", maxsplit=1)[0].strip().lower()


def is_json_type(content_type: str) -> bool:
    base = media_type(content_type)
    return base == "application/json" or base.endswith("+json")


def pick_content(line_types: tuple[str, ...], content: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The media type an operation uses when several are offered: a line-delimited one (the
    dialect's ``line_types`` or ``x-line-delimited``), else JSON, else the first by name."""
    if not content:
        return None
    for ct, media in content.items():
        if media_type(ct) in line_types or media.get("x-line-delimited"):
            return ct, media
    for ct, media in content.items():
        if is_json_type(ct):
            return ct, media
    first = sorted(content)[0]
    return first, content[first]


def body_kind(
    content_type: str,
    media: dict[str, Any],
    schema: dict[str, Any],
    http_method: str,
    on_item: bool,
    line_types: tuple[str, ...] = (),
    array_batches: bool = True,
) -> BodyKind:
    """NDJSON batch, JSON-array batch, multipart, form or plain JSON.

    - a line-delimited media type (``x-line-delimited`` or one of the dialect's ``line_types``,
      e.g. Akeneo's collection type): NDJSON batch;
    - a JSON array body on a PATCH/PUT to a collection path, where the dialect has
      ``array_batches``: JSON-array batch;
    - ``multipart/form-data``: multipart; ``application/x-www-form-urlencoded``: form.
    """
    ct = media_type(content_type)
    if media.get("x-line-delimited") or ct in line_types:
        return BodyKind.NDJSON_BATCH
    if ct == "multipart/form-data":
        return BodyKind.MULTIPART
    if ct == "application/x-www-form-urlencoded":
        return BodyKind.FORM
    if array_batches and schema.get("type") == "array" and http_method in ("PATCH", "PUT") and not on_item:
        return BodyKind.JSON_BATCH
    return BodyKind.JSON


def is_binary_response(content_type: str, schema: dict[str, Any] | None) -> bool:
    """A file download: octet-stream / any type, or a string schema of binary format."""
    ct = media_type(content_type)
    if schema and schema.get("type") == "string" and (
        schema.get("format") == "binary" or "contentMediaType" in schema or schema.get("contentEncoding") == "binary"
    ):
        return True
    if ct in BINARY_TYPES and not schema:
        return True
    return not is_json_type(ct) and not ct.startswith("text/") and bool(ct) and not schema


def pagination_of(query_names: set[str], has_envelope: bool, pagination_type_enum: tuple[str, ...]) -> Pagination:
    """Page numbers, search_after cursors, both, or none, from the query parameters offered."""
    if "pagination_type" in query_names and "search_after" in pagination_type_enum:
        return Pagination.BOTH
    if "search_after" in query_names:
        return Pagination.SEARCH_AFTER
    if "page" in query_names:
        return Pagination.PAGE
    return Pagination.NONE


def is_list_envelope(schema: dict[str, Any] | None) -> bool:
    """A list page: an object with ``_embedded.items`` (an array)."""
    if not schema:
        return False
    emb = (schema.get("properties") or {}).get("_embedded")
    return isinstance(emb, dict) and "items" in (emb.get("properties") or {})
