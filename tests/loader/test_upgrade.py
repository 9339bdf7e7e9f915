"""Swagger 2.0 / OpenAPI 3.0 -> normalized OpenAPI 3.1 (generator/loader/upgrade.py): one test per rule."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from openapi_pydantic.v3.v3_1 import OpenAPI
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

from generator.diagnostics import Diagnostic, Level
from generator.dialects import Dialect, dialect_named
from generator.loader.akeneo_dialect import (
    attribute_types_include_table,
    conversion_units_accept_null,
    locale_and_scope_accept_null,
    placeholder_keys_are_maps,
    quality_scores_are_a_list,
    relink_definitions,
    transformation_operations_are_a_list,
    value_data_accepts_any,
)
from generator.loader.upgrade import upgrade_document
from tests.support.paths import UPSTREAM_PATH as UPSTREAM
from tests.support.paths import require_upstream

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
LINES = "application/vnd.akeneo.collection+json"
INFO = {"title": "T", "version": "1"}
ERROR_SCHEMA = {"type": "object", "properties": {"message": {"type": "string"}}}


def swagger(paths: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": INFO, "paths": paths or {}, **top}


def upgrade(doc: dict[str, Any], dialect: str | Dialect | None = None) -> dict[str, Any]:
    """Upgrade (in ``dialect``, else the one detected), asserting the input is untouched and
    nothing was reported."""
    before = copy.deepcopy(doc)
    out, diagnostics = upgrade_document(doc, dialect=dialect_named(dialect) if isinstance(dialect, str) else dialect)
    assert doc == before
    assert diagnostics == []
    return out


def op_of(doc: dict[str, Any], path: str = "/x", method: str = "post", dialect: str | Dialect | None = None) -> dict[str, Any]:
    result: dict[str, Any] = upgrade(doc, dialect)["paths"][path][method]
    return result


# -- versions -----------------------------------------------------------------------------------


def test_swagger_2_becomes_openapi_3_1() -> None:
    assert upgrade(swagger()) == {"openapi": "3.1.0", "info": INFO, "paths": {}}


def test_openapi_3_1_passes_through_unchanged() -> None:
    doc = {"openapi": "3.1.0", "info": INFO, "paths": {}, "x-a": {"nullable": True}}
    out = upgrade(doc)
    assert out == doc
    assert out is not doc
    assert out["x-a"] is not doc["x-a"]


def test_openapi_3_0_gets_the_3_1_version_and_keeps_refs() -> None:
    doc = {
        "openapi": "3.0.3",
        "info": INFO,
        "paths": {},
        "components": {
            "schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}}
        },
    }
    assert upgrade(doc) == {**doc, "openapi": "3.1.0"}


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        ({"swagger": "1.2"}, "/swagger"),
        ({"openapi": "2.5.0"}, "/openapi"),
        ({"openapi": 3.1}, "/openapi"),
        ({"openapi": "3.2.0"}, "/openapi"),
        ({"info": INFO}, ""),
    ],
)
def test_unknown_versions_are_errors(doc: dict[str, Any], pointer: str) -> None:
    out, diagnostics = upgrade_document(doc, file="api.yaml")
    assert out == doc
    assert [(d.level, d.pointer, d.file) for d in diagnostics] == [
        (Level.ERROR, pointer, "api.yaml")
    ]


# -- document structure -------------------------------------------------------------------------


def test_definitions_parameters_responses_move_to_components_and_refs_follow() -> None:
    doc = swagger(
        {
            "/x": {
                "get": {
                    "parameters": [{"$ref": "#/parameters/limit"}],
                    "responses": {
                        "200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}},
                        "404": {"$ref": "#/responses/NotFound"},
                    },
                }
            }
        },
        definitions={
            "Pet": {
                "type": "object",
                "properties": {"tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}},
            },
            "Tag": {"type": "string"},
        },
        parameters={"limit": {"name": "limit", "in": "query", "type": "integer"}},
        responses={"NotFound": {"description": "missing"}},
    )
    assert upgrade(doc) == {
        "openapi": "3.1.0",
        "info": INFO,
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/limit"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                            },
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {
                        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
                    },
                },
                "Tag": {"type": "string"},
            },
            "responses": {"NotFound": {"description": "missing"}},
            "parameters": {
                "limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}
            },
        },
    }


def test_refs_into_other_files_are_rewritten_after_the_hash() -> None:
    doc = swagger(
        definitions={
            "A": {"allOf": [{"$ref": "common.yaml#/definitions/Base"}, {"$ref": "pet.json"}]}
        }
    )
    assert upgrade(doc)["components"]["schemas"]["A"] == {
        "allOf": [{"$ref": "common.yaml#/components/schemas/Base"}, {"$ref": "pet.json"}]
    }


@pytest.mark.parametrize(
    ("top", "servers"),
    [
        ({"host": "api.example.com"}, [{"url": "https://api.example.com"}]),
        ({"host": "api.example.com", "schemes": ["http"]}, [{"url": "http://api.example.com"}]),
        (
            {"host": "h", "schemes": ["http", "https"], "basePath": "/v2/"},
            [{"url": "https://h/v2"}],
        ),
        ({"basePath": "/v2"}, [{"url": "/v2"}]),
        ({}, None),
    ],
)
def test_servers_come_from_host_base_path_and_schemes(
    top: dict[str, Any], servers: list[Any] | None
) -> None:
    assert upgrade(swagger(**top)).get("servers") == servers


def test_path_level_parameters_stay_at_path_level() -> None:
    doc = swagger(
        {
            "/x/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
                "get": {"responses": {}},
            }
        }
    )
    assert upgrade(doc)["paths"]["/x/{id}"] == {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "get": {"responses": {}},
    }


def test_tags_external_docs_and_extensions_are_kept() -> None:
    doc = swagger(
        tags=[{"name": "a"}], externalDocs={"url": "https://e"}, **{"x-logo": {"url": "l"}}
    )
    out = upgrade(doc)
    assert (out["tags"], out["externalDocs"], out["x-logo"]) == (
        [{"name": "a"}],
        {"url": "https://e"},
        {"url": "l"},
    )


def test_unknown_fields_are_dropped_with_a_warning() -> None:
    doc = swagger({"/x": {"get": {"responses": {}, "bogus": 1}}}, other=2)
    out, diagnostics = upgrade_document(doc)
    assert out == {"openapi": "3.1.0", "info": INFO, "paths": {"/x": {"get": {"responses": {}}}}}
    assert [(d.level, d.pointer) for d in diagnostics] == [
        (Level.WARNING, "/paths/~1x/get/bogus"),
        (Level.WARNING, "/other"),
    ]


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (
            {"/x": {"get": {"parameters": [{"$ref": "#/parameters/nope"}], "responses": {}}}},
            [(Level.ERROR, "/paths/~1x/get/parameters/0/$ref")],
        ),
        (
            {"/x/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "type": "string"}]}}},
            [(Level.WARNING, "/paths/~1x~1{id}/get/parameters/0/required")],
        ),
        (
            {"/x": {"get": {"parameters": [{"name": "c", "in": "cookie", "type": "string"}]}}},
            [(Level.ERROR, "/paths/~1x/get/parameters/0/in")],
        ),
        (
            {
                "/x": {
                    "get": {
                        "parameters": [
                            {"name": "t", "in": "query", "type": "array", "collectionFormat": "tsv"}
                        ]
                    }
                }
            },
            [(Level.WARNING, "/paths/~1x/get/parameters/0/collectionFormat")],
        ),
        (
            {
                "/x": {
                    "post": {
                        "parameters": [
                            {"name": "a", "in": "body", "schema": {}},
                            {"name": "b", "in": "body", "schema": {}},
                        ]
                    }
                }
            },
            [(Level.ERROR, "/paths/~1x/post/parameters/1")],
        ),
        (
            {
                "/x": {
                    "post": {
                        "parameters": [
                            {"name": "a", "in": "body", "schema": {}},
                            {"name": "b", "in": "formData", "type": "string"},
                        ]
                    }
                }
            },
            [(Level.ERROR, "/paths/~1x/post/parameters")],
        ),
        (
            {"/x": {"get": {"responses": {"200": {"schema": {"type": "string"}}}}}},
            [(Level.WARNING, "/paths/~1x/get/responses/200")],
        ),
    ],
)
def test_problems_are_reported_with_pointers_into_the_original(
    paths: dict[str, Any], expected: list[tuple[Level, str]]
) -> None:
    _, diagnostics = upgrade_document(swagger(paths))
    assert [(d.level, d.pointer) for d in diagnostics] == expected


def test_path_level_body_and_shared_form_parameters_are_inlined_in_each_operation() -> None:
    doc = swagger(
        {
            "/x": {
                "parameters": [{"name": "body", "in": "body", "schema": {"type": "object"}}],
                "put": {"responses": {}},
            },
            "/y": {"post": {"parameters": [{"$ref": "#/parameters/note"}], "responses": {}}},
        },
        parameters={"note": {"name": "note", "in": "formData", "type": "string"}},
    )
    out = upgrade(doc)
    assert out["paths"]["/x"] == {
        "put": {
            "responses": {},
            "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
        }
    }
    assert out["paths"]["/y"]["post"]["requestBody"] == {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": {"note": {"type": "string"}}}
            }
        }
    }
    assert "components" not in out


def test_openapi_3_0_example_data_is_not_rewritten() -> None:
    data = {"schema": {"nullable": True, "type": "file"}, "examples": {"a": 1}}
    doc = {
        "openapi": "3.0.2",
        "info": INFO,
        "paths": {},
        "components": {"examples": {"E": {"value": data}}, "schemas": {"S": {"example": data}}},
    }
    assert upgrade(doc)["components"] == doc["components"]


# -- request bodies -----------------------------------------------------------------------------


def test_body_parameter_becomes_a_json_request_body_keeping_required() -> None:
    body = {
        "name": "body",
        "in": "body",
        "required": True,
        "description": "the pet",
        "schema": {"$ref": "#/definitions/Pet"},
    }
    doc = swagger({"/x": {"post": {"parameters": [body], "responses": {}}}})
    assert op_of(doc) == {
        "requestBody": {
            "description": "the pet",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
            "required": True,
        },
        "responses": {},
    }


def test_body_media_types_come_from_operation_then_global_consumes() -> None:
    body = {"name": "b", "in": "body", "schema": {"type": "string"}}
    doc = swagger(
        {
            "/x": {
                "post": {"parameters": [body], "responses": {}},
                "put": {"consumes": ["text/plain"], "parameters": [body], "responses": {}},
            }
        },
        consumes=["application/xml", "application/json"],
    )
    paths = upgrade(doc)["paths"]["/x"]
    assert list(paths["post"]["requestBody"]["content"]) == ["application/xml", "application/json"]
    assert paths["put"]["requestBody"] == {
        "content": {"text/plain": {"schema": {"type": "string"}}}
    }


def test_shared_body_parameter_becomes_a_component_request_body() -> None:
    doc = swagger(
        {"/x": {"post": {"parameters": [{"$ref": "#/parameters/Pet"}], "responses": {}}}},
        parameters={
            "Pet": {"name": "pet", "in": "body", "required": True, "schema": {"type": "object"}}
        },
    )
    out = upgrade(doc)
    assert out["paths"]["/x"]["post"]["requestBody"] == {"$ref": "#/components/requestBodies/Pet"}
    assert out["components"] == {
        "requestBodies": {
            "Pet": {
                "content": {"application/json": {"schema": {"type": "object"}}},
                "required": True,
            }
        }
    }


def test_form_data_parameters_become_a_url_encoded_object() -> None:
    params = [
        {
            "name": "name",
            "in": "formData",
            "type": "string",
            "required": True,
            "description": "who",
        },
        {
            "name": "tags",
            "in": "formData",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "multi",
        },
    ]
    doc = swagger({"/x": {"post": {"parameters": params, "responses": {}}}})
    assert op_of(doc)["requestBody"] == {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "description": "who"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["name"],
                },
                "encoding": {"tags": {"style": "form", "explode": True}},
            }
        }
    }


def test_form_data_with_a_file_becomes_multipart() -> None:
    params = [
        {"name": "file", "in": "formData", "type": "file", "required": True},
        {"name": "note", "in": "formData", "type": "string"},
    ]
    doc = swagger({"/x": {"post": {"parameters": params, "responses": {}}}})
    assert op_of(doc)["requestBody"] == {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "note": {"type": "string"},
                    },
                    "required": ["file"],
                }
            }
        }
    }


def test_form_data_is_multipart_when_consumes_says_so() -> None:
    params = [{"name": "note", "in": "formData", "type": "string"}]
    doc = swagger(
        {
            "/x": {
                "post": {"consumes": ["multipart/form-data"], "parameters": params, "responses": {}}
            }
        }
    )
    assert list(op_of(doc)["requestBody"]["content"]) == ["multipart/form-data"]


class _JsonParts(Dialect):
    """A dialect whose multipart parts ``product``, ``product_model``, ``category`` carry JSON
    (Akeneo's, without its errata of the upstream file)."""

    json_parts = frozenset({"product", "product_model", "category"})


def test_akeneo_form_data_body_with_a_binary_part_is_multipart() -> None:
    schema = {
        "required": ["file"],
        "properties": {
            "product": {"type": "string", "description": "JSON"},
            "product_model": {"type": "string"},
            "category": {"type": "string"},
            "comment": {"type": "string"},
            "file": {"type": "string", "format": "binary"},
        },
    }
    body = {"name": "body", "in": "body", "x-form-data": True, "schema": schema}
    header = {"name": "Content-type", "in": "header", "type": "string", "required": True}
    doc = swagger({"/x": {"post": {"parameters": [header, body], "responses": {}}}})
    assert op_of(doc, dialect=_JsonParts()) == {
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "product": {
                                "type": "string",
                                "description": "JSON",
                                "contentMediaType": "application/json",
                            },
                            "product_model": {
                                "type": "string",
                                "contentMediaType": "application/json",
                            },
                            "category": {
                                "type": "string",
                                "contentMediaType": "application/json",
                            },
                            "comment": {"type": "string"},
                            "file": {"type": "string", "format": "binary"},
                        },
                    }
                }
            }
        },
        "responses": {},
    }


def test_akeneo_form_data_body_without_a_file_is_json_or_url_encoded() -> None:
    schema = {"type": "object", "properties": {"username": {"type": "string"}}}
    body = {"name": "body", "in": "body", "x-form-data": True, "schema": schema}
    doc = swagger({"/x": {"post": {"parameters": [body], "responses": {}}}})
    assert op_of(doc)["requestBody"] == {
        "content": {
            "application/json": {"schema": schema},
            "application/x-www-form-urlencoded": {"schema": schema},
        }
    }


def test_akeneo_body_by_line_patch_is_line_delimited_both_ways() -> None:
    line = {"type": "object", "properties": {"code": {"type": "string"}}}
    status = {"type": "object", "properties": {"line": {"type": "integer"}}}
    doc = swagger(
        {
            "/x": {
                "patch": {
                    "x-body-by-line": "one item a line",
                    "parameters": [
                        {"name": "body", "in": "body", "schema": {"type": "array", "items": line}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": status,
                            "examples": {"x-example-1": '{"line":1}'},
                        },
                        "413": {"description": "too big", "schema": ERROR_SCHEMA},
                    },
                }
            }
        },
        produces=["application/json"],
    )
    assert op_of(doc, method="patch", dialect="akeneo") == {
        "requestBody": {
            "description": "one item a line",
            "content": {LINES: {"schema": line, "x-line-delimited": True}},
        },
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    LINES: {
                        "schema": status,
                        "x-line-delimited": True,
                        "examples": {"x-example-1": {"value": '{"line":1}'}},
                    }
                },
            },
            "413": {
                "description": "too big",
                "content": {"application/json": {"schema": ERROR_SCHEMA}},
            },
        },
    }


def test_what_the_vendor_keys_mean_comes_from_the_dialect() -> None:
    """Outside a dialect that names them: ``x-body-by-line`` is NDJSON, no part is JSON, and
    no path takes a token unless an operation opts out."""
    lines = {"name": "body", "in": "body", "schema": {"type": "object"}}
    parts = {"name": "body", "in": "body", "x-form-data": True, "schema": {"properties": {"product": {"type": "string"}, "file": {"type": "string", "format": "binary"}}}}
    doc = swagger({"/api/rest/v1/x": {"patch": {"x-body-by-line": True, "parameters": [lines], "responses": {}}, "post": {"parameters": [parts], "responses": {}}}})
    out = upgrade(doc, "generic")
    item = out["paths"]["/api/rest/v1/x"]
    assert list(item["patch"]["requestBody"]["content"]) == ["application/x-ndjson"]
    product = item["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]["product"]
    assert "contentMediaType" not in product
    assert "security" not in out


def test_per_operation_schemes_the_servers_have_go_silently() -> None:
    paths = {"/a": {"get": {"schemes": ["https"], "responses": {}}}, "/b": {"get": {"schemes": ["wss"], "responses": {}}}}
    out, diagnostics = upgrade_document(swagger(paths))
    assert [(d.pointer, d.message) for d in diagnostics] == [("/paths/~1b/get/schemes", "per-operation 'schemes' are not supported: dropped")]
    assert "schemes" not in out["paths"]["/a"]["get"] and "schemes" not in out["paths"]["/b"]["get"]
    doc = swagger(paths)
    doc["schemes"] = ["http"]
    _, diagnostics = upgrade_document(doc)
    assert [d.pointer for d in diagnostics] == ["/paths/~1a/get/schemes", "/paths/~1b/get/schemes"]


def test_dialect_hooks_run_before_and_after_the_upgrade() -> None:
    """A dialect plugged in from outside: its hooks see the source and the result, in order,
    and what they report is part of the diagnostics; the source is never changed."""
    seen: list[str] = []

    class Renaming(Dialect):
        def before_upgrade(self, source: dict[str, Any], warn: Callable[[str, str], None]) -> dict[str, Any]:
            seen.append("before")
            warn("/paths", "renamed /old to /new")
            return {**source, "paths": {"/new": source["paths"]["/old"]}}

        def after_upgrade(self, source: dict[str, Any], upgraded: dict[str, Any], warn: Callable[[str, str], None]) -> None:
            seen.append("after")
            assert "/new" in source["paths"] and upgraded["openapi"] == "3.1.0"
            upgraded["info"]["x-touched"] = True

    doc = swagger({"/old": {"get": {"responses": {"204": {"description": "ok"}}}}})
    before = copy.deepcopy(doc)
    out, diagnostics = upgrade_document(doc, dialect=Renaming())
    assert seen == ["before", "after"] and doc == before
    assert list(out["paths"]) == ["/new"] and out["info"]["x-touched"] is True
    assert [d.message for d in diagnostics] == ["renamed /old to /new"]


def test_akeneo_body_by_line_on_a_post_only_describes_a_json_body() -> None:
    schema = {"properties": {"import_mode": {"type": "string"}}}
    doc = swagger(
        {
            "/x": {
                "post": {
                    "x-body-by-line": "optional",
                    "parameters": [{"name": "body", "in": "body", "schema": schema}],
                    "responses": {"200": {"description": "ok", "schema": {"type": "object"}}},
                }
            }
        }
    )
    assert op_of(doc) == {
        "requestBody": {
            "description": "optional",
            "content": {"application/json": {"schema": schema}},
        },
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    }


def test_json_array_batch_body_and_reply_stay_arrays() -> None:
    items = {"type": "array", "items": {"type": "object"}}
    doc = swagger(
        {
            "/x": {
                "patch": {
                    "parameters": [
                        {"name": "body", "in": "body", "required": True, "schema": items}
                    ],
                    "responses": {"200": {"description": "ok", "schema": items}},
                }
            }
        }
    )
    assert op_of(doc, method="patch") == {
        "requestBody": {"content": {"application/json": {"schema": items}}, "required": True},
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": items}}}
        },
    }


# -- responses ----------------------------------------------------------------------------------


def test_akeneo_download_without_schema_is_binary() -> None:
    doc = swagger(
        {
            "/x": {
                "get": {
                    "x-content-type": "type of the file",
                    "responses": {
                        "200": {"description": "ok", "x-content-type": "type of the file"},
                        "404": {"description": "missing"},
                    },
                }
            }
        },
        produces=["application/json"],
    )
    assert op_of(doc, method="get") == {
        "x-content-type": "type of the file",
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                },
                "x-content-type": "type of the file",
            },
            "404": {"description": "missing"},
        },
    }


def test_responses_without_schema_have_no_content() -> None:
    doc = swagger(
        {
            "/x": {
                "delete": {
                    "responses": {
                        "204": {"description": "gone", "headers": {"Location": {"type": "string"}}}
                    }
                }
            }
        }
    )
    assert op_of(doc, method="delete")["responses"] == {
        "204": {"description": "gone", "headers": {"Location": {"schema": {"type": "string"}}}}
    }


def test_response_media_types_come_from_operation_then_global_produces() -> None:
    ok = {"200": {"description": "ok", "schema": {"type": "string"}}}
    doc = swagger(
        {"/x": {"get": {"responses": ok}, "put": {"produces": ["text/csv"], "responses": ok}}},
        produces=["application/xml"],
    )
    paths = upgrade(doc)["paths"]["/x"]
    assert list(paths["get"]["responses"]["200"]["content"]) == ["application/xml"]
    assert list(paths["put"]["responses"]["200"]["content"]) == ["text/csv"]


def test_response_examples_keyed_by_media_type_become_media_examples() -> None:
    doc = swagger(
        {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "object"},
                            "examples": {"application/json": {"a": 1}},
                        }
                    }
                }
            }
        }
    )
    assert op_of(doc, method="get")["responses"]["200"]["content"] == {
        "application/json": {"schema": {"type": "object"}, "example": {"a": 1}}
    }


def test_akeneo_response_examples_given_as_the_value_become_media_examples() -> None:
    doc = swagger(
        {
            "/x": {
                "get": {
                    "responses": {
                        "400": {
                            "description": "bad",
                            "schema": ERROR_SCHEMA,
                            "examples": {"code": 400, "message": "no"},
                        }
                    }
                }
            }
        }
    )
    assert op_of(doc, method="get")["responses"]["400"]["content"] == {
        "application/json": {"schema": ERROR_SCHEMA, "example": {"code": 400, "message": "no"}}
    }


# -- parameters ---------------------------------------------------------------------------------


def test_parameter_value_keywords_move_into_schema() -> None:
    param = {
        "name": "limit", "in": "query", "description": "page size", "required": False,
        "type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 10,
        "x-from-version": "5.0",
    }  # fmt: skip
    enum = {
        "name": "mode",
        "in": "query",
        "type": "string",
        "enum": ["a", "b"],
        "allowEmptyValue": True,
    }
    doc = swagger({"/x": {"get": {"parameters": [param, enum], "responses": {}}}})
    assert op_of(doc, method="get")["parameters"] == [
        {
            "name": "limit", "in": "query", "description": "page size", "required": False,
            "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 10},
            "x-from-version": "5.0",
        },
        {"name": "mode", "in": "query", "allowEmptyValue": True, "schema": {"type": "string", "enum": ["a", "b"]}},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("collection_format", "style"),
    [
        (None, {"style": "form", "explode": False}),
        ("csv", {"style": "form", "explode": False}),
        ("ssv", {"style": "spaceDelimited", "explode": False}),
        ("pipes", {"style": "pipeDelimited", "explode": False}),
        ("multi", {"style": "form", "explode": True}),
    ],
)
def test_query_collection_formats_become_styles(
    collection_format: str | None, style: dict[str, Any]
) -> None:
    param: dict[str, Any] = {
        "name": "ids",
        "in": "query",
        "type": "array",
        "items": {"type": "integer"},
    }
    if collection_format is not None:
        param["collectionFormat"] = collection_format
    doc = swagger({"/x": {"get": {"parameters": [param], "responses": {}}}})
    assert op_of(doc, method="get")["parameters"] == [
        {
            "name": "ids",
            "in": "query",
            **style,
            "schema": {"type": "array", "items": {"type": "integer"}},
        }
    ]


def test_content_type_header_parameters_are_dropped() -> None:
    headers = [
        {"name": "content-TYPE", "in": "header", "type": "string"},
        {"name": "X-Trace", "in": "header", "type": "string"},
    ]
    doc = swagger({"/x": {"get": {"parameters": headers, "responses": {}}}})
    assert op_of(doc, method="get")["parameters"] == [
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
    ]


# -- security -----------------------------------------------------------------------------------


def test_akeneo_security_bearer_globally_basic_on_the_token_endpoint() -> None:
    auth = {"name": "Authorization", "in": "header", "type": "string", "required": True}
    doc = swagger(
        {
            "/api/oauth/v1/token": {
                "post": {"x-no-token": True, "parameters": [auth], "responses": {}}
            },
            "/api/rest/v1": {"get": {"x-no-token": True, "responses": {}}},
            "/api/rest/v1/things": {"get": {"responses": {}}},
        }
    )
    assert upgrade(doc) == {
        "openapi": "3.1.0",
        "info": INFO,
        "paths": {
            "/api/oauth/v1/token": {"post": {"responses": {}, "security": [{"basicAuth": []}]}},
            "/api/rest/v1": {"get": {"responses": {}, "security": []}},
            "/api/rest/v1/things": {"get": {"responses": {}}},
        },
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "basicAuth": {"type": "http", "scheme": "basic"},
            }
        },
        "security": [{"bearerAuth": []}],
    }


def test_security_definitions_are_converted() -> None:
    defs = {
        "basic": {"type": "basic", "description": "user and password"},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "implicit": {
            "type": "oauth2",
            "flow": "implicit",
            "authorizationUrl": "https://a",
            "scopes": {"r": "read"},
        },
        "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://t", "scopes": {}},
        "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://t"},
        "code": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://a",
            "tokenUrl": "https://t",
            "scopes": {},
        },
    }
    doc = swagger(
        {"/x": {"get": {"x-no-token": True, "responses": {}}}},
        securityDefinitions=defs,
        security=[{"key": []}],
    )
    out = upgrade(doc)
    assert out["security"] == [{"key": []}]
    assert out["paths"]["/x"]["get"] == {"responses": {}, "security": []}
    assert out["components"]["securitySchemes"] == {
        "basic": {"type": "http", "scheme": "basic", "description": "user and password"},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "implicit": {
            "type": "oauth2",
            "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"r": "read"}}},
        },
        "password": {
            "type": "oauth2",
            "flows": {"password": {"tokenUrl": "https://t", "scopes": {}}},
        },
        "app": {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": "https://t", "scopes": {}}},
        },
        "code": {
            "type": "oauth2",
            "flows": {
                "authorizationCode": {
                    "authorizationUrl": "https://a",
                    "tokenUrl": "https://t",
                    "scopes": {},
                }
            },
        },
    }


def test_deprecated_extension_becomes_deprecated() -> None:
    doc = swagger(
        {
            "/x": {
                "get": {"x-deprecated": True, "x-versions": ["1.7"], "x-ee": True, "responses": {}}
            }
        }
    )
    assert op_of(doc, method="get") == {
        "deprecated": True,
        "x-versions": ["1.7"],
        "x-ee": True,
        "responses": {},
    }


# -- schemas ------------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["x-nullable", "nullable"])
def test_nullable_typed_schema_gets_null_in_its_type(flag: str) -> None:
    doc = swagger(
        definitions={
            "A": {"type": "string", "enum": ["a"], flag: True},
            "B": {"type": "string", flag: False},
        }
    )
    assert upgrade(doc)["components"]["schemas"] == {
        "A": {"type": ["string", "null"], "enum": ["a", None]},
        "B": {"type": "string"},
    }


def test_nullable_reference_becomes_any_of_with_null() -> None:
    doc = swagger(
        definitions={"A": {"$ref": "#/definitions/B", "description": "maybe", "x-nullable": True}}
    )
    assert upgrade(doc)["components"]["schemas"]["A"] == {
        "anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}],
        "description": "maybe",
    }


def test_openapi_3_0_nullable_becomes_type_array() -> None:
    doc = {
        "openapi": "3.0.0",
        "info": INFO,
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": "integer", "nullable": True},
                        }
                    ],
                    "responses": {},
                }
            }
        },
        "components": {
            "schemas": {"A": {"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": True}}
        },
    }
    out = upgrade(doc)
    assert out["paths"]["/x"]["get"]["parameters"][0]["schema"] == {"type": ["integer", "null"]}
    assert out["components"]["schemas"]["A"] == {
        "anyOf": [{"allOf": [{"$ref": "#/components/schemas/B"}]}, {"type": "null"}]
    }


def test_null_default_makes_a_schema_nullable() -> None:
    doc = swagger(
        definitions={
            "A": {"type": "object", "properties": {"image": {"type": "string", "default": None}}}
        }
    )
    assert upgrade(doc)["components"]["schemas"]["A"]["properties"]["image"] == {
        "type": ["string", "null"],
        "default": None,
    }


def test_boolean_exclusive_bounds_become_numbers() -> None:
    doc = {
        "openapi": "3.0.1",
        "info": INFO,
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "type": "number",
                    "minimum": 0,
                    "exclusiveMinimum": True,
                    "maximum": 9,
                    "exclusiveMaximum": False,
                }
            }
        },
    }
    assert upgrade(doc)["components"]["schemas"]["A"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 9,
    }


def test_file_type_becomes_binary_string() -> None:
    doc = swagger(
        {"/x": {"get": {"responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}}},
        produces=["image/png"],
    )
    assert op_of(doc, method="get")["responses"]["200"]["content"] == {
        "image/png": {"schema": {"type": "string", "format": "binary"}}
    }


def test_schema_examples_that_are_not_a_list_become_example_and_x_examples_stay() -> None:
    doc = swagger(
        definitions={
            "A": {"type": "object", "examples": {"a": 1}, "x-examples": {"x-example-1": "{}"}},
            "B": {"type": "string", "examples": ["a", "b"]},
        }
    )
    assert upgrade(doc)["components"]["schemas"] == {
        "A": {"type": "object", "example": {"a": 1}, "x-examples": {"x-example-1": "{}"}},
        "B": {"type": "string", "examples": ["a", "b"]},
    }


def test_swagger_discriminator_becomes_an_object() -> None:
    doc = swagger(definitions={"Pet": {"type": "object", "discriminator": "kind"}})
    assert upgrade(doc)["components"]["schemas"]["Pet"] == {
        "type": "object",
        "discriminator": {"propertyName": "kind"},
    }


# -- Akeneo's upstream description --------------------------------------------------------------


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(require_upstream().read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def upgraded(upstream: dict[str, Any]) -> tuple[dict[str, Any], list[Diagnostic]]:
    return upgrade_document(upstream, file=str(UPSTREAM))


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema``, or the component schema its local ``$ref`` names."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target: dict[str, Any] = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
        return target
    return schema


def test_upstream_upgrades_without_errors_and_untouched(upstream: dict[str, Any]) -> None:
    text = json.dumps(upstream, sort_keys=True)
    _, diagnostics = upgrade_document(upstream)
    assert [d.render() for d in diagnostics if d.level is Level.ERROR] == []
    assert json.dumps(upstream, sort_keys=True) == text


def test_upstream_result_is_valid_openapi_3_1(
    upgraded: tuple[dict[str, Any], list[Diagnostic]],
) -> None:
    doc = upgraded[0]
    assert doc["openapi"] == "3.1.0"
    assert [e.message for e in OpenAPIV31SpecValidator(doc).iter_errors()] == []
    OpenAPI.model_validate(doc)


def test_upstream_has_137_operations(upgraded: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    assert len(operations(upgraded[0])) == 137


def test_upstream_line_delimited_batches(
    upstream: dict[str, Any], upgraded: tuple[dict[str, Any], list[Diagnostic]]
) -> None:
    marked = {
        key
        for key, op in operations(upstream).items()
        if key[0] == "PATCH" and "x-body-by-line" in op
    }
    assert len(marked) == 13
    lines = set()
    for key, op in operations(upgraded[0]).items():
        media = op.get("requestBody", {}).get("content", {}).get(LINES)
        if media is None:
            continue
        assert media["x-line-delimited"] is True
        assert resolve(upgraded[0], media["schema"])["type"] == "object"
        assert op["responses"]["200"]["content"][LINES]["x-line-delimited"] is True
        reply = resolve(upgraded[0], op["responses"]["200"]["content"][LINES]["schema"])
        assert "line" in reply["properties"]
        lines.add(key)
    assert lines == marked
    job = operations(upgraded[0])[("POST", "/api/rest/v1/jobs/import/{code}")]
    assert list(job["requestBody"]["content"]) == ["application/json"]


def test_upstream_json_array_batches(upgraded: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    ops = operations(upgraded[0])
    for path in (
        "/api/rest/v1/reference-entities/{reference_entity_code}/records",
        "/api/rest/v1/asset-families/{asset_family_code}/assets",
        "/api/rest/v1/measurement-families",
    ):
        op = ops[("PATCH", path)]
        assert list(op["requestBody"]["content"]) == ["application/json"]
        assert op["requestBody"]["content"]["application/json"]["schema"]["type"] == "array"
        assert op["responses"]["200"]["content"]["application/json"]["schema"]["type"] == "array"


def test_upstream_uploads_and_downloads(upgraded: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    uploads, downloads = [], []
    for key, op in operations(upgraded[0]).items():
        content = op.get("requestBody", {}).get("content", {})
        if "multipart/form-data" in content:
            assert list(content) == ["multipart/form-data"]
            assert (
                content["multipart/form-data"]["schema"]["properties"]["file"]["format"] == "binary"
            )
            uploads.append(key)
        reply = op["responses"].get("200", {}).get("content", {})
        if "application/octet-stream" in reply:
            assert reply == {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            downloads.append(key)
    assert len(uploads) == 6
    assert len(downloads) == 6
    media = operations(upgraded[0])[("POST", "/api/rest/v1/media-files")]
    parts = media["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]
    assert (
        parts["product"]["contentMediaType"]
        == parts["product_model"]["contentMediaType"]
        == "application/json"
    )


def test_upstream_security(upgraded: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    doc = upgraded[0]
    assert doc["security"] == [{"bearerAuth": []}]
    ops = operations(doc)
    token = ops[("POST", "/api/oauth/v1/token")]
    assert token["security"] == [{"basicAuth": []}]
    assert list(token["requestBody"]["content"]) == [
        "application/json",
        "application/x-www-form-urlencoded",
    ]
    assert ops[("GET", "/api/rest/v1")]["security"] == []
    headers = [
        p["name"]
        for op in ops.values()
        for p in op.get("parameters", [])
        if p.get("in") == "header"
    ]
    assert headers == []


def test_upstream_bodies_and_replies_are_linked_to_definitions(
    upgraded: tuple[dict[str, Any], list[Diagnostic]],
) -> None:
    ops = operations(upgraded[0])
    family = ops[("PATCH", "/api/rest/v1/families/{code}")]
    assert family["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Family"
    }
    reply = ops[("GET", "/api/rest/v1/families/{code}")]["responses"]["200"]
    assert reply["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Family"}
    page = ops[("GET", "/api/rest/v1/families")]["responses"]["200"]["content"]["application/json"]
    items = page["schema"]["allOf"][1]["properties"]["_embedded"]["properties"]["items"]
    assert items["items"] == {"$ref": "#/components/schemas/FamilyList"}


def test_upstream_errata_are_reported_as_warnings(
    upgraded: tuple[dict[str, Any], list[Diagnostic]],
) -> None:
    errata = [d.message for d in upgraded[1] if d.message.startswith("Akeneo erratum")]
    assert len(errata) >= 10
    assert all(d.level is Level.WARNING for d in upgraded[1])


# -- Akeneo errata (generator/loader/akeneo_dialect.py) ---------------------------------------


def akeneo(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    """A Swagger 2.0 document in Akeneo's dialect (its paths are under /api/rest/)."""
    return swagger({f"/api/rest/v1{p}": item for p, item in paths.items()}, **top)


def upgrade_akeneo(doc: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    out, diagnostics = upgrade_document(doc, dialect=dialect_named("akeneo"))
    assert all(d.level is Level.WARNING for d in diagnostics)
    return out, [d.message for d in diagnostics]


def test_placeholder_property_becomes_a_map() -> None:
    labels = {"type": "object", "properties": {"localeCode": {"type": "string"}}}
    assert placeholder_keys_are_maps(labels)
    assert labels == {"type": "object", "additionalProperties": {"type": "string"}}
    real = {"type": "object", "properties": {"code": {"type": "string"}}}
    assert not placeholder_keys_are_maps(real)


def test_value_data_accepts_any_json() -> None:
    data = {"type": "object", "description": "the value"}
    product = {
        "type": "object",
        "properties": {
            "values": {
                "type": "object",
                "additionalProperties": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"data": data}},
                },
            }
        },
    }
    assert value_data_accepts_any(product)
    item = product["properties"]["values"]["additionalProperties"]["items"]
    assert item["properties"]["data"] == {"description": "the value"}
    assert not value_data_accepts_any(product)


def test_locale_scope_and_channel_accept_null() -> None:
    value = {
        "type": "object",
        "properties": {
            "locale": {"type": "string"},
            "scope": {"type": "string", "enum": ["a"]},
            "channel": {"type": ["string", "null"]},
            "code": {"type": "string"},
        },
    }
    assert locale_and_scope_accept_null(value)
    props = value["properties"]
    assert props["locale"] == {"type": ["string", "null"]}
    assert props["scope"] == {"type": ["string", "null"], "enum": ["a", None]}
    assert props["channel"] == {"type": ["string", "null"]}
    assert props["code"] == {"type": "string"}


def test_conversion_units_accept_null() -> None:
    channel = {
        "type": "object",
        "properties": {
            "conversion_units": {"type": "object", "additionalProperties": {"type": "string"}}
        },
    }
    assert conversion_units_accept_null(channel)
    units = channel["properties"]["conversion_units"]["additionalProperties"]
    assert units == {"type": ["string", "null"]}


def test_quality_scores_become_a_list() -> None:
    product = {"properties": {"quality_scores": {"type": "object", "x-read-only": True}}}
    assert quality_scores_are_a_list(product)
    scores = product["properties"]["quality_scores"]
    assert scores["type"] == "array"
    assert scores["x-read-only"] is True
    assert set(scores["items"]["properties"]) == {"scope", "locale", "data"}


def test_transformation_operations_become_a_list() -> None:
    operation = {"type": "object", "properties": {"type": {"type": "string"}}}
    transformation = {
        "properties": {"source": {}, "target": {}, "operations": {**operation, "description": "d"}}
    }
    assert transformation_operations_are_a_list(transformation)
    ops = transformation["properties"]["operations"]
    assert ops == {"description": "d", "type": "array", "items": operation}


def test_attribute_types_include_table() -> None:
    kinds = {"type": "string", "enum": ["pim_catalog_identifier", "pim_catalog_text"]}
    assert attribute_types_include_table(kinds)
    assert kinds["enum"][-1] == "pim_catalog_table"
    assert not attribute_types_include_table(kinds)
    assert not attribute_types_include_table({"type": "string", "enum": ["text"]})


def test_reply_schemas_lose_required_and_bodies_keep_it() -> None:
    schema = {
        "type": "object",
        "required": ["code"],
        "properties": {
            "code": {"type": "string"},
            "parts": {"type": "array", "items": {"type": "object", "required": ["x"]}},
        },
    }
    doc = akeneo(
        {
            "/things/{code}": {
                "get": {"responses": {"200": {"description": "ok", "schema": schema}}},
                "patch": {
                    "parameters": [{"name": "body", "in": "body", "schema": schema}],
                    "responses": {"204": {"description": "ok"}},
                },
            }
        }
    )
    out, _ = upgrade_akeneo(doc)
    item = out["paths"]["/api/rest/v1/things/{code}"]
    reply = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert "required" not in reply
    assert "required" not in reply["properties"]["parts"]["items"]
    body = item["patch"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["required"] == ["code"]
    assert body["required"] is True  # a body whose schema requires fields is required


def test_bodies_without_required_fields_stay_optional() -> None:
    doc = akeneo(
        {
            "/things": {
                "post": {
                    "parameters": [{"name": "body", "in": "body", "schema": {"type": "object"}}],
                    "responses": {"201": {"description": "ok"}},
                }
            }
        }
    )
    out, messages = upgrade_akeneo(doc)
    assert "required" not in out["paths"]["/api/rest/v1/things"]["post"]["requestBody"]
    assert messages == []


def test_collection_read_answers_an_array_like_its_batch_write() -> None:
    one = {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}
    doc = akeneo(
        {
            "/units": {
                "get": {"responses": {"200": {"description": "ok", "schema": one}}},
                "patch": {
                    "parameters": [
                        {"name": "b", "in": "body", "schema": {"type": "array", "items": one}}
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
            }
        }
    )
    out, messages = upgrade_akeneo(doc)
    reply = out["paths"]["/api/rest/v1/units"]["get"]["responses"]["200"]["content"]
    assert reply["application/json"]["schema"] == {
        "type": "array",
        "items": {"type": "object", "properties": {"code": {"type": "string"}}},
    }
    assert any("collection read answers an array" in m for m in messages)


def test_example_links_to_own_host_become_relative_and_items_move() -> None:
    example = {
        "_links": {
            "next": {"href": "https://demo.example.com/api/rest/v1/things?search_after=x"},
            "other": {"href": "https://elsewhere.example.com/api/rest/v1/things"},
        },
        "_embedded": {"_items": [{"code": "a"}]},
    }
    reply = {"description": "ok", "schema": {"type": "object"}, "examples": example}
    doc = akeneo({"/things": {"get": {"responses": {"200": reply}}}}, host="demo.example.com")
    out, messages = upgrade_akeneo(doc)
    media = out["paths"]["/api/rest/v1/things"]["get"]["responses"]["200"]["content"]
    value = media["application/json"]["example"]
    assert value["_links"]["next"]["href"] == "/api/rest/v1/things?search_after=x"
    assert value["_links"]["other"]["href"] == "https://elsewhere.example.com/api/rest/v1/things"
    assert value["_embedded"] == {"items": [{"code": "a"}]}
    assert doc["paths"]["/api/rest/v1/things"]["get"]["responses"]["200"]["examples"] is example
    assert len(messages) == 2


def test_a_list_reply_example_that_is_one_item_is_put_on_a_page() -> None:
    item = {"type": "object", "properties": {"code": {"type": "string"}}}
    embedded = {"type": "object", "properties": {"items": {"type": "array", "items": item}}}
    page = {
        "type": "object",
        "allOf": [
            {"type": "object", "properties": {"current_page": {"type": "integer"}}},
            {"properties": {"_embedded": embedded}},
        ],
    }
    one = {"code": "shoes"}
    already = {"_embedded": {"items": [{"code": "a"}]}}
    doc = akeneo(
        {
            "/variants": {"get": {"responses": {"200": {"description": "ok", "schema": page, "examples": one}}}},
            "/pages": {"get": {"responses": {"200": {"description": "ok", "schema": page, "examples": already}}}},
            "/variant": {"get": {"responses": {"200": {"description": "ok", "schema": item, "examples": one}}}},
        }
    )
    out, messages = upgrade_akeneo(doc)

    def example(path: str) -> Any:
        return out["paths"][f"/api/rest/v1{path}"]["get"]["responses"]["200"]["content"]["application/json"]["example"]

    assert example("/variants") == {"current_page": 1, "_embedded": {"items": [one]}}
    assert example("/pages") == already
    assert example("/variant") == one
    assert [m for m in messages if "put on a page" in m] == [
        "Akeneo erratum: list replies' examples that are one item put on a page (1)"
    ]


def test_errata_apply_only_to_akeneo_documents() -> None:
    scores = {"type": "object", "properties": {"quality_scores": {"type": "object"}}}
    doc = swagger({"/things": {"get": {"responses": {"200": {"description": "ok", "schema": scores}}}}})
    out = op_of(doc, "/things", "get")
    assert out["responses"]["200"]["content"]["application/json"]["schema"] == scores


def test_inline_copies_of_definitions_become_refs() -> None:
    family = {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "string", "description": "The code"}},
    }
    copy_ = {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}
    other = {"type": "object", "properties": {"code": {"type": "integer"}}}
    page = {"type": "object", "properties": {"items": {"type": "array", "items": copy_}}}
    doc = akeneo(
        {
            "/families/{code}": {
                "get": {"responses": {"200": {"description": "ok", "schema": copy_}}},
                "patch": {
                    "parameters": [{"name": "body", "in": "body", "schema": copy_}],
                    "responses": {"204": {"description": "ok"}},
                },
            },
            "/families": {"get": {"responses": {"200": {"description": "ok", "schema": page}}}},
            "/others": {"get": {"responses": {"200": {"description": "ok", "schema": other}}}},
        },
        definitions={"Family": family},
    )
    out, _ = upgrade_akeneo(doc)
    ref = {"$ref": "#/components/schemas/Family"}
    paths = out["paths"]
    item = paths["/api/rest/v1/families/{code}"]
    assert item["get"]["responses"]["200"]["content"]["application/json"]["schema"] == ref
    assert item["patch"]["requestBody"]["content"]["application/json"]["schema"] == ref
    listed = paths["/api/rest/v1/families"]["get"]["responses"]["200"]["content"]
    assert listed["application/json"]["schema"]["properties"]["items"]["items"] == ref
    others = paths["/api/rest/v1/others"]["get"]["responses"]["200"]["content"]
    assert others["application/json"]["schema"] == other
    assert out["components"]["schemas"]["Family"] == family


def test_relinking_counts_and_prefers_the_first_equal_definition() -> None:
    same = {"type": "object", "properties": {"a": {"type": "string"}}}
    doc = {
        "paths": {"/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": dict(same)}}}}}}},
        "components": {"schemas": {"First": dict(same), "Second": dict(same)}},
    }
    assert relink_definitions(doc) == 1
    media = doc["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/First"}
