"""The quick paths of the batch helpers give what the general ones give."""

from __future__ import annotations

import dataclasses
import importlib
import json
from types import ModuleType

import pytest

from .conftest import PACKAGE


@pytest.fixture
def ch(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._overlays._chunking")


@pytest.fixture
def results(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._overlays._results")


@pytest.fixture
def enc(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._encoding")


@pytest.mark.parametrize(
    "line",
    [
        b'{"line":1,"identifier":"a","status_code":204}',
        b'  {"line":2,"identifier":"\\u00e9t\\u00e9","status_code":422,"errors":[{"a":1}]}\r',
        '{"line":3,"identifier":"\u00e9t\u00e9","n":1e16,"f":0.1,"big":123456789012345678901234567890}'.encode(),
        b'{"x":NaN}',
        '{"line":4,"identifier":"utf16"}'.encode("utf-16"),
        b'{"lone":"\\ud800"}',
    ],
)
def test_parse_line_decodes_like_json(ch: ModuleType, line: bytes) -> None:
    decoded = ch.parse_line(line)
    expected = json.loads(line.strip())
    if isinstance(decoded, dict) and "x" in decoded:  # NaN != NaN
        assert repr(decoded) == repr(expected)
    else:
        assert decoded == expected


@pytest.mark.parametrize(
    "line", [b"", b"  \t", b"not json", b'{"a":1} trailing', b'{"a":', b"\xff\xfe\xfd"]
)
def test_parse_line_gives_none_for_what_json_refuses(ch: ModuleType, line: bytes) -> None:
    assert ch.parse_line(line) is None


def test_reply_line_is_the_dataclass_built_in_one_step(results: ModuleType) -> None:
    UpsertLine = results.UpsertLine
    values = {
        "line": 3,
        "key": "identifier",
        "value": "a",
        "status_code": 422,
        "message": "bad",
        "errors": (),
        "raw": {"line": 3},
    }
    quick = results.reply_line(**values)
    slow = UpsertLine(**values)
    assert type(quick) is UpsertLine
    # every field set, with the dataclass's value for the ones reply_line does not take
    assert {f.name: getattr(quick, f.name) for f in dataclasses.fields(UpsertLine)} == {
        f.name: getattr(slow, f.name) for f in dataclasses.fields(UpsertLine)
    }
    assert quick == slow and repr(quick) == repr(slow) and hash(quick) == hash(slow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.status_code = 200  # type: ignore[misc]


def test_matched_results_keep_the_record(ch: ModuleType) -> None:
    entries = [
        ch.make_entry(i, {"identifier": f"sku-{i}"}, key="identifier", max_item_bytes=100)
        for i in range(3)
    ]
    matcher = ch.ResultMatcher(entries, "identifier")
    record = {"line": 2, "identifier": "sku-1", "status_code": 201, "message": 7}
    assert matcher.accept(record, None) is entries[1]
    result = entries[1].result
    assert (result.line, result.value, result.status_code, result.message, result.errors) == (
        2,
        "sku-1",
        201,
        "7",
        (),
    )
    assert result.raw == record
    # a value naming another entry than the line wins; with no line, the value decides
    assert (
        matcher.accept({"line": 1, "identifier": "sku-2", "status_code": 204}, None) is entries[2]
    )
    assert matcher.accept({"identifier": "sku-0", "status_code": 204}, None) is entries[0]
    assert matcher.accept({"identifier": "sku-0", "status_code": 204}, None) is None  # answered


def test_prepare_json_leaves_plain_dicts_as_they_are(enc: ModuleType) -> None:
    item = {"identifier": "a", "values": {"_links": "kept below the top level"}}
    assert enc.prepare_json(item) is item
    linked = {"identifier": "a", "_links": {"self": {}}}
    assert enc.prepare_json(linked) == {"identifier": "a"} and "_links" in linked
    assert enc.compact_json({"a": [1, "é"]}) == '{"a":[1,"é"]}'
    with pytest.raises(ValueError):
        enc.compact_json({"a": float("nan")}, allow_nan=False)
    assert enc.compact_json({"a": float("nan")}) == '{"a":NaN}'


def test_encode_item_sends_plain_dicts_without_links(ch: ModuleType) -> None:
    body, data = ch.encode_item({"identifier": "a", "_links": {"self": {"href": "x"}}, "n": 1})
    assert body == b'{"identifier":"a","n":1}' and data == {"identifier": "a", "n": 1}
