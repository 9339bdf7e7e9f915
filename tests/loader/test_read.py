"""generator.loader.read: parsing YAML/JSON, bundling relative-file $refs, line lookup."""

from __future__ import annotations

import json
import textwrap
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


def test_cycle_through_inlined_responses_is_hoisted_into_responses(write: Write) -> None:
    # a response that leads back to itself (through an extension) becomes components/responses/a
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
    doc, diags = load_document(root)
    assert diags == []
    assert doc["paths"]["/x"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/a"}
    assert doc["components"] == {
        "responses": {
            "a": {"description": "a", "x-next": {"description": "b", "x-next": {"$ref": "#/components/responses/a"}}}
        }
    }


def test_cycle_through_an_operation_is_an_error_not_a_hang(write: Write) -> None:
    # no components section holds operations (OpenAPI 3.0 has no pathItems either)
    write(
        "ops.yaml",
        """\
        op:
          responses: {"200": {description: ok}}
          callbacks:
            done:
              "{$request.body#/url}":
                post: {$ref: "#/op"}
        """,
    )
    root = write(
        "root.yaml",
        """\
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /x:
            get: {$ref: "ops.yaml#/op"}
        """,
    )
    _, diags = load_document(root)
    assert [d.level for d in diags] == [Level.ERROR]
    [d] = diags
    assert d.message == "$ref #/op leads back to itself through an operation object, which no components section can hold"
    assert d.file is not None and d.file.endswith("ops.yaml")
    assert d.pointer == "/op/callbacks/done/{$request.body#~1url}/post"


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


# -- hoisting: targets in other files that lead back to themselves ----------------------------

DIGITALOCEAN_PATH = (
    Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml"
)

HEAD_31 = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'


def spec_text(body: str) -> str:
    """A 3.1 document: the head, then ``body`` (dedented)."""
    return HEAD_31 + textwrap.dedent(body)


def _refs(node: object) -> list[str]:
    """Every ``$ref`` string in ``node``, in document order."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_recursive_schema_in_another_file_becomes_a_component(write: Write) -> None:
    write(
        "models/tree.yaml",
        """\
        TreeNode:
          type: object
          properties:
            name: {type: string}
            children: {type: array, items: {$ref: "#/TreeNode"}}
            parent: {$ref: "tree.yaml#/TreeNode"}
        """,
    )
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths:
          /trees:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "models/tree.yaml#/TreeNode"}
        components:
          schemas:
            Forest:
              type: object
              properties:
                trees: {type: array, items: {$ref: "models/tree.yaml#/TreeNode"}}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    local = {"$ref": "#/components/schemas/TreeNode"}
    assert doc["paths"]["/trees"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == local
    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["Forest", "TreeNode"]
    assert schemas["Forest"]["properties"]["trees"]["items"] == local
    assert schemas["TreeNode"]["properties"]["children"]["items"] == local
    assert schemas["TreeNode"]["properties"]["parent"] == local
    # the whole pipeline builds one recursive model from it
    result = load_spec(root)
    assert not [d for d in result.diagnostics if d.level is Level.ERROR]
    assert "TreeNode" in {m.class_name for m in result.api.models}


def test_mutual_recursion_across_two_files_hoists_the_first_target_met(write: Write) -> None:
    write("a.yaml", "A:\n  type: object\n  properties:\n    b: {$ref: 'b.yaml#/B'}\n")
    write("b.yaml", "B:\n  type: object\n  properties:\n    a: {$ref: 'a.yaml#/A'}\n    n: {type: integer}\n")
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths: {}
        components:
          schemas:
            Holder:
              type: object
              properties:
                first: {$ref: "a.yaml#/A"}
                second: {$ref: "b.yaml#/B"}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["Holder", "A"]
    inlined_b = {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}, "n": {"type": "integer"}}}
    assert schemas["A"] == {"type": "object", "properties": {"b": inlined_b}}
    assert schemas["Holder"]["properties"] == {"first": {"$ref": "#/components/schemas/A"}, "second": inlined_b}
    assert all(r.startswith("#/components/") for r in _refs(doc))
    assert load_document(root) == (doc, diags)  # deterministic


def test_root_component_that_only_refers_to_a_hoisted_target_becomes_it(write: Write) -> None:
    write("tree.yaml", "Node:\n  type: object\n  properties:\n    next: {$ref: '#/Node'}\n")
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths:
          /n:
            get:
              responses:
                "200":
                  description: ok
                  content: {application/json: {schema: {$ref: "tree.yaml#/Node"}}}
        components:
          schemas:
            Node: {$ref: "tree.yaml#/Node"}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    assert doc["components"]["schemas"] == {
        "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    }
    assert doc["paths"]["/n"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Node"
    }


def test_clashing_hoisted_names_get_deterministic_suffixes(write: Write) -> None:
    write("a.yaml", "Node:\n  type: object\n  properties:\n    next: {$ref: '#/Node'}\n")
    write("b/a.yaml", "Node:\n  type: object\n  properties:\n    kids: {type: array, items: {$ref: '#/Node'}}\n")
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths: {}
        components:
          schemas:
            Node: {type: string}
            Tree:
              type: object
              properties:
                first: {$ref: "a.yaml#/Node"}
                second: {$ref: "b/a.yaml#/Node"}
                third: {$ref: "a.yaml#/Node"}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    schemas = doc["components"]["schemas"]
    # "Node" is taken (by other content): the file's stem comes first, then a number
    assert list(schemas) == ["Node", "Tree", "a_Node", "Node_2"]
    assert schemas["Node"] == {"type": "string"}
    assert schemas["Tree"]["properties"] == {
        "first": {"$ref": "#/components/schemas/a_Node"},
        "second": {"$ref": "#/components/schemas/Node_2"},
        "third": {"$ref": "#/components/schemas/a_Node"},
    }
    assert schemas["a_Node"]["properties"]["next"] == {"$ref": "#/components/schemas/a_Node"}
    assert schemas["Node_2"]["properties"]["kids"]["items"] == {"$ref": "#/components/schemas/Node_2"}
    assert load_document(root) == (doc, diags)


def test_hoisted_name_is_shared_with_identical_content(write: Write) -> None:
    # a root component with the very same content is reused, not duplicated under a new name
    write("a.yaml", "Node:\n  type: object\n  properties:\n    next: {$ref: '#/Node'}\n")
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths: {}
        components:
          schemas:
            Node:
              type: object
              properties:
                next: {$ref: "#/components/schemas/Node"}
            Tree: {type: object, properties: {top: {$ref: "a.yaml#/Node"}}}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    assert list(doc["components"]["schemas"]) == ["Node", "Tree"]
    assert doc["components"]["schemas"]["Tree"]["properties"]["top"] == {"$ref": "#/components/schemas/Node"}


def test_swagger2_recursive_target_goes_to_definitions(write: Write) -> None:
    write("tree.yaml", "Node:\n  type: object\n  properties:\n    next: {$ref: '#/Node'}\n")
    root = write(
        "root.yaml",
        """\
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths:
          /n:
            get:
              responses:
                "200": {description: ok, schema: {$ref: "tree.yaml#/Node"}}
        """,
    )
    doc, diags = load_document(root)
    assert diags == []
    assert doc["paths"]["/n"]["get"]["responses"]["200"]["schema"] == {"$ref": "#/definitions/Node"}
    assert doc["definitions"] == {"Node": {"type": "object", "properties": {"next": {"$ref": "#/definitions/Node"}}}}
    assert "components" not in doc


def test_target_that_is_nothing_but_a_ref_to_itself_is_an_error(write: Write) -> None:
    write("loop.yaml", "A: {$ref: '#/B'}\nB: {$ref: '#/A'}\n")
    root = write("root.yaml", HEAD_31 + "paths: {}\ncomponents:\n  schemas:\n    X: {type: object, properties: {a: {$ref: 'loop.yaml#/A'}}}\n")
    _, diags = load_document(root)
    [d] = diags
    assert d.level is Level.ERROR
    assert d.message == "loop.yaml#/A leads back to itself through $refs only"
    assert d.file is not None and d.file.endswith("loop.yaml")
    assert d.pointer == "/A"


def test_discriminator_mapping_into_another_file_is_made_local(write: Write) -> None:
    write(
        "pets.yaml",
        """\
        Cat: {type: object, required: [kind], properties: {kind: {type: string}, purrs: {type: boolean}}}
        Dog: {type: object, required: [kind], properties: {kind: {type: string}, barks: {type: boolean}}}
        """,
    )
    root = write(
        "root.yaml",
        spec_text(
            """\
        paths: {}
        components:
          schemas:
            Pet:
              oneOf:
                - $ref: "pets.yaml#/Cat"
                - $ref: "pets.yaml#/Dog"
              discriminator:
                propertyName: kind
                mapping: {cat: "pets.yaml#/Cat", dog: "pets.yaml#/Dog", other: Other}
        """
        ),
    )
    doc, diags = load_document(root)
    assert diags == []
    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["Pet", "Cat", "Dog"]
    assert schemas["Pet"] == {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            # a bare schema name is not a reference: kept as written
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog", "other": "Other"},
        },
    }


# -- $ref targets that are not objects; where a $ref may lead ---------------------------------


def test_ref_to_a_string_or_other_value_is_substituted(write: Write) -> None:
    write("texts.yaml", "intro: |\n  Welcome.\n  Read on.\nlimit: 10\nflags: [a, b]\n")
    write("colours.yaml", "- red\n- green\n")
    root = write(
        "root.yaml",
        """\
        openapi: 3.0.3
        info:
          title: T
          version: "1"
          description: {$ref: "texts.yaml#/intro"}
        tags:
          - name: intro
            description: {$ref: "texts.yaml#/intro"}
        paths: {}
        components:
          schemas:
            Colour:
              type: string
              enum: {$ref: "colours.yaml"}
              maxLength: {$ref: "texts.yaml#/limit"}
              x-flags: {$ref: "texts.yaml#/flags"}
        """,
    )
    doc, diags = load_document(root)
    assert diags == []
    assert doc["info"]["description"] == "Welcome.\nRead on.\n"
    assert doc["tags"][0]["description"] == "Welcome.\nRead on.\n"
    assert doc["components"]["schemas"]["Colour"] == {
        "type": "string",
        "enum": ["red", "green"],
        "maxLength": 10,
        "x-flags": ["a", "b"],
    }


def test_absolute_path_ref_outside_the_spec_folder_is_refused(write: Write, tmp_path: Path) -> None:
    write("common/secret.yaml", "Secret: {type: string}\n")
    write("spec/parts.yaml", "Part: {type: integer}\n")
    root = write(
        "spec/root.yaml",
        spec_text(
            f"""\
        paths: {{}}
        components:
          schemas:
            Passwd: {{$ref: "/etc/passwd"}}
            Sneaky: {{$ref: "{tmp_path}/spec/../common/secret.yaml#/Secret"}}
            Inside: {{$ref: "{tmp_path}/spec/parts.yaml#/Part"}}
            Up: {{$ref: "../common/secret.yaml#/Secret"}}
        """
        ),
    )
    with pytest.raises(SpecError) as info:
        load_spec(root)
    diags = info.value.diagnostics
    outside = f"points outside the spec's folder ({root.parent}); --allow-external-refs reads it"
    assert [(d.pointer, d.message) for d in diags] == [
        ("/components/schemas/Passwd", f"$ref /etc/passwd {outside}"),
        ("/components/schemas/Sneaky", f"$ref {tmp_path}/spec/../common/secret.yaml#/Secret {outside}"),
        ("/components/schemas/Up", f"$ref ../common/secret.yaml#/Secret {outside}"),
    ]
    assert [(d.file, d.line) for d in diags] == [(str(root), 6), (str(root), 7), (str(root), 9)]
    # an absolute path inside the folder is read; with allow_external_refs, the others too
    doc, diags = load_document(root, allow_external_refs=True)
    assert doc["components"]["schemas"]["Inside"] == {"type": "integer"}
    assert doc["components"]["schemas"]["Up"] == {"type": "string"}
    assert doc["components"]["schemas"]["Sneaky"] == {"type": "string"}
    assert not any("outside" in d.message for d in diags)


def test_a_symbolic_link_out_of_the_spec_folder_is_refused(write: Write, tmp_path: Path) -> None:
    secret = write("elsewhere/secret.yaml", "Secret: {type: string, description: do not read}\n")
    root = write("spec/root.yaml", spec_text('paths: {}\ncomponents:\n  schemas:\n    Linked: {$ref: "link.yaml#/Secret"}\n'))
    (root.parent / "link.yaml").symlink_to(secret)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    [diag] = info.value.diagnostics
    assert diag.message == f"$ref link.yaml#/Secret points outside the spec's folder ({root.parent}); --allow-external-refs reads it"
    assert diag.pointer == "/components/schemas/Linked"


def test_relative_ref_up_to_a_sibling_folder_works(write: Write) -> None:
    # the layout of the OpenAPI Initiative's v2.0-petstore-separate example
    write("common/Error.yaml", "type: object\nrequired: [code]\nproperties: {code: {type: integer}}\n")
    root = write(
        "spec/swagger.yaml",
        """\
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths:
          /pets:
            get:
              responses:
                default: {description: error, schema: {$ref: "../common/Error.yaml"}}
        """,
    )
    with pytest.raises(SpecError, match="points outside the spec's folder"):
        load_spec(root)
    doc, diags = load_document(root, allow_external_refs=True)
    assert diags == []
    assert doc["paths"]["/pets"]["get"]["responses"]["default"]["schema"]["required"] == ["code"]


# -- the real thing ---------------------------------------------------------------------------


@pytest.mark.slow
def test_digitalocean_multi_file_spec_bundles() -> None:
    """DigitalOcean's public description: ~2,900 files, recursive schemas across files,
    descriptions in separate files, discriminator mappings into other files."""
    if not DIGITALOCEAN_PATH.is_file():
        pytest.fail(f"DigitalOcean description missing: {DIGITALOCEAN_PATH} (it lives in ../shared/specs/)", pytrace=False)
    doc, diags = load_document(DIGITALOCEAN_PATH)
    assert [d.render() for d in diags if d.level is Level.ERROR] == []
    schemas = doc["components"]["schemas"]
    assert {"apiAgent", "apiTraceSpan", "floating_ip_action_assign"} <= set(schemas)
    assert {"$ref": "#/components/schemas/apiAgent"} in schemas["apiAgent"]["properties"]["child_agents"].values()
    assert isinstance(doc["tags"][0]["description"], str) and doc["tags"][0]["description"]
    assert all(r.startswith("#/") for r in _refs(doc))  # every $ref is local now


def test_a_ref_that_is_not_a_string_is_an_error_but_a_property_named_ref_is_not(tmp_path: Path) -> None:
    # (Kubernetes' JSONSchemaProps has a property named "$ref")
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        spec_text(
            """\
        paths: {}
        components:
          schemas:
            Props: {type: object, properties: {$ref: {type: string}, $schema: {type: string}}}
            Flag: {type: object, properties: {$ref: true}}
            Broken: {$ref: 5}
        """
        ),
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as info:
        load_spec(spec)
    assert [(d.pointer, d.message, d.line) for d in info.value.diagnostics] == [
        ("/components/schemas/Broken/$ref", "$ref must be a string (a URI reference)", 8),
    ]
