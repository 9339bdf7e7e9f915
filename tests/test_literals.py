"""Spec values written as Python source and as wire text: YAML's timestamps, binary scalars,
sets and non-finite floats become the JSON values they stand for, and plain JSON values are
written exactly as before."""

from __future__ import annotations

import ast
import datetime
import json
import math
import textwrap
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.format import MODE
from generator.literals import (
    compact_json,
    json_value,
    key_text,
    py_literal,
    scalar_text,
    wire_text,
)
from generator.loader import load_spec
from generator.loader.examples import schema_example, synthesize
from generator.loader.naming import NamingOverrides

UTC_Z = datetime.timezone(datetime.timedelta(0), "Z")  # what ruamel.yaml gives for a trailing Z
PLUS_2 = datetime.timezone(datetime.timedelta(hours=2))


def _yaml(text: str) -> Any:
    return YAML(typ="safe", pure=False).load(textwrap.dedent(text))


def _evaluates(source: str) -> Any:
    """The value of Python source, compiled as it would be in a generated module."""
    code = compile(source, "<literal>", "eval", dont_inherit=True)
    return eval(code, {"__builtins__": {"float": float}})


# -- dates and datetimes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime.date(2023, 1, 1), "2023-01-01"),
        (datetime.datetime(2023, 1, 1, 10, 0, tzinfo=UTC_Z), "2023-01-01T10:00:00+00:00"),
        (datetime.datetime(2023, 1, 1, 10, 0, tzinfo=datetime.UTC), "2023-01-01T10:00:00+00:00"),
        (datetime.datetime(2023, 1, 1, 10, 0, 30, tzinfo=PLUS_2), "2023-01-01T10:00:30+02:00"),
        (datetime.datetime(2023, 1, 1, 10, 0), "2023-01-01T10:00:00"),  # naive stays naive
        (datetime.datetime(2023, 1, 1, 10, 0, 0, 123457), "2023-01-01T10:00:00.123457"),
        (datetime.time(10, 30), "10:30:00"),
    ],
)
def test_dates_are_their_iso_text(value: Any, text: str) -> None:
    assert scalar_text(value) == text
    assert py_literal(value) == json.dumps(text)  # a string literal, not a datetime() call
    assert _evaluates(py_literal(value)) == text
    assert compact_json(value) == json.dumps(text)
    assert wire_text(value) == text
    assert json_value(value) == text


def test_timestamps_read_by_ruamel_yaml() -> None:
    doc = _yaml(
        """\
        day: 2023-01-01
        utc: 2023-01-01T10:00:00Z
        offset: 2023-01-01T10:00:00+02:00
        naive: 2023-01-01 10:00:00
        """
    )
    assert isinstance(doc["day"], datetime.date)
    assert isinstance(doc["utc"], datetime.datetime)
    assert doc["utc"].tzinfo is not None
    assert compact_json(doc) == '{"day":"2023-01-01","utc":"2023-01-01T10:00:00+00:00","offset":"2023-01-01T10:00:00+02:00","naive":"2023-01-01T10:00:00"}'
    assert _evaluates(py_literal(doc)) == json.loads(compact_json(doc))
    assert wire_text(doc["offset"]) == "2023-01-01T10:00:00+02:00"


def test_dates_nested_and_as_keys() -> None:
    value = {datetime.date(2024, 2, 29): [datetime.datetime(2024, 2, 29, 23, 59, tzinfo=UTC_Z)], "at": {"when": datetime.date(2024, 1, 1)}}
    expected = {"2024-02-29": ["2024-02-29T23:59:00+00:00"], "at": {"when": "2024-01-01"}}
    assert json.loads(compact_json(value)) == expected
    assert _evaluates(py_literal(value)) == expected
    assert json.loads(wire_text(value) or "") == expected
    assert json_value(value) == expected


# -- binary ---------------------------------------------------------------------------------------


def test_bytes_are_base64_text() -> None:
    doc = _yaml("blob: !!binary aGVsbG8=\n")
    assert doc["blob"] == b"hello"
    assert py_literal(doc["blob"]) == '"aGVsbG8="'
    assert compact_json(doc) == '{"blob":"aGVsbG8="}'
    assert wire_text(doc["blob"]) == "aGVsbG8="
    assert py_literal(bytearray(b"\x00\xff")) == '"AP8="'
    assert compact_json([b""]) == '[""]'


# -- floats JSON has no text for --------------------------------------------------------------


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_non_finite_floats_compile_and_are_never_written_as_json(value: float) -> None:
    source = py_literal(value)
    result = _evaluates(source)
    assert isinstance(result, float)
    assert (math.isnan(result) and math.isnan(value)) or result == value
    assert _evaluates(py_literal({"x": [value]}))["x"][0] == result or math.isnan(value)
    text = compact_json({"x": [value, 1.5]})
    assert text == '{"x":[null,1.5]}'
    for bad in ("NaN", "Infinity"):
        assert bad not in text
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in {text}"))
    assert wire_text(value) == str(value)


def test_non_finite_floats_from_yaml() -> None:
    doc = _yaml("up: .inf\ndown: -.inf\nnone: .nan\n")
    assert py_literal(doc) == '{"up": float("inf"), "down": float("-inf"), "none": float("nan")}'
    assert compact_json(doc) == '{"up":null,"down":null,"none":null}'
    assert compact_json({math.inf: 1, math.nan: 2}) == '{"Infinity":1,"NaN":2}'  # keys are strings


# -- other values outside JSON ----------------------------------------------------------------


def test_sets_and_tuples_are_arrays_in_a_stable_order() -> None:
    doc = _yaml("tags: !!set {b, a, c}\npairs: !!pairs [a: 1, b: 2]\n")
    assert py_literal(doc["tags"]) == '["a", "b", "c"]'
    assert compact_json(doc) == '{"tags":["a","b","c"],"pairs":[["a",1],["b",2]]}'
    assert wire_text((1, "x")) == '[1,"x"]'
    assert py_literal((1, (2, 3))) == "[1, [2, 3]]"
    assert compact_json(frozenset({2, 10, 1})) == "[1,10,2]"  # ordered by JSON text


def test_keys_are_the_json_object_keys() -> None:
    value = {True: 1, None: 2, 3: 3, 1.5: 4, (1, 2): 5}
    assert [key_text(k) for k in value] == ["true", "null", "3", "1.5", "(1, 2)"]
    assert compact_json(value) == '{"true":1,"null":2,"3":3,"1.5":4,"(1, 2)":5}'
    assert _evaluates(py_literal(value)) == json.loads(compact_json(value))


class _Odd:
    def __str__(self) -> str:
        return "odd value"


@pytest.mark.parametrize("value", [_Odd(), object, 1j, Path("a/b")])
def test_any_other_value_is_its_str(value: Any) -> None:
    assert py_literal(value) == json.dumps(str(value))
    assert compact_json(value) == json.dumps(str(value))
    assert compact_json([value]) == f"[{json.dumps(str(value))}]"
    assert wire_text(value) == str(value)
    compile(py_literal({"k": [value]}), "<literal>", "eval", dont_inherit=True)


# -- plain JSON values: written exactly as before ---------------------------------------------


def _old_py_literal(value: Any) -> str:
    """py_literal before YAML's extra types were handled (plain JSON input only)."""
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, (int, float)):
        return repr(value).replace("e+", "e")  # (black's spelling of an exponent)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, list):
        return "[" + ", ".join(_old_py_literal(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=True)}: {_old_py_literal(v)}" for k, v in value.items()) + "}"


def _prefers_single_quotes(value: Any) -> bool:
    """Whether a string in ``value`` (a key too) holds more double quotes than single ones."""
    if isinstance(value, str):
        return value.count('"') > value.count("'")
    if isinstance(value, dict):
        return any(_prefers_single_quotes(k) or _prefers_single_quotes(v) for k, v in value.items())
    return isinstance(value, list) and any(_prefers_single_quotes(v) for v in value)


def _old_wire_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _json_values(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | text,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
        max_leaves=20,
    )


#: text without characters beyond U+FFFF (the only ones py_literal now writes differently)
bmp_text = st.text(st.characters(max_codepoint=0xFFFF), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_json_values(bmp_text))
def test_plain_json_values_are_written_as_before(value: Any) -> None:
    # as before, except that strings take black's quotes (single when that escapes less), and
    # black's spelling of numbers
    assert ast.literal_eval(py_literal(value)) == ast.literal_eval(_old_py_literal(value))
    if not _prefers_single_quotes(value):
        assert py_literal(value) == _old_py_literal(value)
    source = f"x = {py_literal(value)}\n"
    assert len(source) > 100 or black.format_str(source, mode=MODE) == source
    assert compact_json(value) == json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    assert wire_text(value) == _old_wire_text(value)
    assert json_value(value) == value


@settings(max_examples=300, deadline=None)
@given(_json_values(st.text(max_size=12)))
def test_plain_json_values_round_trip(value: Any) -> None:
    source = py_literal(value)
    assert source.isascii()
    assert ast.literal_eval(source) == value
    assert json.loads(compact_json(value)) == value
    assert json_value(value) == value


def test_characters_beyond_the_bmp_are_one_character_in_python() -> None:
    # JSON's "\ud83d\ude00" is one character in JSON but two (lone surrogates) in Python source
    assert py_literal("a\U0001F600") == '"a\\U0001f600"'
    assert ast.literal_eval(py_literal({"\U0001F600": ["\U0001F600"]})) == {"\U0001F600": ["\U0001F600"]}
    assert py_literal("\u00e9\x7f\u2028") == '"\\u00e9\\u007f\\u2028"'  # as json.dumps escapes them
    assert py_literal("\ud800") == '"\\ud800"'  # a lone surrogate stays one


# -- examples taken from the spec ----------------------------------------------------------------


def test_schema_examples_become_json_values() -> None:
    assert schema_example({"example": datetime.date(2023, 1, 1)}) == (True, "2023-01-01")
    assert schema_example({"examples": [b"hi"]}) == (True, "aGk=")
    assert schema_example({"enum": [None, datetime.date(2023, 1, 2)]}) == (True, "2023-01-02")
    assert schema_example({"type": "string"}) == (False, None)
    schema = {"type": "object", "required": ["at"], "properties": {"at": {"type": "string", "format": "date", "default": datetime.date(2020, 5, 6)}}}
    assert synthesize(schema, lambda s: s) == {"at": "2020-05-06"}


def test_a_yaml_spec_with_dates_loads(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        textwrap.dedent(
            """\
            openapi: 3.1.0
            info: {title: Dates, version: "1"}
            paths:
              /events:
                get:
                  operationId: listEvents
                  parameters:
                    - name: since
                      in: query
                      schema: {type: string, format: date}
                      example: 2023-01-01
                    - name: until
                      in: query
                      schema:
                        type: string
                        format: date-time
                        default: 2023-12-31T23:59:59Z
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              at:
                                type: string
                                format: date-time
                                example: 2023-01-01T10:00:00Z
                              blob:
                                type: string
                                format: byte
                                example: !!binary aGVsbG8=
                              kind:
                                type: string
                                enum: [2023-01-01, 2024-01-01]
            """
        ),
        encoding="utf-8",
    )
    api = load_spec(spec, naming=NamingOverrides()).api
    op = next(op for resource in api.resources for op in resource.operations)
    since = next(p for p in op.query_params if p.wire_name == "since")
    assert since.example_wire == "2023-01-01"
    assert since.example_repr == "_dt.date(2023, 1, 1)"  # a date argument is given a date
    until = next(p for p in op.query_params if p.wire_name == "until")
    assert until.default_repr == '"2023-12-31T23:59:59+00:00"'
    ok = next(r for r in op.responses if r.status == "200")
    assert ok.example_json is not None
    assert json.loads(ok.example_json) == {"at": "2023-01-01T10:00:00+00:00", "blob": "aGVsbG8=", "kind": "2023-01-01"}
