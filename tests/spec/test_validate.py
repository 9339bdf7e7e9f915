"""spec/akeneo-pim.yaml is valid OpenAPI 3.1, its examples match their schemas, and it keeps the
conventions the generator relies on."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from openapi_pydantic.v3.v3_1 import OpenAPI
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.spec._spec import load_spec, operations, resolve

SPEC_URI = "urn:akeneo-pim-spec"
NDJSON = "application/vnd.akeneo.collection+json"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


# ---------------------------------------------------------------------------- validity


def test_openapi_spec_validator_accepts_it_as_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(copy.deepcopy(spec), cls=OpenAPIV31SpecValidator)


def test_openapi_pydantic_parses_it(spec: dict[str, Any]) -> None:
    api = OpenAPI.model_validate(copy.deepcopy(spec))
    assert api.info.title == "Akeneo PIM REST API"
    assert api.paths is not None
    assert sum(1 for _ in operations(spec)) == 165


# ---------------------------------------------------------------------------- examples


def _pointer(parts: tuple[str, ...]) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _example_sites(
    node: Any, parts: tuple[str, ...] = ()
) -> Iterator[tuple[str, str, Any]]:
    """Yield (schema pointer, example pointer, example value) for every media type, parameter
    and header object carrying a `schema` and an `example` or `examples`."""
    if isinstance(node, dict):
        if "schema" in node and isinstance(node["schema"], dict):
            schema_ptr = _pointer((*parts, "schema"))
            if "example" in node:
                yield schema_ptr, _pointer((*parts, "example")), node["example"]
            for name, ex in (node.get("examples") or {}).items():
                if "value" in ex:
                    yield schema_ptr, _pointer((*parts, "examples", name, "value")), ex[
                        "value"
                    ]
        for key, value in node.items():
            yield from _example_sites(value, (*parts, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _example_sites(value, (*parts, str(i)))


def _validator(spec: dict[str, Any], schema_ptr: str) -> Draft202012Validator:
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_ptr}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    sites = list(_example_sites(spec))
    assert len(sites) > 150, "examples went missing"
    problems = []
    for schema_ptr, example_ptr, value in sites:
        for error in _validator(spec, schema_ptr).iter_errors(value):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{example_ptr} at '{where}': {error.message}")
    assert not problems, "\n".join(problems)


def test_the_example_check_catches_a_bad_example(spec: dict[str, Any]) -> None:
    schema_ptr = "/components/schemas/Family"
    assert not list(
        _validator(spec, schema_ptr).iter_errors(
            {"code": "a", "attribute_as_label": "b"}
        )
    )
    errors = list(_validator(spec, schema_ptr).iter_errors({"code": 3}))
    assert {e.validator for e in errors} >= {"type", "required"}


def _has_example(media: dict[str, Any]) -> bool:
    return "example" in media or bool(media.get("examples"))


def test_every_json_response_and_every_request_body_has_an_example(
    spec: dict[str, Any],
) -> None:
    missing = []
    for method, path, op in operations(spec):
        body = op.get("requestBody")
        if body:
            for ctype, media in body["content"].items():
                if not _has_example(media):
                    missing.append(f"{method} {path} request {ctype}")
        for status, ref in op["responses"].items():
            response = resolve(spec, ref)
            for ctype, media in (response.get("content") or {}).items():
                if ctype != "application/octet-stream" and not _has_example(media):
                    missing.append(f"{method} {path} {status} {ctype}")
    assert not missing, "\n".join(missing)


# ---------------------------------------------------------------------------- conventions

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
VERSION = re.compile(r"^(\d+\.(\d+|x)|SaaS)$")


def test_operation_ids_are_unique_snake_case(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not SNAKE.match(i)] == []


def test_every_operation_has_summary_tag_and_versions(spec: dict[str, Any]) -> None:
    declared = {t["name"] for t in spec["tags"]}
    for method, path, op in operations(spec):
        where = f"{method} {path}"
        assert op.get("summary") and "\n" not in op["summary"], where
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, where
        versions = op["x-versions"]
        assert versions and all(VERSION.match(v) for v in versions), where
        assert op.get("x-ee", True) is True, where
        assert op.get("deprecated", True) is True, where


def test_security_bearer_everywhere_basic_on_token_none_on_overview(
    spec: dict[str, Any],
) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {
        **schemes["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert schemes["basicAuth"] == {
        **schemes["basicAuth"],
        "type": "http",
        "scheme": "basic",
    }
    assert spec["security"] == [{"bearerAuth": []}]
    own = {
        (m, p): op.get("security") for m, p, op in operations(spec) if "security" in op
    }
    assert own == {
        ("POST", "/api/oauth/v1/token"): [{"basicAuth": []}],
        ("GET", "/api/rest/v1"): [],
        ("GET", "/api/rest/v1/system-information"): [],
    }


def test_no_header_parameters(spec: dict[str, Any]) -> None:
    """Content types live in request bodies, credentials in security schemes."""
    for method, path, op in operations(spec):
        for param in op.get("parameters", []):
            assert resolve(spec, param)["in"] != "header", f"{method} {path}"


SHARED_PARAMETERS = {
    "pagination_type", "page", "search_after", "limit", "with_count", "search", "scope",
    "locales", "attributes", "with_attribute_options", "with_quality_scores",
    "with_completenesses", "with_table_select_options", "with_position", "channel",
    "code", "uuid", "file_path", "family_code", "attribute_code", "reference_entity_code",
    "asset_family_code", "asset_code", "channel_code", "locale_code",
}  # fmt: skip


def test_parameters_are_shared_components(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    assert set(params) >= SHARED_PARAMETERS
    assert params["limit"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 10,
    }
    assert params["pagination_type"]["schema"]["enum"] == ["page", "search_after"]
    for method, path, op in operations(spec):
        for param in op.get("parameters", []):
            assert set(param) == {"$ref"}, f"{method} {path}: inline parameter"
            assert param["$ref"].startswith("#/components/parameters/")


SLASH_PATHS = {
    "/api/rest/v1/media-files/{code}",
    "/api/rest/v1/media-files/{code}/download",
    "/api/rest/v1/category-media-files/{file_path}/download",
    "/api/rest/v1/reference-entities-media-files/{code}",
    "/api/rest/v1/asset-media-files/{code}",
}


def test_slash_carrying_path_parameters_are_marked(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        for ref in op.get("parameters", []):
            param = resolve(spec, ref)
            if param["in"] != "path":
                continue
            marked = param.get("x-allow-reserved-slash") is True
            assert marked == (path in SLASH_PATHS), f"{method} {path} {param['name']}"


def test_ndjson_and_json_array_batches(spec: dict[str, Any]) -> None:
    ndjson = json_array = 0
    for method, path, op in operations(spec):
        body = op.get("requestBody", {}).get("content", {})
        if NDJSON in body:
            ndjson += 1
            assert method == "PATCH" and list(body) == [NDJSON], path
            assert body[NDJSON]["x-line-delimited"] is True
            assert set(body[NDJSON]["schema"]) == {
                "$ref"
            }, "schema is one line's object"
            reply = op["responses"]["200"]["content"]
            assert (
                list(reply) == [NDJSON] and reply[NDJSON]["x-line-delimited"] is True
            ), path
            assert reply[NDJSON]["schema"] == {
                "$ref": "#/components/schemas/BatchLineResult"
            }
            assert isinstance(reply[NDJSON]["example"], dict), "one line's example"
        elif (
            method == "PATCH"
            and body.get("application/json", {}).get("schema", {}).get("type")
            == "array"
        ):
            json_array += 1
            assert body["application/json"]["schema"]["maxItems"] == 100, path
            reply = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert reply == {
                "type": "array",
                "items": {"$ref": "#/components/schemas/BatchItemResult"},
            }
    assert (ndjson, json_array) == (13, 3)


def test_multipart_uploads_and_their_headers(spec: dict[str, Any]) -> None:
    uploads = {}
    for _method, path, op in operations(spec):
        content = op.get("requestBody", {}).get("content", {})
        if "multipart/form-data" in content:
            schema = resolve(spec, content["multipart/form-data"]["schema"])
            assert schema["properties"]["file"] == {
                **schema["properties"]["file"],
                "type": "string",
                "format": "binary",
            }
            assert "file" in schema["required"]
            uploads[path] = set(op["responses"]["201"]["headers"])
    assert uploads == {
        "/api/rest/v1/media-files": {"Location"},
        "/api/rest/v1/category-media-files": {"Location"},
        "/api/rest/v1/reference-entities-media-files": {
            "Location",
            "Reference-entities-media-file-code",
        },
        "/api/rest/v1/asset-media-files": {"Location", "Asset-media-file-code"},
        "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}": {"Location"},
        "/api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}": {
            "Location"
        },
    }
    media = resolve(spec, {"$ref": "#/components/schemas/MediaFileUpload"})[
        "properties"
    ]
    assert (
        media["product"]["contentMediaType"]
        == media["product_model"]["contentMediaType"]
        == "application/json"
    )


def test_downloads_are_binary(spec: dict[str, Any]) -> None:
    downloads = 0
    for _method, _path, op in operations(spec):
        content = op["responses"].get("200", {}).get("content", {})
        if "application/octet-stream" in content:
            downloads += 1
            assert content["application/octet-stream"]["schema"] == {
                "type": "string",
                "format": "binary",
            }
    assert downloads == 6


#: 201 answers that say only "done": nothing new has a URL of its own.
NO_LOCATION = {("POST", "/api/rest/v1/workflows/executions", "201")}


def test_created_and_upserted_answers_carry_location(spec: dict[str, Any]) -> None:
    """Bodiless 201 and 204 answers of writes point to the resource (answers with a body may return it instead)."""
    for method, path, op in operations(spec):
        for status in ("201", "204"):
            response = op["responses"].get(status)
            if not response or method == "DELETE" or (method, path, status) in NO_LOCATION:
                continue
            if "content" not in response:
                assert "Location" in response["headers"], f"{method} {path} {status}"


def _list_item_schema(
    spec: dict[str, Any], schema: dict[str, Any]
) -> dict[str, Any] | None:
    """Find `_embedded.items`'s item schema by following $ref and allOf."""
    schema = resolve(spec, schema)
    for ref in [schema, *schema.get("allOf", [])]:
        embedded = resolve(spec, ref).get("properties", {}).get("_embedded")
        if embedded:
            item: dict[str, Any] = resolve(spec, embedded)["properties"]["items"][
                "items"
            ]
            return item
    return None


def test_list_envelopes_expose_their_item_schema(spec: dict[str, Any]) -> None:
    lists = 0
    for method, path, op in operations(spec):
        media = (
            op["responses"].get("200", {}).get("content", {}).get("application/json")
        )
        if not media:
            continue
        item = _list_item_schema(spec, media["schema"])
        if item is None:
            continue
        lists += 1
        primitive = item.get("type") == "string"  # e.g. a catalog's product UUIDs
        assert set(item) == {"$ref"} or primitive, f"{method} {path}"
        envelope = resolve(spec, media["schema"])["allOf"][0]["$ref"].rsplit("/", 1)[1]
        names = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
        paged = "page" in names or "search_after" not in names
        assert envelope == (
            "PageEnvelope" if paged else "CursorEnvelope"
        ), f"{method} {path}"
    assert lists == 33


def test_errors_are_shared_responses(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    for method, path, op in operations(spec):
        for status, response in op["responses"].items():
            if status.startswith(("4", "5")):
                assert set(response) == {"$ref"}, f"{method} {path} {status}"
                target = response["$ref"].rsplit("/", 1)[1]
                schema = responses[target]["content"]["application/json"]["schema"][
                    "$ref"
                ]
                expected = "ValidationError" if status == "422" else "Error"
                assert (
                    schema == f"#/components/schemas/{expected}"
                ), f"{method} {path} {status}"
    assert "Retry-After" in responses["TooManyRequests"]["headers"]
