"""generator.loader.read: parsing YAML/JSON, bundling relative-file $refs, line lookup."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.diagnostics import Level, SpecError
from generator.loader import load_spec
from generator.loader.read import line_of, load_document, read_file, resolve_pointer

Write = Callable[[str, str], Path]

ROOT_WITH_REFS = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    get:
      responses:
        "200": {$ref: "responses.yaml#/ok"}
components:
  schemas:
    Thing:
      type: object
      properties:
        part: {$ref: "parts.yaml#/components/schemas/Part"}
"""


def test_yaml_and_json_give_the_same_document(write: Write) -> None:
    doc = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    y = write("a.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    j = write("a.json", json.dumps(doc))
    assert read_file(y) == read_file(j) == doc
    assert load_document(y)[0] == load_document(j)[0] == doc


def test_yml_suffix_and_unicode_are_read(write: Write) -> None:
    path = write("a.yml", "title: Größe ✓\n")
    assert read_file(path) == {"title": "Größe ✓"}


def test_component_from_another_file_is_brought_into_components(write: Write) -> None:
    write("responses.yaml", "ok: {description: fine}\n")
    write(
        "parts.yaml",
        """\
        components:
          schemas:
            Part:
              type: object
              properties:
                size: {$ref: "#/components/schemas/Size"}
            Size: {type: integer}
        """,
    )
    doc, diags = load_document(write("root.yaml", ROOT_WITH_REFS))
    assert diags == []
    schemas = doc["components"]["schemas"]
    assert doc["components"]["schemas"]["Thing"]["properties"]["part"] == {"$ref": "#/components/schemas/Part"}
    # the component's own local ref came along, rewritten to the root document
    assert schemas["Part"]["properties"]["size"] == {"$ref": "#/components/schemas/Size"}
    assert schemas["Size"] == {"type": "integer"}


def test_non_component_target_is_inlined(write: Write) -> None:
    write(
        "responses.yaml",
        """\
        ok:
          description: fine
          content:
            application/json:
              schema: {$ref: "#/shapes/thing"}
        shapes:
          thing: {type: object, properties: {n: {type: integer}}}
        """,
    )
    write("parts.yaml", "components: {schemas: {Part: {type: string}}}\n")
    doc, diags = load_document(write("root.yaml", ROOT_WITH_REFS))
    assert diags == []
    ok = doc["paths"]["/things"]["get"]["responses"]["200"]
    assert ok["description"] == "fine"
    assert ok["content"]["application/json"]["schema"] == {"type": "object", "properties": {"n": {"type": "integer"}}}
    assert "$ref" not in json.dumps(ok)


def test_whole_file_ref_is_inlined(write: Write) -> None:
    write("address.yaml", "type: object\nproperties: {city: {type: string}}\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Customer:
              type: object
              properties:
                address: {$ref: "address.yaml"}
        """,
    )
    doc, diags = load_document(root)
    assert diags == []
    assert doc["components"]["schemas"]["Customer"]["properties"]["address"]["properties"] == {"city": {"type": "string"}}


def test_cycle_between_two_files_terminates(write: Write) -> None:
    write(
        "other.yaml",
        """\
        components:
          schemas:
            B:
              type: object
              properties:
                a: {$ref: "root.yaml#/components/schemas/A"}
                c: {$ref: "#/components/schemas/C"}
            C: {type: object, properties: {b: {$ref: "#/components/schemas/B"}}}
        """,
    )
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                b: {$ref: "other.yaml#/components/schemas/B"}
        """,
    )
    doc, diags = load_document(root)
    assert diags == []
    schemas = doc["components"]["schemas"]
    assert sorted(schemas) == ["A", "B", "C"]
    assert schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert schemas["B"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}
    assert schemas["C"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}


def test_cycle_through_inlined_nodes_is_an_error_not_a_hang(write: Write) -> None:
    write("loop.yaml", "a: {description: a, x-next: {$ref: '#/b'}}\nb: {description: b, x-next: {$ref: '#/a'}}\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /x:
            get:
              responses:
                "200": {$ref: "loop.yaml#/a"}
        """,
    )
    _, diags = load_document(root)
    assert [d.level for d in diags] == [Level.ERROR]
    assert "leads back to itself" in diags[0].message
    assert diags[0].file is not None and diags[0].file.endswith("loop.yaml")


def test_same_component_reached_twice_is_added_once(write: Write) -> None:
    write("parts.yaml", "components: {schemas: {Part: {type: string}}}\n")
    write("responses.yaml", "ok: {description: fine}\n")
    root = write(
        "root.yaml",
        ROOT_WITH_REFS + "    Other:\n      type: object\n      properties:\n        p: {$ref: 'parts.yaml#/components/schemas/Part'}\n",
    )
    doc, diags = load_document(root)
    assert diags == []
    assert doc["components"]["schemas"]["Part"] == {"type": "string"}


def test_component_name_clash_is_an_error(write: Write) -> None:
    write("other.yaml", "components: {schemas: {Pet: {type: integer}}}\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pet: {type: string}
            Alias: {$ref: "other.yaml#/components/schemas/Pet"}
        """,
    )
    _, diags = load_document(root)
    assert len(diags) == 1
    d = diags[0]
    assert d.level is Level.ERROR
    assert "clashes" in d.message and "schemas/Pet" in d.message
    assert d.pointer == "/components/schemas/Alias"


def test_identical_component_is_not_a_clash(write: Write) -> None:
    write("other.yaml", "components: {schemas: {Pet: {type: string}}}\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pet: {type: string}
            Alias: {$ref: "other.yaml#/components/schemas/Pet"}
        """,
    )
    _, diags = load_document(root)
    assert diags == []


def test_missing_ref_target_and_missing_file_are_errors(write: Write) -> None:
    write("parts.yaml", "components: {schemas: {}}\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A: {$ref: "parts.yaml#/components/schemas/Nope"}
            B: {$ref: "absent.yaml#/components/schemas/X"}
        """,
    )
    _, diags = load_document(root)
    messages = sorted(d.message for d in diags)
    assert all(d.level is Level.ERROR for d in diags)
    assert any("$ref target not found: parts.yaml#/components/schemas/Nope" in m for m in messages)
    assert "$ref absent.yaml#/components/schemas/X: file not found" in messages


def test_remote_ref_is_an_error(write: Write) -> None:
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A: {$ref: "https://example.com/s.yaml#/A"}
        """,
    )
    _, diags = load_document(root)
    assert [d.message for d in diags] == ["remote $ref not supported: https://example.com/s.yaml#/A"]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("bad.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n", 4),
        ("bad.yaml", "a: 1\nb: 2\n  c: 3\n", 3),
        ("bad.json", '{\n  "openapi": "3.1.0",\n  "info": {\n}}}\n', 4),
        ("bad.json", '{\n  "a": 1,\n  "b": ,\n}\n', 3),
    ],
)
def test_invalid_file_gives_spec_error_with_file_and_line(write: Write, name: str, text: str, line: int) -> None:
    path = write(name, text)
    with pytest.raises(SpecError) as info:
        read_file(path)
    [d] = info.value.diagnostics
    assert d.level is Level.ERROR
    assert d.file == str(path)
    assert d.line == line
    assert d.message.startswith("invalid YAML" if name.endswith(".yaml") else "invalid JSON")
    rendered = d.render()
    assert rendered.startswith(f"{path}:{line}: error: ")


def test_invalid_yaml_through_load_spec(write: Write) -> None:
    path = write("bad.yaml", "openapi: 3.1.0\npaths: {\n")
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert info.value.diagnostics[0].file == str(path)
    assert info.value.diagnostics[0].line is not None


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(SpecError) as info:
        load_document(path)
    [d] = info.value.diagnostics
    assert d.message == "file not found"
    assert d.file == str(path)


def test_document_that_is_not_a_mapping(write: Write) -> None:
    with pytest.raises(SpecError) as info:
        load_document(write("list.yaml", "- a\n- b\n"))
    assert "not a mapping" in info.value.diagnostics[0].message


def test_line_of_finds_lines_for_pointers(write: Write) -> None:
    path = write(
        "spec.yaml",
        """\
        openapi: 3.1.0
        info:
          title: T
          version: "1"
        paths:
          /a/{b}:
            get:
              parameters:
                - name: b
                  in: path
                - name: c
                  in: query
              responses: {}
        """,
    )
    assert line_of(path, "") == 1
    assert line_of(path, "/info/version") == 4
    assert line_of(path, "/paths/~1a~1{b}") == 6
    assert line_of(path, "/paths/~1a~1{b}/get") == 7
    assert line_of(path, "/paths/~1a~1{b}/get/parameters/1") == 11
    assert line_of(path, "/paths/~1a~1{b}/get/parameters/1/in") == 12
    # a pointer that goes nowhere gives the line of its nearest existing ancestor
    assert line_of(path, "/paths/~1a~1{b}/get/nothing/here") == 7
    assert line_of(path.with_name("missing.yaml"), "/info") is None


def test_line_of_follows_file_changes(write: Write) -> None:
    path = write("spec.yaml", "a: 1\nb: 2\n")
    assert line_of(path, "/b") == 2
    path.write_text("x: 0\ny: 0\na: 1\nb: 2\n", encoding="utf-8")
    assert line_of(path, "/b") == 4


def test_line_of_works_on_json(write: Write) -> None:
    path = write("spec.json", '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "T"\n  }\n}\n')
    assert line_of(path, "/info/title") == 4


def test_resolve_pointer_escapes() -> None:
    doc = {"paths": {"/a/b": {"get": [1, {"x~y": 2}]}}}
    assert resolve_pointer(doc, "/paths/~1a~1b/get/1/x~0y") == 2
    assert resolve_pointer(doc, "") is doc
    with pytest.raises(KeyError):
        resolve_pointer(doc, "/paths/nope")
    with pytest.raises(KeyError):
        resolve_pointer(doc, "/paths/~1a~1b/get/7")


def test_errors_in_a_referenced_file_carry_that_files_line(write: Write) -> None:
    write("parts.yaml", "components:\n  schemas:\n    Part:\n      $ref: '#/components/schemas/Gone'\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A: {$ref: "parts.yaml#/components/schemas/Part"}
        """,
    )
    with pytest.raises(SpecError) as info:
        load_spec(root)
    [d] = [d for d in info.value.diagnostics if "Gone" in d.message]
    assert d.file is not None and d.file.endswith("parts.yaml")
    assert d.line == 3  # the node holding the $ref


def test_dangling_local_ref_is_reported_once_where_it_is_written(write: Write) -> None:
    path = write(
        "spec.yaml",
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /x:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Nope"}
        """,
    )
    with pytest.raises(SpecError) as info:
        load_spec(path)
    [d] = info.value.diagnostics
    assert d.message == "$ref target not found: #/components/schemas/Nope"
    assert d.pointer == "/paths/~1x/get/responses/200/content/application~1json/schema"
    assert d.line == 11
