"""generator.loader.classify: one test per rule."""

from __future__ import annotations

import pytest

from generator.ir import BodyKind, Pagination
from generator.loader.classify import (
    body_kind,
    is_binary_response,
    is_json_type,
    is_list_envelope,
    pagination_of,
    pick_content,
)

NDJSON = "application/vnd.akeneo.collection+json"
LINES = (NDJSON,)  #: the Akeneo dialect's line-delimited types

# -- media types -----------------------------------------------------------------------------


@pytest.mark.parametrize("ct", ["application/json", "Application/JSON", "application/json; charset=utf-8", NDJSON, "application/problem+json"])
def test_json_types(ct: str) -> None:
    assert is_json_type(ct)


@pytest.mark.parametrize("ct", ["text/plain", "multipart/form-data", "application/octet-stream", "application/jsonx", ""])
def test_non_json_types(ct: str) -> None:
    assert not is_json_type(ct)


def test_pick_content_prefers_a_line_delimited_type() -> None:
    content = {"application/json": {}, NDJSON: {}}
    assert pick_content(LINES, content) == (NDJSON, {})
    marked = {"application/json": {}, "application/x-ndjson": {"x-line-delimited": True}}
    assert pick_content(LINES, marked) == ("application/x-ndjson", {"x-line-delimited": True})


def test_pick_content_prefers_json_next() -> None:
    assert pick_content(LINES, {"text/plain": {}, "application/xml": {}, "application/json": {"a": 1}}) == ("application/json", {"a": 1})


def test_pick_content_otherwise_takes_the_first_type_by_name() -> None:
    assert pick_content(LINES, {"text/plain": {}, "application/xml": {"x": 1}}) == ("application/xml", {"x": 1})


def test_pick_content_of_nothing() -> None:
    assert pick_content(LINES, {}) is None


# -- request bodies ----------------------------------------------------------------------------


def test_line_delimited_body_is_an_ndjson_batch() -> None:
    assert body_kind(NDJSON, {}, {"type": "object"}, "PATCH", False, LINES) is BodyKind.NDJSON_BATCH
    assert body_kind(NDJSON, {}, {"type": "object"}, "PATCH", False) is BodyKind.JSON  # not without the dialect
    assert body_kind("application/x-ndjson", {"x-line-delimited": True}, {}, "PATCH", False) is BodyKind.NDJSON_BATCH


def test_multipart_body() -> None:
    assert body_kind("multipart/form-data", {}, {"type": "object"}, "POST", False) is BodyKind.MULTIPART
    assert body_kind("multipart/form-data; boundary=x", {}, {}, "PATCH", True) is BodyKind.MULTIPART


def test_url_encoded_body_is_a_form() -> None:
    assert body_kind("application/x-www-form-urlencoded", {}, {"type": "object"}, "POST", False) is BodyKind.FORM


def test_array_body_patched_to_a_collection_is_a_json_batch() -> None:
    schema = {"type": "array", "items": {"type": "object"}}
    assert body_kind("application/json", {}, schema, "PATCH", False) is BodyKind.JSON_BATCH
    assert body_kind("application/json", {}, schema, "PUT", False) is BodyKind.JSON_BATCH
    # not on an item path, and not on POST
    assert body_kind("application/json", {}, schema, "PATCH", True) is BodyKind.JSON
    assert body_kind("application/json", {}, schema, "POST", False) is BodyKind.JSON


def test_anything_else_is_plain_json() -> None:
    assert body_kind("application/json", {}, {"type": "object"}, "POST", False) is BodyKind.JSON
    assert body_kind("application/json", {}, {}, "PATCH", True) is BodyKind.JSON


# -- responses ----------------------------------------------------------------------------------


def test_binary_string_schema_is_a_download() -> None:
    assert is_binary_response("application/octet-stream", {"type": "string", "format": "binary"})
    assert is_binary_response("image/png", {"type": "string", "contentMediaType": "image/png"})
    assert is_binary_response("application/pdf", {"type": "string", "contentEncoding": "binary"})


def test_any_or_octet_stream_without_schema_is_a_download() -> None:
    assert is_binary_response("application/octet-stream", None)
    assert is_binary_response("*/*", {})


def test_other_non_json_non_text_type_without_schema_is_a_download() -> None:
    assert is_binary_response("image/jpeg", None)
    assert is_binary_response("application/pdf", {})


def test_json_and_text_are_not_downloads() -> None:
    assert not is_binary_response("application/json", None)
    assert not is_binary_response("application/json", {"type": "object"})
    assert not is_binary_response("text/plain", None)
    assert not is_binary_response("text/csv", {"type": "string"})
    assert not is_binary_response("image/png", {"type": "object"})


# -- pagination ------------------------------------------------------------------------------------


def test_pagination_type_with_search_after_is_both() -> None:
    names = {"page", "limit", "pagination_type", "search_after"}
    assert pagination_of(names, True, ("page", "search_after")) is Pagination.BOTH


def test_search_after_alone_is_cursor_pagination() -> None:
    assert pagination_of({"search_after", "limit"}, True, ()) is Pagination.SEARCH_AFTER
    # a pagination_type parameter that does not offer search_after does not make it BOTH
    assert pagination_of({"pagination_type", "search_after"}, True, ("page",)) is Pagination.SEARCH_AFTER


def test_page_alone_is_page_pagination() -> None:
    assert pagination_of({"page", "limit", "with_count"}, True, ()) is Pagination.PAGE


def test_no_paging_parameter_is_no_pagination() -> None:
    assert pagination_of({"limit"}, True, ()) is Pagination.NONE
    assert pagination_of(set(), False, ()) is Pagination.NONE


# -- list envelopes ----------------------------------------------------------------------------------


def test_list_envelope_has_embedded_items() -> None:
    envelope = {"type": "object", "properties": {"_links": {}, "_embedded": {"type": "object", "properties": {"items": {"type": "array"}}}}}
    assert is_list_envelope(envelope)


@pytest.mark.parametrize(
    "schema",
    [
        None,
        {},
        {"type": "array", "items": {}},
        {"type": "object", "properties": {"items": {"type": "array"}}},
        {"type": "object", "properties": {"_embedded": {"type": "object", "properties": {"things": {}}}}},
        {"type": "object", "properties": {"_embedded": True}},
    ],
)
def test_other_schemas_are_not_list_envelopes(schema: dict[str, object] | None) -> None:
    assert not is_list_envelope(schema)
