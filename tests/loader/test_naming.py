"""generator.loader.naming: sanitized identifiers, plurals, method-name rules, overrides."""

from __future__ import annotations

import builtins
import keyword
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.diagnostics import SpecError
from generator.dialects import detect_dialect, dialect_named
from generator.loader.naming import (
    RESERVED,
    NamingError,
    NamingOverrides,
    class_name,
    derive_method_name,
    method_name,
    path_key,
    plural,
    singular,
    snake_name,
)

HOSTILE = [
    "class",
    "import",
    "None",
    "True",
    "match",
    "_",
    "list",
    "type",
    "self",
    "json",
    "copy",
    "dict",
    "model_dump",
    "model_config",
    "model_fields",
    "schema",
    "1abc",
    "123",
    "Größe",
    "Ærø",
    "日本語",
    "a-b.c!",
    "",
    "   ",
    "__init__",
    '"""; import os; os.system("x") #',
    "x\ny",
    "$ref",
    "@type",
    "en_US",
]


def _is_safe_identifier(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)


@pytest.mark.parametrize("text", HOSTILE)
def test_snake_name_is_always_a_safe_identifier(text: str) -> None:
    name = snake_name(text)
    assert _is_safe_identifier(name)
    assert name not in RESERVED
    assert name == name.lower()


@pytest.mark.parametrize("text", HOSTILE)
def test_class_name_is_always_a_safe_identifier(text: str) -> None:
    name = class_name(text)
    assert _is_safe_identifier(name)
    assert name[0].isupper() or name[0] == "_"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("class", "class_"),
        ("import", "import_"),
        ("match", "match_"),  # soft keyword
        ("list", "list_"),  # builtins used in generated annotations
        ("type", "type_"),
        ("self", "self_"),
        ("json", "json_"),  # pydantic BaseModel attributes
        ("copy", "copy_"),
        ("model_dump", "model_dump_"),
        ("model_config", "model_config_"),
        ("1abc", "value_1abc"),
        ("Größe", "grosse"),
        ("Product [uuid]", "product_uuid"),
        ("getHTTPResponseCode", "get_http_response_code"),
        ("a-b.c!", "a_b_c"),
        ("", "value"),
        ("!!!", "value"),
        ("日本語", "value"),
        ("_links", "links"),
    ],
)
def test_snake_name_examples(text: str, expected: str) -> None:
    assert snake_name(text) == expected


def test_snake_name_fallback() -> None:
    assert snake_name("", fallback="param") == "param"
    assert snake_name("2nd", fallback="param") == "param_2nd"


def test_every_base_model_attribute_is_reserved() -> None:
    for name in dir(BaseModel):
        if not name.startswith("__"):
            assert snake_name(name) != name, name


def test_builtins_used_in_annotations_are_reserved() -> None:
    for name in ("str", "int", "float", "bool", "list", "dict", "bytes", "object", "type"):
        assert hasattr(builtins, name)
        assert snake_name(name) == f"{name}_"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("family_variant read", "FamilyVariantRead"),
        ("Größe", "Grosse"),
        ("1st place", "Model1stPlace"),
        ("None", "None_"),
        ("True", "True_"),
        ("", "Model"),
        ("ÄÖÜ", "AOU"),
        ("HTTPResponse", "HTTPResponse"),
        ("a-b.c!", "ABC"),
    ],
)
def test_class_name_examples(text: str, expected: str) -> None:
    assert class_name(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("family", "families"),
        ("category", "categories"),
        ("currency", "currencies"),
        ("reference_entity", "reference_entities"),
        ("family_variant", "family_variants"),
        ("asset", "assets"),
        ("box", "boxes"),
        ("dish", "dishes"),
        ("match", "matches"),
        ("status", "status"),
        ("key", "keys"),
        ("day", "days"),
        ("property", "properties"),
        ("media_file", "media_files"),
        ("type_", "types"),  # snake_name's escaped names lose the underscore
        ("list_", "lists"),
        ("match_", "matches"),
        ("class_", "class_"),  # still reserved
    ],
)
def test_plural(word: str, expected: str) -> None:
    assert plural(word) == expected


# -- method names: one test per rule ----------------------------------------------------------


def test_get_on_a_collection_is_list() -> None:
    assert derive_method_name("GET", "/api/rest/v1/families", kind="json") == "list"


def test_get_on_an_item_is_get() -> None:
    assert derive_method_name("GET", "/api/rest/v1/families/{code}", kind="json") == "get"


def test_post_on_a_collection_is_create() -> None:
    assert derive_method_name("POST", "/api/rest/v1/families", kind="json") == "create"


def test_patch_or_put_on_an_item_is_upsert() -> None:
    assert derive_method_name("PATCH", "/api/rest/v1/families/{code}", kind="json") == "upsert"
    assert derive_method_name("PUT", "/api/rest/v1/families/{code}", kind="json") == "upsert"


def test_batch_bodies_are_upsert_many() -> None:
    assert derive_method_name("PATCH", "/api/rest/v1/products", kind="ndjson_batch") == "upsert_many"
    assert derive_method_name("PATCH", "/api/rest/v1/reference-entities/{code}/records", kind="json_batch") == "upsert_many"
    # a PATCH on a collection is a batch even when the body is not classified as one
    assert derive_method_name("PATCH", "/api/rest/v1/things", kind="json") == "upsert_many"


def test_delete_on_an_item_is_delete() -> None:
    assert derive_method_name("DELETE", "/api/rest/v1/products/{code}", kind="json") == "delete"
    assert derive_method_name("DELETE", "/api/rest/v1/products", kind="json") == "delete_all"


def test_post_to_search_is_search() -> None:
    assert derive_method_name("POST", "/api/rest/v1/products-uuid/search", kind="json") == "search"
    # GET .../search is a plain list
    assert derive_method_name("GET", "/api/rest/v1/things/search", kind="json") == "list"


def test_post_to_proposal_is_submit_proposal() -> None:
    assert derive_method_name("POST", "/api/rest/v1/products/{code}/proposal", kind="json") == "submit_proposal"


def test_get_draft_is_get_draft() -> None:
    assert derive_method_name("GET", "/api/rest/v1/products/{code}/draft", kind="json") == "get_draft"


def test_multipart_body_is_upload() -> None:
    assert derive_method_name("POST", "/api/rest/v1/media-files", kind="multipart") == "upload"
    assert derive_method_name("PATCH", "/api/rest/v1/assets/{code}/reference-files/{locale}", kind="multipart") == "upload"


def test_binary_response_is_download() -> None:
    assert derive_method_name("GET", "/api/rest/v1/media-files/{code}/download", kind="binary") == "download"
    assert derive_method_name("GET", "/api/rest/v1/asset-media-files/{code}", kind="binary") == "download"


def test_other_methods_use_the_verb() -> None:
    assert derive_method_name("POST", "/api/rest/v1/things/{code}", kind="json") == "post"
    assert derive_method_name("HEAD", "/api/rest/v1/things", kind="json") == "head"
    assert derive_method_name("OPTIONS", "/", kind="json") == "options"


# -- overrides ----------------------------------------------------------------------------------


def test_overrides_parse_all_sections() -> None:
    n = NamingOverrides.from_mapping(
        {
            "operations": {"get /api/x/{a}": "Things.Fetch One", "POST /api/x": "things.make"},
            "tags": {"Product [uuid]": "products uuid"},
            "schemas": {"family_read": "family", "/paths/~1x/get": "x thing"},
        },
        source="naming.yaml",
    )
    assert n.operations == {"GET /api/x/{a}": ("things", "fetch_one"), "POST /api/x": ("things", "make")}
    assert n.tags == {"Product [uuid]": "products_uuid"}
    assert n.schemas == {"family_read": "Family", "/paths/~1x/get": "XThing"}
    assert n.source == "naming.yaml"


def test_empty_overrides() -> None:
    assert NamingOverrides.from_mapping(None) == NamingOverrides()
    assert NamingOverrides.from_mapping({}) == NamingOverrides()
    assert NamingOverrides.from_mapping({"operations": None, "tags": None}) == NamingOverrides()


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        (["not", "a", "mapping"], ""),
        ({"operations": {"GET /x": "no_dot"}}, "/operations/GET ~1x"),
        ({"operations": {"GET /x": "a.b.c"}}, "/operations/GET ~1x"),
        ({"operations": {"GET /x": "a."}}, "/operations/GET ~1x"),
        ({"operations": {"GET /x": 3}}, "/operations/GET ~1x"),
        ({"operations": {"/x": "a.b"}}, "/operations/~1x"),
        ({"operations": {"FETCH /x": "a.b"}}, "/operations/FETCH ~1x"),
        ({"operations": {"GET x": "a.b"}}, "/operations/GET x"),
        ({"operations": ["GET /x"]}, "/operations"),
        ({"tags": {"Family": ["families"]}}, "/tags/Family"),
        ({"schemas": {"Family": ""}}, "/schemas/Family"),
        ({"schemas": "Family"}, "/schemas"),
        ({"resources": {}}, "/resources"),
    ],
)
def test_malformed_overrides_are_rejected(data: object, pointer: str) -> None:
    with pytest.raises(NamingError) as info:
        NamingOverrides.from_mapping(data)
    assert info.value.pointer == pointer


def test_load_missing_or_none_means_no_overrides(tmp_path: Path) -> None:
    assert NamingOverrides.load(None) == NamingOverrides()
    assert NamingOverrides.load(tmp_path / "absent.yaml") == NamingOverrides()


def test_load_reports_file_line_and_pointer(tmp_path: Path) -> None:
    path = tmp_path / "naming.yaml"
    path.write_text('tags:\n  Family: families\noperations:\n  "GET /x": broken\n', encoding="utf-8")
    with pytest.raises(SpecError) as info:
        NamingOverrides.load(path)
    [d] = info.value.diagnostics
    assert d.file == str(path)
    assert d.line == 4
    assert d.pointer == "/operations/GET ~1x"
    assert d.render().startswith(f"{path}:4: error: operations['GET /x']")


def test_the_akeneo_dialect_ships_its_naming_file() -> None:
    akeneo = dialect_named("akeneo")
    assert akeneo.naming_file is not None and akeneo.naming_file.is_file()
    n = akeneo.naming
    assert n.tags["Product [uuid]"] == "products_uuid"
    assert n.operation_for("POST", "/api/rest/v1/jobs/export/{code}") == ("jobs", "launch_export")
    assert n.source == str(akeneo.naming_file)
    assert dialect_named("generic").naming == NamingOverrides()


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        ({"/api/rest/v1/families": {}, "/api/oauth/v1/token": {}}, "akeneo"),
        ({"/api/rest/v1/products-uuid/{uuid}": {}}, "akeneo"),
        ({"/api/rest/v1/widgets": {}}, "generic"),  # under /api/rest/v1/ but none of Akeneo's collections
        ({"/pets": {}}, "generic"),
        (None, "generic"),
    ],
)
def test_dialect_detection(paths: object, expected: str) -> None:
    assert detect_dialect({"openapi": "3.1.0", "paths": paths}).name == expected
    assert detect_dialect({"swagger": "2.0", "paths": paths}).name == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("variants", "variant"), ("families", "family"), ("categories", "category"), ("addresses", "address"), ("boxes", "box"), ("status", "status"), ("duplicate", "duplicate"), ("product_models", "product_model")],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("listCoreV1NamespacedPod", "list_core_v1_namespaced_pod"), ("getHTTPResponse", "get_http_response"), ("class", "class_"), ("match", "match_"), ("list", "list"), ("2fa-enable", "call_2fa_enable"), ("", "call")],
)
def test_method_name(text: str, expected: str) -> None:
    assert method_name(text) == expected


def test_post_to_an_action_word_after_an_item_is_that_action() -> None:
    assert derive_method_name("POST", "/catalogs/{id}/duplicate", kind="json") == "duplicate"
    assert derive_method_name("POST", "/families/{code}/variants", kind="json") == "create"  # a sub-collection


def test_override_keys_survive_renamed_path_parameters() -> None:
    n = NamingOverrides.from_mapping({"operations": {"POST /families/{}/variants": "family_variants.create", "GET /a/{x}": "a.exact", "GET /a/{}": "a.shape"}})
    assert n.operation_for("POST", "/families/{family_code}/variants") == ("family_variants", "create")
    assert n.operation_for("post", "/families/{family}/variants") == ("family_variants", "create")
    assert n.operation_for("GET", "/a/{x}") == ("a", "exact")  # the exact key first
    assert n.operation_for("GET", "/a/{y}") == ("a", "exact")  # then the first key of that shape
    assert n.operation_for("GET", "/b/{y}") is None
    assert path_key("get", "/a/{x}/b/{y-z}") == "GET /a/{}/b/{}"


def test_user_overrides_layer_on_top_of_the_dialect() -> None:
    base = NamingOverrides.from_mapping({"tags": {"A": "alpha", "B": "beta"}, "operations": {"GET /x": "x.get"}}, source="built-in")
    top = NamingOverrides.from_mapping({"tags": {"B": "bravo"}, "schemas": {"S": "Renamed"}}, source="mine.yaml")
    both = base.layered(top)
    assert both.tags == {"A": "alpha", "B": "bravo"}
    assert both.operations == {"GET /x": ("x", "get")}
    assert both.schemas == {"S": "Renamed"}
    assert both.source == "built-in + mine.yaml"
