"""generator.loader.version_rules: a document that breaks a rule of its own OpenAPI version."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.diagnostics import Level, SpecError
from generator.loader import load_spec
from generator.loader.read import load_document
from generator.loader.version_rules import MAX_FINDINGS, version_rule_warnings
from generator.options import Options
from generator.pipeline import generate
from tests.support.paths import MINI, SPEC_PATH, require_upstream


def write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def warnings_of(path: Path) -> list[tuple[int | None, str, str]]:
    return [(d.line, d.pointer, d.message) for d in load_spec(path).diagnostics if d.level is Level.WARNING]


def test_a_3_1_type_list_in_a_3_0_document_is_a_located_warning(tmp_path: Path) -> None:
    # the upgrade to 3.1 would accept it: only the 3.0 rules say it is wrong
    spec = write(
        tmp_path,
        """\
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /x:
            get:
              parameters:
                - {name: a, in: query, schema: {type: [string, "null"]}}
              responses: {"204": {description: ok}}
        """,
    )
    assert warnings_of(spec) == [
        (7, "/paths/~1x/get/parameters/0/schema/type", 'breaks a rule of OpenAPI 3.0: ["string","null"] is not of type "string"'),
    ]


def test_the_closest_form_explains_a_swagger_2_parameter(tmp_path: Path) -> None:
    # a query parameter may not be an object: the query form is named, not the body one
    spec = write(
        tmp_path,
        """\
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths:
          /x:
            get:
              parameters: [{name: a, in: query, type: object}]
              responses: {"204": {description: ok}}
        """,
    )
    [(line, pointer, message)] = warnings_of(spec)
    assert (line, pointer) == (6, "/paths/~1x/get/parameters/0/type")
    assert message.startswith('breaks a rule of Swagger 2.0: "object" is not one of "string", "number"')


def test_strict_generation_refuses_what_the_rules_warn_of(tmp_path: Path) -> None:
    spec = write(tmp_path, 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /x:\n    get:\n      responses: {"204": {description: ok, x: 1}}\n')
    with pytest.raises(SpecError) as info:
        generate(Options(spec=spec, out=tmp_path / "out", cache=False), strict=True)
    [diag] = info.value.diagnostics
    assert diag.pointer == "/paths/~1x/get/responses/204"
    assert "breaks a rule of OpenAPI 3.0" in diag.message and "'x' was unexpected" in diag.message
    assert not (tmp_path / "out").exists()


def test_a_document_with_errors_reports_the_errors_alone(tmp_path: Path) -> None:
    # `responses: 5` breaks the 3.1 rules too: reported once, by the structural check
    spec = write(tmp_path, 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths:\n  /x:\n    get:\n      responses: 5\n')
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert [d.level for d in info.value.diagnostics] == [Level.ERROR]


def test_findings_are_capped_one_per_place(tmp_path: Path) -> None:
    paths = {f"/p{i}": {"get": {"responses": {"204": {"description": "ok", "bad": i}}}} for i in range(MAX_FINDINGS + 5)}
    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    diags = version_rule_warnings(doc, file="spec.json")
    assert len(diags) == MAX_FINDINGS + 1
    assert len({d.pointer for d in diags[:-1]}) == MAX_FINDINGS
    assert diags[-1].message == "5 more place(s) break a rule of the document's OpenAPI version"


def test_yaml_only_values_are_validated_as_their_json(tmp_path: Path) -> None:
    # an unquoted date (a YAML date) and a numeric status key: as JSON would write them
    spec = write(tmp_path, 'openapi: 3.1.0\ninfo: {title: T, version: "1", x-released: 2024-01-31}\npaths: {}\n')
    assert warnings_of(spec) == []
    doc = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/x": {"get": {"responses": {204: {"description": "ok"}}}}}}
    assert version_rule_warnings(doc, file=None) == []


@pytest.mark.parametrize("path", [SPEC_PATH, MINI], ids=["akeneo-pim", "mini"])
def test_the_project_specs_keep_every_rule(path: Path) -> None:
    assert version_rule_warnings(load_document(path)[0], file=str(path)) == []


def test_the_upstream_swagger_2_description_keeps_every_rule() -> None:
    path = require_upstream()
    assert version_rule_warnings(load_document(path)[0], file=str(path)) == []
