"""Pure helpers of the overlays: encoding, chunking, result matching, file names."""

from __future__ import annotations

import datetime as dt
import decimal
import importlib
import json
import pickle
from types import ModuleType
from typing import Any

import pytest

from .conftest import PACKAGE


@pytest.fixture
def ch(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._overlays._chunking")


@pytest.fixture
def media(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._overlays._media")


def test_encode_item_is_compact_and_one_line(ch: ModuleType) -> None:
    body, data = ch.encode_item(
        {
            "identifier": "é\n1",
            "_links": {"self": {}},
            "when": dt.date(2024, 1, 2),
            "price": decimal.Decimal("12.50"),
            "sep": "\u2028",
        }
    )
    assert b"\n" not in body and b"\r" not in body
    assert body.startswith(b'{"identifier":"\xc3\xa9\\n1"')
    assert json.loads(body) == {
        "identifier": "é\n1",
        "when": "2024-01-02",
        "price": "12.50",
        "sep": "\u2028",
    }
    assert "_links" not in data


def test_encode_item_rejects_non_json(ch: ModuleType) -> None:
    with pytest.raises(TypeError):
        ch.encode_item(["not", "a", "mapping"])
    with pytest.raises(ValueError, match="line 3"):
        ch.make_entry(2, {"x": float("nan")}, key="code", max_item_bytes=100)


def test_chunker_respects_count_and_bytes(ch: ModuleType) -> None:
    chunker = ch.Chunker(batch_size=3, max_request_bytes=50)
    chunks = []
    for i in range(7):
        entry = ch.make_entry(i, {"code": f"c{i}", "pad": "x" * 5}, key="code", max_item_bytes=1000)
        full = chunker.add(entry)
        if full:
            chunks.append([e.line for e in full.entries])
    last = chunker.flush()
    if last:
        chunks.append([e.line for e in last.entries])
    # each line costs 27 bytes with its separator: two plus the brackets exceed 50 bytes
    assert chunks == [[1], [2], [3], [4], [5], [6], [7]]
    chunker = ch.Chunker(batch_size=3, max_request_bytes=10_000)
    sizes = []
    for i in range(7):
        full = chunker.add(ch.make_entry(i, {"code": str(i)}, key="code", max_item_bytes=1000))
        if full:
            sizes.append(len(full.entries))
    assert sizes == [3, 3] and len(chunker.flush().entries) == 1
    assert chunker.flush() is None


def entries(ch: ModuleType, codes: list[str]) -> list[Any]:
    return [
        ch.make_entry(i, {"code": c}, key="code", max_item_bytes=1000) for i, c in enumerate(codes)
    ]


def test_matcher_by_line_with_cross_check(ch: ModuleType) -> None:
    part = entries(ch, ["a", "b", "c"])
    m = ch.ResultMatcher(part, "code")
    # line says 1 but the code is "c": the code wins when it names a waiting item
    assert m.accept({"line": 1, "code": "c", "status_code": 201}, None) is part[2]
    # out-of-range line: matched by code
    assert m.accept({"line": 9, "code": "a", "status_code": 204}, None) is part[0]
    # duplicate answer for an item already answered: ignored
    assert m.accept({"line": 1, "code": "a", "status_code": 201}, None) is None
    # a case-only difference keeps the line's item
    assert (
        m.accept(
            {
                "line": 2,
                "code": "B",
                "status_code": 422,
                "errors": [{"property": "x", "message": "m"}],
            },
            None,
        )
        is part[1]
    )
    assert [e.result.status_code for e in part] == [204, 422, 201]
    assert part[1].result.errors[0].property == "x"
    assert part[1].result.value == "B"


def test_matcher_ignores_malformed(ch: ModuleType) -> None:
    part = entries(ch, ["a"])
    m = ch.ResultMatcher(part, "code")
    assert m.accept("text", None) is None
    assert m.accept({"line": 1}, None) is None
    assert m.accept({"line": 1, "status_code": "201"}, None) is None
    assert m.accept({"status_code": 201}, 0) is part[0]  # position (JSON arrays)


def test_parse_array_prefix(ch: ModuleType) -> None:
    assert ch.parse_array_prefix('[{"a":1}, {"b":2}]') == [{"a": 1}, {"b": 2}]
    assert ch.parse_array_prefix('[{"a":1}, {"b":') == [{"a": 1}]
    assert ch.parse_array_prefix(" [ ] ") == []
    assert ch.parse_array_prefix("") == []
    assert ch.parse_array_prefix('{"a":1}') == []


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("../../evil", "evil"),
        ("..\\..\\windows\\system32", "system32"),
        ("..", None),
        ("/etc/passwd", "passwd"),
        (".hidden", "hidden"),
        ("a\x00b\x1fc\u202e.txt", "abc.txt"),
        ('we<ir>d:na"me?.jpg', "we_ir_d_na_me_.jpg"),
        ("", None),
        ("   ", None),
        ("photo.jpg", "photo.jpg"),
    ],
)
def test_sanitize_filename(media: ModuleType, raw: str, safe: str | None) -> None:
    assert media.sanitize_filename(raw) == safe


def test_sanitize_long_name_keeps_extension(media: ModuleType) -> None:
    name = media.sanitize_filename("é" * 300 + ".jpeg")
    assert name.endswith(".jpeg") and len(name.encode()) <= 255


def test_content_disposition(media: ModuleType) -> None:
    f = media.filename_from_disposition
    assert f('attachment; filename="a b.jpg"') == "a b.jpg"
    assert f("attachment; filename=plain.txt") == "plain.txt"
    assert f("attachment; filename=\"x.bin\"; filename*=UTF-8''na%C3%AFve.bin") == "naïve.bin"
    assert f('attachment; filename="q\\"uote.txt"') == 'q"uote.txt'
    assert f("inline") is None and f(None) is None


def test_code_from_location(media: ModuleType) -> None:
    c = media.code_from_location
    base = "/api/rest/v1/media-files"
    assert (
        c("http://pim/api/rest/v1/media-files/7/5/8/e/abc_photo%20x.jpg", base)
        == "7/5/8/e/abc_photo x.jpg"
    )
    assert c("https://pim/sub/api/rest/v1/media-files/a/b.png", base) == "a/b.png"
    assert (
        c(
            "http://pim/api/rest/v1/category-media-files/1/2/c.png",
            "/api/rest/v1/category-media-files",
        )
        == "1/2/c.png"
    )
    assert (
        c(
            "http://pim/api/rest/v1/assets/x/reference-files/en_US",
            "/api/rest/v1/assets/x/reference-files/en_US",
        )
        is None
    )
    assert c(None, base) is None


def test_guess_content_type(media: ModuleType) -> None:
    assert media.guess_content_type("a.jpg") == "image/jpeg"
    assert media.guess_content_type("a.unknownext") == "application/octet-stream"
    assert media.guess_content_type(None) == "application/octet-stream"


def test_batch_error_message(rt: ModuleType) -> None:
    err = rt._overlays.BatchError("stopped", unprocessed=[5, 3, 4, 9], consumed=9)
    assert err.unprocessed == (3, 4, 5, 9)
    assert "lines 3-5, 9" in str(err)


def test_errors_pickle(rt: ModuleType) -> None:
    err = rt._overlays.IncompleteDownload(10, 4, url="http://pim/x")
    back = pickle.loads(pickle.dumps(err))
    assert (back.expected, back.received, str(back)) == (10, 4, str(err))
    batch = pickle.loads(
        pickle.dumps(rt._overlays.BatchError("stopped", unprocessed=[2], consumed=3))
    )
    assert batch.unprocessed == (2,) and batch.consumed == 3
