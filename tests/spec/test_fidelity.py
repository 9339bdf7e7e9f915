"""Our spec describes the same API as Akeneo's upstream descriptions (Swagger 2.0): the same
operations, parameters, status codes, body kinds, tags, versions and editions.

Two upstream files are read from ../shared/reference/: today's akeneo-web-api.json (137 operations,
PaaS and Community) and the SaaS edition's akeneo-web-api-saas-2025-11.json (165 operations). The
operations and parameters of today's file are compared with it; the 28 operations and the query
parameters only the SaaS file has are compared with the SaaS file, the same way (our SaaS-only
parameters say `x-versions: [SaaS]`). Versions are compared with the SaaS file, which lists SaaS
beside the versions today's file gives.

Every deliberate difference is listed in DIFFERENCES below, with its reason, and nowhere else:
the checks apply exactly these entries and fail on any entry that no longer matches upstream.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.spec._spec import load_spec, operations, resolve
from tests.support.paths import UPSTREAM_PATH, require_upstream


@dataclass(frozen=True)
class Difference:
    op: str  # "METHOD /path", or "*" for a schema-level note
    aspect: str  # tag | header | body_kind | versions | param_default | param_type | schema
    upstream: Any  # what upstream says (param_default: (parameter, default))
    ours: Any  # what we say (param_default: (parameter, default); schema: a JSON pointer into our spec)
    reason: str


CONTENT_TYPE = "the body's media type is stated by the requestBody content, not by a header parameter"

DIFFERENCES: tuple[Difference, ...] = (
    # -- operations
    Difference("POST /api/rest/v1/families/{family_code}/variants", "tag", "Family", "Family variant",
               "upstream files variant creation under Family; every other variant operation is under Family variant"),
    Difference("POST /api/oauth/v1/token", "header", "Authorization", None,
               "client id and secret are the basicAuth security scheme of the operation"),
    Difference("POST /api/oauth/v1/token", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/media-files", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/category-media-files", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/reference-entities-media-files", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/asset-media-files", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/assets/{asset_code}/reference-files/{locale_code}", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/rest/v1/assets/{asset_code}/variation-files/{channel_code}/{locale_code}", "header", "Content-type", None, CONTENT_TYPE),
    Difference("POST /api/oauth/v1/token", "body_kind", "multipart", "json",
               "upstream flags the token body as form data; the endpoint takes a JSON object (form-urlencoded also "
               "works), and we describe the JSON form with both grants"),
    Difference("POST /api/rest/v1/jobs/import/{code}", "body_kind", "ndjson", "json",
               "upstream uses x-body-by-line only to carry a note; the optional body is one JSON object (import_mode)"),
    # -- parameter defaults ("*": wherever upstream has that parameter with that default)
    Difference("*", "param_default", ("search_after", "cursor to the first page"), ("search_after", None),
               "upstream puts a sentence in the default; the first page is asked for by leaving the parameter out"),
    Difference("*", "param_default", ("with_quality_scores", None), ("with_quality_scores", False),
               "one shared parameter for products and product models; leaving it out means false on both"),
    Difference("*", "param_default", ("with_position", None), ("with_position", False),
               "leaving the flag out means false"),
    Difference("*", "param_default", ("create_missing_options", "no value"), ("create_missing_options", None),
               "upstream puts words in the default; leaving the parameter out creates no options"),
    # -- parameter types ("*": wherever upstream has that parameter with that type)
    Difference("*", "param_type", ("locales", "string"), ("locales", "array"),
               "a list of locale codes, sent comma-separated (style: form, explode: false), as the API reads the string"),
    Difference("*", "param_type", ("attributes", "string"), ("attributes", "array"),
               "a list of attribute codes, sent comma-separated (style: form, explode: false), as the API reads the string"),
    # -- schemas (not compared field by field; the pointer must exist in our spec)
    Difference("*", "schema", "quality_scores: object", "/components/schemas/Product/properties/quality_scores",
               "the API returns a list of {scope, locale, data} grades, as upstream's own examples show"),
    Difference("*", "schema", "transformation operations: object", "/components/schemas/AssetTransformation/properties/operations",
               "the API takes and returns a list of operations, as upstream's own examples show"),
    Difference("*", "schema", "GET measurement-families: one object", "/paths/~1api~1rest~1v1~1measurement-families/get/responses/200/content/application~1json/schema/items",
               "the endpoint returns a JSON array of measurement families"),
    Difference("*", "schema", "search body field with_quality_scores__products", "/components/schemas/ProductSearchRequest/properties/with_quality_scores",
               "upstream leaks an internal parameter name; the field is with_quality_scores"),
    Difference("*", "schema", "token body: password grant only", "/components/schemas/TokenRequest/oneOf",
               "the endpoint also takes the refresh_token grant"),
    Difference("*", "schema", "attribute type enum without pim_catalog_table", "/components/schemas/Attribute/properties/table_configuration",
               "upstream documents table_configuration for pim_catalog_table attributes but leaves the type out of its enum"),
    Difference("*", "schema", "reference entity attribute type enum without asset_collection", "/components/schemas/ReferenceEntityAttribute/properties/asset_family_identifier",
               "upstream documents asset_family_identifier for asset_collection attributes but leaves the type out of its enum"),
    Difference("*", "schema", "value data typed as object", "/components/schemas/ProductValue/properties/data",
               "a value's data is a string, number, boolean, list or object depending on the attribute type"),
    Difference("*", "schema", "fields the API sends as null typed as plain strings", "/components/schemas/Product/properties/family",
               "nullable fields (family, parent, scope, locale, many attribute settings) use type [T, 'null']"),
    Difference("*", "schema", "Location header on the 204 of DELETE families/{code}", "/paths/~1api~1rest~1v1~1families~1{code}/delete/responses/204",
               "a deletion has nothing to point to; our 204 carries no header"),
    # -- SaaS operations' schemas
    Difference("*", "schema", "catalog products listed as UUID strings", "/components/schemas/AppCatalogProductList",
               "the endpoint lists products in the standard format, as upstream's own example shows; the UUIDs are product-uuids"),
    Difference("*", "schema", "mapped products, models and variants listed as UUID strings", "/components/schemas/MappedProductList",
               "the items are objects with the fields of the catalog's mapping schema, as upstream's own examples show"),
    Difference("*", "schema", "no schema for the 200 of GET catalogs/{id}/products/{uuid}, permissions and UI extension updates",
               "/components/schemas/UserLocalePermissions",
               "we describe the bodies upstream's examples show"),
    Difference("*", "schema", "no schema for the 201 of POST ui-extensions", "/paths/~1api~1rest~1v1~1ui-extensions/post/responses/201/content",
               "the reply is the new extension, with its uuid, as upstream's example shows"),
)  # fmt: skip


@functools.cache
def _parse(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def upstream_doc() -> dict[str, Any]:
    """Upstream's description (parsed once); a missing file fails the calling test (never a skip)."""
    return _parse(require_upstream())


SAAS_PATH = UPSTREAM_PATH.parent / "akeneo-web-api-saas-2025-11.json"


def saas_doc() -> dict[str, Any]:
    """The SaaS edition's upstream description (parsed once); missing, it fails the calling test."""
    if not SAAS_PATH.is_file():
        pytest.fail(f"SaaS upstream description missing: {SAAS_PATH} (it lives in ../shared/reference/)", pytrace=False)
    return _parse(SAAS_PATH)


def reference_ops() -> dict[str, dict[str, Any]]:
    """What each of our operations is compared with: today's upstream operation, or the SaaS
    file's for the operations only the SaaS file has."""
    today = _index(upstream_doc())
    saas = _index(saas_doc())
    return {**{k: op for k, op in saas.items() if k not in today}, **today}


def saas_only_ops() -> set[str]:
    return set(_index(saas_doc())) - set(_index(upstream_doc()))


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return load_spec()


def _index(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{m} {p}": op for m, p, op in operations(doc)}


def _diffs(op: str, aspect: str) -> list[Difference]:
    return [d for d in DIFFERENCES if d.op == op and d.aspect == aspect]


def _one_diff(op: str, aspect: str) -> Difference | None:
    found = _diffs(op, aspect)
    assert len(found) <= 1, f"{op}: several {aspect} differences listed"
    return found[0] if found else None


def _apply(op: str, aspect: str, upstream_value: Any) -> Any:
    """The value we must have: upstream's, or the listed difference's (checked against upstream)."""
    diff = _one_diff(op, aspect)
    if diff is None:
        return upstream_value
    assert (
        diff.upstream == upstream_value
    ), f"{op}: stale {aspect} difference, upstream now says {upstream_value!r}"
    return diff.ours


def test_the_same_165_operations(ours: dict[str, Any]) -> None:
    today, saas = set(_index(upstream_doc())), set(_index(saas_doc()))
    mine = set(_index(ours))
    assert len(today) == 137
    assert len(saas) == 165
    assert sorted(today - saas) == [], "the SaaS file lacks operations of today's"
    assert len(saas - today) == 28
    assert sorted(saas - mine) == [], "missing in our spec"
    assert sorted(mine - saas) == [], "not in upstream"


def test_saas_only_operations_exist_only_in_saas(ours: dict[str, Any]) -> None:
    mine = _index(ours)
    for key in saas_only_ops():
        assert mine[key]["x-versions"] == ["SaaS"], key
        for ref in mine[key].get("parameters", []):
            assert "x-versions" not in resolve(ours, ref), f"{key}: the operation already says SaaS"


def _upstream_params(op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (p["name"], p["in"]): p for p in op.get("parameters", []) if p["in"] != "body"
    }


def _saas_only(param: dict[str, Any]) -> bool:
    versions = param.get("x-versions")
    assert versions in (None, ["SaaS"]), f"{param['name']}: x-versions on a parameter is [SaaS] or absent"
    return versions == ["SaaS"]


def _our_params(ours: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for ref in op.get("parameters", []):
        param = resolve(ours, ref)
        found[(param["name"], param["in"])] = param
    return found


def test_same_parameters(ours: dict[str, Any]) -> None:
    """Parameters of today's operations against today's file; the 28 SaaS operations' against
    the SaaS file."""
    mine_ops = _index(ours)
    for key, op in reference_ops().items():
        theirs = _upstream_params(op)
        mine = {
            ident: param
            for ident, param in _our_params(ours, mine_ops[key]).items()
            if not _saas_only(param)
        }
        _compare_params(key, op, theirs, mine)


def test_same_saas_only_parameters(ours: dict[str, Any]) -> None:
    """The query parameters the SaaS file adds to today's operations are ours with x-versions:
    [SaaS], compared with the SaaS file the same way."""
    today, saas = _index(upstream_doc()), _index(saas_doc())
    mine_ops = _index(ours)
    added = 0
    for key, op in today.items():
        known = set(_upstream_params(op))
        theirs = {i: p for i, p in _upstream_params(saas[key]).items() if i not in known}
        mine = {i: p for i, p in _our_params(ours, mine_ops[key]).items() if _saas_only(p)}
        _compare_params(key, saas[key], theirs, mine)
        added += len(theirs)
        # what both files have, the SaaS file describes the same way
        for ident in known:
            a, b = _upstream_params(op)[ident], _upstream_params(saas[key])[ident]
            for aspect in ("type", "required", "enum", "minimum", "maximum", "default"):
                assert a.get(aspect) == b.get(aspect), f"{key} {ident} {aspect}"
    assert added == 28


def _compare_params(
    key: str,
    op: dict[str, Any],
    theirs: dict[tuple[str, str], dict[str, Any]],
    mine: dict[tuple[str, str], dict[str, Any]],
) -> None:
    for name, location in list(theirs):
        if location == "header":
            diff = [d for d in _diffs(key, "header") if d.upstream == name]
            assert (
                diff
            ), f"{key}: header parameter {name} differs without a listed reason"
            del theirs[(name, location)]
    assert {d.upstream for d in _diffs(key, "header")} <= {
        n for n, _ in _upstream_params(op)
    }, f"{key}: stale header difference"
    assert sorted(mine) == sorted(theirs), key
    for ident, theirs_param in theirs.items():
        mine_param = mine[ident]
        assert bool(mine_param.get("required")) == bool(
            theirs_param.get("required")
        ), f"{key} {ident}"
        assert mine_param["schema"]["type"] == _param_aspect(
            "param_type", key, ident[0], theirs_param["type"]
        ), f"{key} {ident}"
        if "enum" in theirs_param:
            assert (
                mine_param["schema"]["enum"] == theirs_param["enum"]
            ), f"{key} {ident}"
        for bound in ("minimum", "maximum"):
            assert mine_param["schema"].get(bound) == theirs_param.get(
                bound
            ), f"{key} {ident} {bound}"
        default = _param_aspect("param_default", key, ident[0], theirs_param.get("default"))
        assert (
            mine_param["schema"].get("default") == default
        ), f"{key} {ident} default"


def _param_aspect(aspect: str, op: str, name: str, upstream_value: Any) -> Any:
    """The value of a parameter's type or default we must have: upstream's, or the listed
    difference's (``aspect``: param_type or param_default)."""
    for diff in DIFFERENCES:
        if (
            diff.aspect == aspect
            and diff.op in (op, "*")
            and diff.upstream == (name, upstream_value)
        ):
            return diff.ours[1]
    return upstream_value


def test_same_status_codes(ours: dict[str, Any]) -> None:
    mine_ops = _index(ours)
    for key, op in reference_ops().items():
        assert sorted(mine_ops[key]["responses"]) == sorted(op["responses"]), key


def test_same_location_headers(ours: dict[str, Any]) -> None:
    """A success answer carries Location where upstream's does (deletions: see DIFFERENCES)."""
    mine_ops = _index(ours)
    saas = saas_doc()
    for key, op in reference_ops().items():
        if key.startswith("DELETE "):
            continue
        for status, response in op["responses"].items():
            if status.startswith("2"):
                theirs = "Location" in resolve(saas, response).get("headers", {})
                mine = "Location" in mine_ops[key]["responses"][status].get("headers", {})
                assert mine == theirs, f"{key} {status}"


def upstream_body_kind(op: dict[str, Any]) -> str:
    body = [p for p in op.get("parameters", []) if p["in"] == "body"]
    if body:
        if body[0].get("x-form-data"):
            return "multipart"
        if "x-body-by-line" in op:
            return "ndjson"
        if body[0]["schema"].get("type") == "array":
            return "json_array"
        return "json"
    if "x-content-type" in op["responses"].get("200", {}):
        return "binary"
    return "none"


def our_body_kind(doc: dict[str, Any], op: dict[str, Any]) -> str:
    content = op.get("requestBody", {}).get("content")
    if content:
        (ctype,) = content
        if ctype == "multipart/form-data":
            return "multipart"
        if ctype == "application/vnd.akeneo.collection+json":
            return "ndjson"
        assert ctype == "application/json", ctype
        return (
            "json_array"
            if resolve(doc, content[ctype]["schema"]).get("type") == "array"
            else "json"
        )
    if "application/octet-stream" in op["responses"].get("200", {}).get("content", {}):
        return "binary"
    return "none"


def test_same_body_kinds(ours: dict[str, Any]) -> None:
    mine_ops = _index(ours)
    saas = saas_only_ops()
    kinds: dict[str, int] = {}
    saas_kinds: dict[str, int] = {}
    for key, op in reference_ops().items():
        mine = our_body_kind(ours, mine_ops[key])
        assert mine == _apply(key, "body_kind", upstream_body_kind(op)), key
        counts = saas_kinds if key in saas else kinds
        counts[mine] = counts.get(mine, 0) + 1
    assert kinds == {
        "none": 71,
        "json": 38,
        "ndjson": 13,
        "json_array": 3,
        "multipart": 6,
        "binary": 6,
    }
    assert saas_kinds == {"none": 19, "json": 8, "json_array": 1}


def test_same_tags(ours: dict[str, Any]) -> None:
    mine_ops = _index(ours)
    for key, op in reference_ops().items():
        assert mine_ops[key]["tags"] == [_apply(key, "tag", op["tags"][0])], key


def test_same_versions_editions_and_deprecations(ours: dict[str, Any]) -> None:
    """Versions as the SaaS file gives them (today's plus SaaS); editions and deprecations as the
    reference operation says."""
    saas = _index(saas_doc())
    mine_ops = _index(ours)
    for key, op in reference_ops().items():
        mine = mine_ops[key]
        assert mine["x-versions"] == _apply(key, "versions", saas[key].get("x-versions")), key
        assert mine.get("x-ee", False) == bool(op.get("x-ee")), key
        assert mine.get("deprecated", False) == bool(op.get("x-deprecated")), key


def test_the_saas_file_adds_saas_to_todays_versions() -> None:
    """Apart from SaaS, the SaaS file's versions are today's (which leaves SaaS-only ones empty)."""
    saas = _index(saas_doc())
    for key, op in _index(upstream_doc()).items():
        without = [v for v in saas[key].get("x-versions") or [] if v != "SaaS"]
        assert without == (op.get("x-versions") or []), key


def test_operations_without_token(ours: dict[str, Any]) -> None:
    mine_ops = _index(ours)
    for key, op in reference_ops().items():
        bearer = {"bearerAuth": []} in mine_ops[key].get("security", ours["security"])
        assert bearer == (not op.get("x-no-token")), key


def _pointer_exists(doc: Any, pointer: str) -> bool:
    node = doc
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return False
    return True


def test_differences_table_is_well_formed(ours: dict[str, Any]) -> None:
    aspects = {"tag", "header", "body_kind", "versions", "param_default", "param_type", "schema"}
    ops = set(_index(ours))
    for diff in DIFFERENCES:
        assert diff.aspect in aspects, diff
        assert diff.reason.strip(), diff
        if diff.aspect == "schema":
            assert diff.op == "*" and _pointer_exists(ours, diff.ours), diff
        elif diff.aspect in ("param_default", "param_type"):
            assert diff.upstream[0] == diff.ours[0], diff
        else:
            assert diff.op in ops, diff
    assert len({repr(d) for d in DIFFERENCES}) == len(DIFFERENCES)


def test_every_parameter_default_difference_is_needed() -> None:
    seen = {
        (p["name"], p.get("default"))
        for doc in (upstream_doc(), saas_doc())
        for _, _, op in operations(doc)
        for p in op.get("parameters", [])
    }
    types = {
        (p["name"], p.get("type"))
        for doc in (upstream_doc(), saas_doc())
        for _, _, op in operations(doc)
        for p in op.get("parameters", [])
    }
    for diff in DIFFERENCES:
        if diff.aspect == "param_default":
            assert diff.upstream in seen, f"stale difference: {diff}"
        if diff.aspect == "param_type":
            assert diff.upstream in types, f"stale difference: {diff}"


def _norm(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


PROSE_KEYS = {
    "description",
    "summary",
    "title",
    "x-details",
    "x-validation-rules",
    "x-body-by-line",
}


def _prose(node: Any, key: str | None = None) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _prose(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in _prose(v, key)]
    return [node] if isinstance(node, str) and key in PROSE_KEYS else []


def test_no_prose_taken_from_upstream(ours: dict[str, Any]) -> None:
    theirs = [_norm(s) for s in {*_prose(upstream_doc()), *_prose(saas_doc())}]
    exact = set(theirs)
    copied = []
    for text in set(_prose(ours)) - {ours["info"]["title"]}:
        norm = _norm(text)
        words = len(norm.split())  # one word ("Deleted.") is no one's prose
        if (words >= 2 and norm in exact) or (words >= 6 and any(norm in t for t in theirs)):
            copied.append(text)
    assert copied == []
