"""generator.loader.build (and schemas): inline spec fragments -> intermediate model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.diagnostics import Level, SpecError
from generator.ir import ArrayBatch, BodyKind, JsonCall, Pagination, ResultKind, TypeRef
from generator.loader import LoadResult

from .helpers import model_of, op_of

Load = Callable[..., LoadResult]

FAMILY = """\
schemas:
  Family:
    type: object
    required: [code]
    properties:
      code: {type: string}
      labels: {type: object, additionalProperties: {type: string}}
"""

LIST_OF_FAMILIES = """\
"200":
  description: ok
  content:
    application/json:
      schema:
        type: object
        properties:
          _links: {type: object}
          _embedded:
            type: object
            properties:
              items: {type: array, items: {$ref: "#/components/schemas/Family"}}
"""


def _responses(text: str, indent: int) -> str:
    return "\n".join((" " * indent + line) if line else line for line in text.splitlines())


def _list_op(params: str) -> str:
    return f"""\
/families:
  get:
    tags: [Family]
    parameters: {params}
    responses:
{_responses(LIST_OF_FAMILIES, 6)}
"""


def errors_of(load: Load, paths: str, components: str = "", **kw: object) -> list[str]:
    with pytest.raises(SpecError) as info:
        load(paths, components, **kw)
    return [d.message for d in info.value.diagnostics if d.level is Level.ERROR]


# -- resources and method names --------------------------------------------------------------------


def test_crud_operations_group_into_a_resource_by_tag(load: Load) -> None:
    api = load(
        """\
        /api/families:
          get:
            tags: [Family]
            responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Family"}}}}}}
          post:
            tags: [Family]
            requestBody: {required: true, content: {application/json: {schema: {$ref: "#/components/schemas/Family"}}}}
            responses: {"201": {description: created}}
        /api/families/{code}:
          parameters: [{name: code, in: path, required: true, schema: {type: string}}]
          get:
            tags: [Family]
            responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Family"}}}}}
          patch:
            tags: [Family]
            requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Family"}}}}
            responses: {"201": {description: created}, "204": {description: updated}}
          delete:
            tags: [Family]
            responses: {"204": {description: gone}}
        """,
        FAMILY,
    ).api
    [res] = api.resources
    assert (res.attr_name, res.class_name, res.module) == ("families", "Families", "families")
    assert [o.python_name for o in res.operations] == ["create", "delete", "get", "list", "upsert"]
    assert op_of(api, "families", "get").result is ResultKind.MODEL
    assert op_of(api, "families", "get").return_type.annotation == "Family"
    assert op_of(api, "families", "list").result is ResultKind.MODEL  # a bare array, no envelope
    assert op_of(api, "families", "list").return_type.annotation == "list[Family]"
    assert op_of(api, "families", "create").result is ResultKind.CREATED
    assert op_of(api, "families", "upsert").result is ResultKind.UPSERT
    assert op_of(api, "families", "delete").result is ResultKind.NONE
    assert res.models_used == ("Family",)


def test_resource_without_tags_is_named_after_the_last_static_segment(load: Load) -> None:
    api = load(
        """\
        /api/rest/v1/asset-families/{code}:
          get:
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"200": {description: ok}}
        """
    ).api
    assert [(o.resource, o.python_name) for o in api.operations] == [("asset_families", "get")]


def test_naming_overrides_rename_resources_and_methods(load: Load) -> None:
    api = load(
        """\
        /api/families:
          get:
            tags: [Family thing]
            responses: {"200": {description: ok}}
        /api/families/{code}/frobnicate:
          post:
            tags: [Family thing]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        """,
        naming={"tags": {"Family thing": "families"}, "operations": {"POST /api/families/{code}/frobnicate": "fam.frob"}},
    ).api
    assert sorted((o.resource, o.python_name) for o in api.operations) == [("fam", "frob"), ("families", "list")]


# -- result kinds ----------------------------------------------------------------------------------------


def test_text_and_binary_results(load: Load) -> None:
    api = load(
        """\
        /report:
          get:
            tags: [Report]
            responses: {"200": {description: ok, content: {text/csv: {schema: {type: string}}}}}
        /files/{code}:
          get:
            tags: [File]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"200": {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}}
        """
    ).api
    report = op_of(api, "reports", "list")
    assert report.result is ResultKind.TEXT and report.return_type.annotation == "str"
    download = op_of(api, "files", "download")
    assert download.result is ResultKind.BINARY and download.return_type.annotation == "DownloadResult"


def test_page_pagination(load: Load) -> None:
    api = load(
        _list_op("[{name: page, in: query, schema: {type: integer}}, {name: limit, in: query, schema: {type: integer}}]"),
        FAMILY,
    ).api
    op = op_of(api, "families", "list")
    assert op.result is ResultKind.PAGE
    assert op.pagination is Pagination.PAGE
    assert op.item_type is not None and op.item_type.annotation == "Family"
    assert op.return_type.annotation == "Page[Family]"


def test_search_after_pagination(load: Load) -> None:
    api = load(_list_op("[{name: search_after, in: query, schema: {type: string}}]"), FAMILY).api
    assert op_of(api, "families", "list").pagination is Pagination.SEARCH_AFTER


def test_both_paginations(load: Load) -> None:
    params = """[
      {name: page, in: query, schema: {type: integer}},
      {name: pagination_type, in: query, schema: {type: string, enum: [page, search_after]}},
      {name: search_after, in: query, schema: {type: string}}]"""
    api = load(_list_op(params.replace("\n", " ")), FAMILY).api
    op = op_of(api, "families", "list")
    assert op.pagination is Pagination.BOTH
    [pt] = [p for p in op.query_params if p.wire_name == "pagination_type"]
    assert pt.enum_values == ("page", "search_after")


def test_envelope_without_paging_parameters_is_a_single_page(load: Load) -> None:
    api = load(_list_op("[]"), FAMILY).api
    op = op_of(api, "families", "list")
    assert (op.result, op.pagination) == (ResultKind.PAGE, Pagination.NONE)


def test_search_parameter_takes_the_search_builder(load: Load) -> None:
    api = load(_list_op("[{name: search, in: query, schema: {type: string}}]"), FAMILY).api
    [search] = op_of(api, "families", "list").query_params
    assert search.type.annotation == "Search | Mapping[str, object] | str | None"


# -- batches ---------------------------------------------------------------------------------------------


def _batch(required: str, media: str = "application/vnd.akeneo.collection+json", schema: str = '{$ref: "#/components/schemas/Item"}') -> tuple[str, str]:
    paths = f"""\
    /items:
      patch:
        tags: [Item]
        requestBody: {{required: true, content: {{"{media}": {{schema: {schema}}}}}}}
        responses: {{"200": {{description: ok}}}}
    """
    components = f"""\
    schemas:
      Item:
        type: object
        required: [{required}]
        properties:
          uuid: {{type: string}}
          identifier: {{type: string}}
          code: {{type: string}}
    """
    return paths, components


@pytest.mark.parametrize("key", ["uuid", "identifier", "code"])
def test_batch_key_is_the_required_identifying_property(load: Load, key: str) -> None:
    api = load(*_batch(key)).api
    op = op_of(api, "items", "upsert_many")
    assert op.result is ResultKind.BATCH
    assert op.body.kind is BodyKind.NDJSON_BATCH
    assert op.item_type is not None and op.item_type.annotation == "Item"
    assert op.batch_key == key


def test_json_array_batch(load: Load) -> None:
    api = load(*_batch("code", media="application/json", schema='{type: array, items: {$ref: "#/components/schemas/Item"}}')).api
    op = op_of(api, "items", "upsert_many")
    assert op.body.kind is BodyKind.JSON_BATCH
    assert op.result is ResultKind.BATCH
    assert op.batch_key == "code"
    assert op.item_type is not None and op.item_type.annotation == "Item"
    assert op.call == ArrayBatch(TypeRef("model", "Item"), "code")


def test_array_bodies_are_batches_only_in_dialects_that_say_so(load: Load) -> None:
    spec = _batch("code", media="application/json", schema='{type: array, items: {$ref: "#/components/schemas/Item"}}')
    op = load(*spec, dialect="generic").api.operations[0]
    assert op.body.kind is BodyKind.JSON
    assert isinstance(op.call, JsonCall) and op.result is not ResultKind.BATCH


# -- uploads ---------------------------------------------------------------------------------------------


def _upload(path: str, header: str | None) -> str:
    headers = f"headers: {{{header}: {{schema: {{type: string}}}}}}" if header else ""
    return f"""\
    {path}:
      post:
        tags: [Media file]
        requestBody:
          required: true
          content:
            multipart/form-data:
              schema:
                type: object
                required: [file]
                properties:
                  file: {{type: string, format: binary}}
                  product: {{type: string, contentMediaType: application/json}}
                  note: {{type: string}}
        responses:
          "201": {{description: created, {headers}}}
    """


def test_upload_code_comes_from_location(load: Load) -> None:
    op = op_of(load(_upload("/media-files", "Location")).api, "media_files", "upload")
    assert op.result is ResultKind.UPLOAD
    assert op.code_header == "Location"
    assert op.return_type.annotation == "str"
    parts = {p.wire_name: (p.is_file, p.is_json, p.required) for p in op.body.parts}
    assert parts == {"file": (True, False, True), "product": (False, True, False), "note": (False, False, False)}


def test_upload_code_comes_from_a_code_header(load: Load) -> None:
    op = op_of(load(_upload("/asset-media-files", "Asset-media-file-code")).api, "media_files", "upload")
    assert op.code_header == "Asset-media-file-code"


def test_code_header_wins_over_location(load: Load) -> None:
    text = _upload("/asset-media-files", "Location").replace(
        "headers: {Location: {schema: {type: string}}}",
        "headers: {Location: {schema: {type: string}}, Asset-media-file-code: {schema: {type: string}}}",
    )
    op = op_of(load(text).api, "media_files", "upload")
    assert op.code_header == "Asset-media-file-code"


def test_upload_without_code_header_returns_the_reply(load: Load) -> None:
    op = op_of(load(_upload("/media-files", None)).api, "media_files", "upload")
    assert op.code_header is None
    assert op.return_type.annotation == "UploadResult"


# -- parameters ---------------------------------------------------------------------------------------


def test_slash_keeping_path_parameters(load: Load) -> None:
    api = load(
        """\
        /media-files/{code}/download:
          get:
            tags: [Media file]
            parameters:
              - {name: code, in: path, required: true, x-allow-reserved-slash: true, schema: {type: string}}
            responses: {"200": {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}}
        /other/{code}:
          get:
            tags: [Other]
            parameters:
              - {name: code, in: path, required: true, allowReserved: true, schema: {type: string}}
            responses: {"204": {description: ok}}
        /plain/{code}:
          get:
            tags: [Plain]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        """
    ).api
    assert op_of(api, "media_files", "download").path_params[0].keeps_slashes
    assert op_of(api, "others", "get").path_params[0].keeps_slashes
    assert not op_of(api, "plains", "get").path_params[0].keeps_slashes


def test_path_parameters_follow_the_path_order(load: Load) -> None:
    api = load(
        """\
        /reference-entities/{reference_entity_code}/attributes/{attribute_code}/options/{code}:
          parameters:
            - {name: code, in: path, required: true, schema: {type: string}}
          get:
            tags: [Option]
            parameters:
              - {name: attribute_code, in: path, required: true, schema: {type: string}}
              - {name: locale, in: query, schema: {type: string}}
              - {name: reference_entity_code, in: path, required: true, schema: {type: string}}
            responses: {"204": {description: ok}}
        """
    ).api
    op = op_of(api, "options", "get")
    assert [p.wire_name for p in op.path_params] == ["reference_entity_code", "attribute_code", "code"]
    assert [p.wire_name for p in op.query_params] == ["locale"]
    assert all(p.required for p in op.path_params)


def test_operation_parameter_overrides_path_level_one(load: Load) -> None:
    api = load(
        """\
        /things:
          parameters: [{name: limit, in: query, schema: {type: string}}]
          get:
            tags: [Thing]
            parameters: [{name: limit, in: query, required: true, schema: {type: integer}}]
            responses: {"204": {description: ok}}
        """
    ).api
    [limit] = op_of(api, "things", "list").query_params
    assert (limit.type.annotation, limit.required) == ("int", True)


def test_hostile_parameter_names_become_safe_identifiers(load: Load) -> None:
    api = load(
        """\
        /things:
          get:
            tags: [Thing]
            parameters:
              - {name: class, in: query, schema: {type: string}}
              - {name: "x-Request ID", in: header, schema: {type: string}}
              - {name: "1st", in: query, schema: {type: integer, default: 3}}
            responses: {"204": {description: ok}}
        """
    ).api
    op = op_of(api, "things", "list")
    assert [(p.python_name, p.wire_name) for p in op.query_params] == [("class_", "class"), ("param_1st", "1st")]
    assert [(p.python_name, p.wire_name) for p in op.header_params] == [("x_request_id", "x-Request ID")]
    assert op.query_params[1].default_repr == "3"


def warnings_of(result: LoadResult) -> list[str]:
    return [d.message for d in result.diagnostics if d.level is Level.WARNING]


def test_parameters_mapping_to_one_python_name_get_distinct_names(load: Load) -> None:
    result = load(
        """\
        /things/{a_b}:
          get:
            tags: [Thing]
            parameters:
              - {name: a_b, in: path, required: true, schema: {type: string}}
              - {name: a-b, in: query, schema: {type: string}}
              - {name: a_b, in: query, schema: {type: string}}
              - {name: A-B, in: header, schema: {type: string}}
            responses: {"204": {description: ok}}
        """,
    )
    op = op_of(result.api, "things", "get")
    names = [(p.wire_name, p.location, p.python_name) for p in (*op.path_params, *op.query_params, *op.header_params)]
    assert names == [("a_b", "path", "a_b"), ("a-b", "query", "a_b_query"), ("a_b", "query", "a_b_query_2"), ("A-B", "header", "a_b_header")]
    assert warnings_of(result) == [
        "query parameter 'a-b' maps to the Python name 'a_b', already taken: named 'a_b_query'",
        "query parameter 'a_b' maps to the Python name 'a_b', already taken: named 'a_b_query_2'",
        "header parameter 'A-B' maps to the Python name 'a_b', already taken: named 'a_b_header'",
    ]


def test_undeclared_path_parameter_is_an_error(load: Load) -> None:
    with pytest.raises(SpecError) as info:
        load(
            """\
            /things/{code}/parts/{part}:
              get:
                tags: [Thing]
                parameters: [{name: code, in: path, required: true, schema: {type: string}}]
                responses: {"204": {description: ok}}
            """
        )
    [d] = info.value.diagnostics
    assert d.level is Level.ERROR
    assert d.message == "path parameter 'part' is not declared"
    assert d.pointer == "/paths/~1things~1{code}~1parts~1{part}/get"
    assert d.line == 5  # the operation's line in spec.yaml (2 header lines, then paths:)


def test_duplicate_method_names_are_resolved_and_warned(load: Load) -> None:
    result = load(
        """\
        /things/{code}:
          get:
            tags: [Thing]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        /things/by-uuid/{uuid}:
          get:
            tags: [Thing]
            parameters: [{name: uuid, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        """,
    )
    # the path with fewer fixed words keeps the name; the other adds its own words
    assert op_of(result.api, "things", "get").path == "/things/{code}"
    assert op_of(result.api, "things", "get_by_uuid").path == "/things/by-uuid/{uuid}"
    [warning] = warnings_of(result)
    assert warning.startswith("method name things.get fits 2 operations; named by the collision rule: ")
    assert "GET /things/by-uuid/{uuid} -> things.get_by_uuid, GET /things/{code} -> things.get" in warning


def test_collision_rule_steps(load: Load) -> None:
    """Distinguishing words (singular after a one-item verb), else the operationId, else a number."""
    api = load(
        """\
        /families:
          post:
            tags: [Family]
            requestBody: {content: {application/json: {schema: {type: object}}}}
            responses: {"201": {description: created}}
        /families/{code}/variants:
          post:
            tags: [Family]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            requestBody: {content: {application/json: {schema: {type: object}}}}
            responses: {"201": {description: created}}
        /jobs/{a}:
          get:
            tags: [Job]
            operationId: readJobByA
            parameters: [{name: a, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        /jobs/{a}/{b}:
          get:
            tags: [Job]
            operationId: readJobByAB
            parameters: [{name: a, in: path, required: true, schema: {type: string}}, {name: b, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        /jobs/{a}/{b}/{c}:
          get:
            tags: [Job]
            parameters: [{name: a, in: path, required: true, schema: {type: string}}, {name: b, in: path, required: true, schema: {type: string}}, {name: c, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        """,
    ).api
    assert {(o.resource, o.python_name, o.path) for o in api.operations} == {
        ("families", "create", "/families"),
        ("families", "create_variant", "/families/{code}/variants"),
        ("jobs", "read_job_by_a", "/jobs/{a}"),
        ("jobs", "read_job_by_ab", "/jobs/{a}/{b}"),
        ("jobs", "get_2", "/jobs/{a}/{b}/{c}"),
    }


def test_companion_methods_take_part_in_collisions(load: Load) -> None:
    """``list`` brings ``list_page``: an operation named ``list_page`` in a naming file keeps the
    name, and ``list`` (with no distinguishing word or operationId) becomes ``list_2``."""
    api = load(
        """\
        /things:
          get:
            tags: [Thing]
            parameters: [{name: page, in: query, schema: {type: integer}}]
            responses:
              "200":
                description: ok
                content: {application/json: {schema: {type: object, properties: {_embedded: {type: object, properties: {items: {type: array, items: {type: object}}}}}}}}
        /things/page:
          get:
            tags: [Thing]
            operationId: thingsPage
            responses: {"204": {description: ok}}
        """,
        naming={"operations": {"GET /things/page": "things.list_page"}},
    ).api
    assert sorted(o.python_name for o in api.operations) == ["list_2", "list_page"]


def test_collisions_do_not_depend_on_the_order_of_paths(load: Load) -> None:
    a = """\
    /a/{x}/extra:
      get: {tags: [T], parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {"204": {description: ok}}}
    """.rstrip(" ")
    b = a.replace("/a/", "/b/")
    one = sorted((o.path, o.python_name) for o in load(a + b).api.operations)
    two = sorted((o.path, o.python_name) for o in load(b + a).api.operations)
    assert one == two == [("/a/{x}/extra", "list_a"), ("/b/{x}/extra", "list_b")]


def test_generic_specs_name_methods_from_operation_ids(load: Load) -> None:
    api = load(
        """\
        /pets/{petId}:
          get:
            tags: [pet]
            operationId: getPetById
            parameters: [{name: petId, in: path, required: true, schema: {type: integer}}]
            responses: {"204": {description: ok}}
          delete:
            tags: [pet]
            parameters: [{name: petId, in: path, required: true, schema: {type: integer}}]
            responses: {"204": {description: ok}}
        /v2/stores/{id}/orders:
          get:
            operationId: class
            parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
            responses: {"204": {description: ok}}
        """,
        dialect="generic",
    ).api
    assert {(o.resource, o.python_name) for o in api.operations} == {
        ("pet", "get_pet_by_id"),
        ("pet", "delete"),  # no operationId: the path shape
        ("stores", "class_"),  # untagged: the first path word that is not a version
    }


def test_override_keys_match_any_path_parameter_names(load: Load) -> None:
    paths = """\
    /things/{thing_code}/parts:
      post:
        tags: [Thing]
        parameters: [{name: thing_code, in: path, required: true, schema: {type: string}}]
        responses: {"201": {description: created}}
    """
    for key in ("POST /things/{}/parts", "POST /things/{code}/parts", "POST /things/{thing_code}/parts"):
        api = load(paths, naming={"operations": {key: "parts.create"}}).api
        assert [(o.resource, o.python_name) for o in api.operations] == [("parts", "create")], key


def test_duplicate_method_names_resolved_by_an_override(load: Load) -> None:
    api = load(
        """\
        /things/{code}:
          get:
            tags: [Thing]
            parameters: [{name: code, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        /things/by-uuid/{uuid}:
          get:
            tags: [Thing]
            parameters: [{name: uuid, in: path, required: true, schema: {type: string}}]
            responses: {"204": {description: ok}}
        """,
        naming={"operations": {"GET /things/by-uuid/{uuid}": "things.get_by_uuid"}},
    ).api
    assert [o.python_name for o in api.resources[0].operations] == ["get", "get_by_uuid"]


# -- models --------------------------------------------------------------------------------------------


def _get_returning(schema_ref: str) -> str:
    return f"""\
    /things/{{code}}:
      get:
        tags: [Thing]
        operationId: get_thing
        parameters: [{{name: code, in: path, required: true, schema: {{type: string}}}}]
        responses: {{"200": {{description: ok, content: {{application/json: {{schema: {schema_ref}}}}}}}}}
    """


def test_inline_objects_are_named_parent_then_field(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Family"}'),
        """\
        schemas:
          Family:
            type: object
            properties:
              meta:
                type: object
                properties:
                  owner: {type: object, properties: {name: {type: string}}}
              tags: {type: array, items: {type: object, properties: {code: {type: string}}}}
              weights: {type: object, additionalProperties: {type: object, properties: {amount: {type: number}}}}
        """,
    ).api
    fields = {f.python_name: f.type.annotation for f in model_of(api, "Family").fields}
    assert fields == {
        "meta": "FamilyMeta | None",
        "tags": "list[FamilyTagsItem] | None",
        "weights": "dict[str, FamilyWeightsValue] | None",
    }
    assert model_of(api, "FamilyMeta").fields[0].type.annotation == "FamilyMetaOwner | None"
    assert sorted(m.class_name for m in api.models) == ["Family", "FamilyMeta", "FamilyMetaOwner", "FamilyTagsItem", "FamilyWeightsValue"]
    assert model_of(api, "Family").depends_on == ("FamilyMeta", "FamilyTagsItem", "FamilyWeightsValue")


def test_inline_response_object_is_named_after_the_operation(load: Load) -> None:
    api = load(_get_returning("{type: object, properties: {n: {type: integer}}}")).api
    assert op_of(api, "things", "get").return_type.annotation == "GetThing200Response"


def test_recursive_models(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Category"}'),
        """\
        schemas:
          Category:
            type: object
            required: [code]
            properties:
              code: {type: string}
              parent: {anyOf: [{$ref: "#/components/schemas/Category"}, {type: "null"}]}
              children: {type: array, items: {$ref: "#/components/schemas/Category"}}
              link: {$ref: "#/components/schemas/Link"}
          Link:
            type: object
            properties:
              target: {$ref: "#/components/schemas/Category"}
        """,
    ).api
    fields = {f.python_name: (f.type.annotation, f.required, f.nullable) for f in model_of(api, "Category").fields}
    assert fields == {
        "code": ("str", True, False),
        "parent": ("Category | None", False, True),
        "children": ("list[Category] | None", False, False),
        "link": ("Link | None", False, False),
    }
    assert model_of(api, "Category").depends_on == ("Link",)
    assert model_of(api, "Link").depends_on == ("Category",)


def test_nullable_types(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Thing"}'),
        """\
        schemas:
          Thing:
            type: object
            required: [a, b, c, d]
            properties:
              a: {type: [string, "null"]}
              b: {anyOf: [{type: integer}, {type: "null"}]}
              c: {type: [string, integer]}
              d: {type: string}
              e: {type: string}
              f: {type: "null"}
        """,
    ).api
    fields = {f.python_name: (f.type.annotation, f.nullable) for f in model_of(api, "Thing").fields}
    assert fields == {
        "a": ("str | None", True),
        "b": ("int | None", True),
        "c": ("str | int", False),
        "d": ("str", False),
        "e": ("str | None", False),
        "f": ("None", True),
    }


def test_enums_become_literals(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Thing"}'),
        """\
        schemas:
          Thing:
            type: object
            required: [kind, level, state, fixed]
            properties:
              kind: {type: string, enum: [pim_catalog_text, 'say "hi"']}
              level: {type: integer, enum: [1, 2]}
              state: {enum: [on, null]}
              fixed: {const: yes}
              ratio: {type: number, enum: [0.5, 1.5]}
              named: {$ref: "#/components/schemas/Kind"}
          Kind: {type: string, enum: [a, b]}
        """,
    ).api
    fields = {f.python_name: f.type.annotation for f in model_of(api, "Thing").fields}
    assert fields == {
        "kind": """Literal["pim_catalog_text", 'say "hi"']""",
        "level": "Literal[1, 2]",
        "state": 'Literal["on"] | None',
        "fixed": 'Literal["yes"]',
        "ratio": "float | None",  # floats cannot be Literal members
        "named": 'Literal["a", "b"] | None',
    }


def test_additional_properties(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Thing"}'),
        """\
        schemas:
          Thing:
            type: object
            additionalProperties: false
            properties:
              labels: {type: object, additionalProperties: {type: string}}
              values: {type: object, additionalProperties: {type: array, items: {type: integer}}}
              anything: {type: object}
              refs: {type: object, additionalProperties: {$ref: "#/components/schemas/Other"}}
          Other: {type: object, properties: {x: {type: string}}}
        """,
    ).api
    thing = model_of(api, "Thing")
    assert thing.extra == "forbid"
    assert {f.python_name: f.type.annotation for f in thing.fields} == {
        "labels": "dict[str, str] | None",
        "values": "dict[str, list[int]] | None",
        "anything": "dict[str, Any] | None",
        "refs": "dict[str, Other] | None",
    }
    assert model_of(api, "Other").extra == "allow"


def test_all_of_merges_properties(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Child"}'),
        """\
        schemas:
          Base: {type: object, required: [code], properties: {code: {type: string}}}
          Child:
            allOf:
              - $ref: "#/components/schemas/Base"
              - {type: object, properties: {extra: {type: boolean}}}
        """,
    ).api
    child = model_of(api, "Child")
    assert [(f.python_name, f.required) for f in child.fields] == [("code", True), ("extra", False)]
    assert [m.class_name for m in api.models] == ["Child"]  # Base itself is not used by any operation


def test_reserved_property_names_are_aliased(load: Load) -> None:
    api = load(
        _get_returning("{type: object, properties: {class: {type: string}, json: {type: string}, model_config: {type: integer}, _links: {type: object}}}")
    ).api
    m = model_of(api, "GetThing200Response")
    assert [(f.python_name, f.json_name) for f in m.fields] == [
        ("class_", "class"),
        ("json_", "json"),
        ("model_config_", "model_config"),
        ("links", "_links"),
    ]


def test_schema_names_are_kept_whatever_generated_code_imports(load: Load) -> None:
    """Generated modules reach pydantic, typing and the runtime through aliases (``_pd.Field``,
    ``_rt.Page``), so a schema called ``Field`` or ``Page`` keeps its name."""
    api = load(
        _get_returning('{$ref: "#/components/schemas/Field"}'),
        "schemas:\n  Field: {type: object, properties: {a: {type: string}}}\n  Page: {type: object, properties: {f: {$ref: '#/components/schemas/Field'}}}\n",
    ).api
    assert [m.class_name for m in api.models] == ["Field"]
    assert op_of(api, "things", "get").return_type.annotation == "Field"


def test_properties_mapping_to_one_python_name_get_distinct_names(load: Load) -> None:
    result = load(_get_returning("{type: object, properties: {a-b: {type: string}, a_b: {type: string}}}"))
    model = model_of(result.api, "GetThing200Response")
    assert [(f.json_name, f.python_name) for f in model.fields] == [("a-b", "a_b"), ("a_b", "a_b_2")]
    assert "property 'a_b' maps to the Python name 'a_b', already used in GetThing200Response: named 'a_b_2'" in warnings_of(result)


def test_model_name_collision_gets_a_numeric_suffix(load: Load) -> None:
    result = load(
        _get_returning('{$ref: "#/components/schemas/Family"}'),
        """\
        schemas:
          Family:
            type: object
            properties:
              meta: {type: object, properties: {a: {type: string}}}
              other: {$ref: "#/components/schemas/FamilyMeta"}
          FamilyMeta: {type: object, properties: {b: {type: string}}}
        """,
    )
    family = model_of(result.api, "Family")
    # component schemas keep their names; the inline object derived to the same name gets a number
    assert {f.json_name: f.type.annotation for f in family.fields} == {"meta": "FamilyMeta2 | None", "other": "FamilyMeta | None"}
    assert [f.json_name for f in model_of(result.api, "FamilyMeta2").fields] == ["a"]
    [warning] = [w for w in warnings_of(result) if "FamilyMeta" in w]
    assert warning.startswith("model name 'FamilyMeta' is already used by /components/schemas/FamilyMeta: ")
    assert warning.endswith("named 'FamilyMeta2' (a naming file entry chooses otherwise)")


def test_component_names_that_sanitize_alike_are_told_apart(load: Load) -> None:
    paths = """\
    /a:
      get:
        tags: [A]
        responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/family-meta"}}}}}
    /b:
      get:
        tags: [B]
        responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/FamilyMeta"}}}}}
    """
    components = """\
    schemas:
      family-meta: {type: object, properties: {a: {type: string}}}
      FamilyMeta: {type: object, properties: {b: {type: string}}}
    """
    result = load(paths, components)
    assert sorted(m.class_name for m in result.api.models) == ["FamilyMeta", "FamilyMeta2"]
    assert any("model name 'FamilyMeta' is already used by /components/schemas/family-meta" in m for m in warnings_of(result))
    # a schema override chooses the name
    api = load(paths, components, naming={"schemas": {"family-meta": "FamilyMetaV1"}}).api
    assert sorted(m.class_name for m in api.models) == ["FamilyMeta", "FamilyMetaV1"]


def test_resource_class_and_model_may_share_a_name(load: Load) -> None:
    """Resource modules reach models as ``_m.Things``: the resource class keeps its name."""
    result = load(
        _get_returning('{$ref: "#/components/schemas/Things"}'),
        "schemas:\n  Things: {type: object, properties: {a: {type: string}}}\n",
    )
    [res] = result.api.resources
    assert (res.attr_name, res.class_name) == ("things", "Things")
    assert [m.class_name for m in result.api.models] == ["Things"]
    assert not [w for w in warnings_of(result) if "Things" in w]


def test_unreachable_models_are_pruned(load: Load) -> None:
    api = load(
        _get_returning('{$ref: "#/components/schemas/Used"}'),
        """\
        schemas:
          Used: {type: object, properties: {dep: {$ref: "#/components/schemas/Dep"}}}
          Dep: {type: object, properties: {x: {type: string}}}
          Orphan: {type: object, properties: {y: {type: string}}}
        """,
    ).api
    assert sorted(m.class_name for m in api.models) == ["Dep", "Used"]


def test_models_used_by_several_resources_go_to_common(load: Load) -> None:
    api = load(
        """\
        /a:
          get:
            tags: [A]
            responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Own"}}}}}
        /b:
          get:
            tags: [B]
            responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Shared"}}}}}
        """,
        """\
        schemas:
          Own: {type: object, properties: {s: {$ref: "#/components/schemas/Shared"}}}
          Shared: {type: object, properties: {x: {type: string}}}
        """,
    ).api
    assert {m.class_name: m.module for m in api.models} == {"Own": "as", "Shared": "common"}
    assert api.model_modules == ("as", "common")


def test_unresolvable_local_ref_is_an_error(load: Load) -> None:
    messages = errors_of(load, _get_returning('{$ref: "#/components/schemas/Missing"}'))
    assert any("Missing" in m for m in messages)


def test_api_metadata(load: Load) -> None:
    result = load('/x:\n  get:\n    responses: {"204": {description: ok}}\n')
    api = result.api
    assert (api.title, api.version, api.package_name) == ("Test API", "1", "akeneo_pim")
    assert api.source_name == "spec.yaml"
    assert result.diagnostics == []


def test_parameters_named_like_method_locals_get_an_underscore(load: Load) -> None:
    api = load(
        """\
        /things:
          get:
            tags: [Thing]
            parameters:
              - {name: items, in: query, schema: {type: string}}
              - {name: validator, in: query, schema: {type: string}}
              - {name: to, in: header, schema: {type: string}}
              - {name: start, in: query, schema: {type: integer}}
            responses: {"204": {description: ok}}
        /files:
          post:
            tags: [Thing]
            requestBody:
              content:
                multipart/form-data:
                  schema: {type: object, properties: {file: {type: string, format: binary}, fields: {type: string}, filename: {type: string}}}
            responses: {"201": {description: ok, headers: {Location: {schema: {type: string}}}}}
        """
    ).api
    op = op_of(api, "things", "list")
    # ``validator`` is free: generated methods reach the runtime as ``_rt.validator``
    # (``start`` is a listing's cursor to resume from)
    assert [p.python_name for p in (*op.query_params, *op.header_params)] == ["items_", "validator", "start_", "to_"]
    upload = op_of(api, "things", "upload")
    assert [p.python_name for p in upload.body.parts] == ["file", "fields", "filename_"]
