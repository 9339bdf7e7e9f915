"""Our spec describes the same API as Akeneo's upstream description (Swagger 2.0, read from
../shared/reference/akeneo-web-api.json): the same operations, parameters, status codes, body
kinds, tags, versions and editions.

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
from tests.support.paths import require_upstream


@dataclass(frozen=True)
class Difference:
    op: str  # "METHOD /path", or "*" for a schema-level note
    aspect: str  # tag | header | body_kind | versions | param_default | schema
    upstream: Any  # what upstream says (param_default: (parameter, default))
    ours: Any  # what we say (param_default: (parameter, default); schema: a JSON pointer into our spec)
    reason: str


SAAS_ONLY = "upstream leaves x-versions empty for operations that exist only in the SaaS edition; we say so"
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
    Difference("POST /api/rest/v1/products-uuid/search", "versions", None, ["SaaS"], SAAS_ONLY),
    Difference("POST /api/rest/v1/jobs/export/{code}", "versions", None, ["SaaS"], SAAS_ONLY),
    Difference("POST /api/rest/v1/jobs/import/{code}", "versions", None, ["SaaS"], SAAS_ONLY),
    Difference("DELETE /api/rest/v1/families/{code}", "versions", None, ["SaaS"], SAAS_ONLY),
    Difference("POST /api/rest/v1/category-media-files", "versions", None, ["SaaS"], SAAS_ONLY),
    Difference("GET /api/rest/v1/category-media-files/{file_path}/download", "versions", None, ["SaaS"], SAAS_ONLY),
    # -- parameter defaults ("*": wherever upstream has that parameter with that default)
    Difference("*", "param_default", ("search_after", "cursor to the first page"), ("search_after", None),
               "upstream puts a sentence in the default; the first page is asked for by leaving the parameter out"),
    Difference("*", "param_default", ("with_quality_scores", None), ("with_quality_scores", False),
               "one shared parameter for products and product models; leaving it out means false on both"),
    Difference("*", "param_default", ("with_position", None), ("with_position", False),
               "leaving the flag out means false"),
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
)  # fmt: skip


@functools.cache
def _parse(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def upstream_doc() -> dict[str, Any]:
    """Upstream's description (parsed once); a missing file fails the calling test (never a skip)."""
    return _parse(require_upstream())


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


def test_the_same_137_operations(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    theirs, mine = set(_index(upstream)), set(_index(ours))
    assert len(theirs) == 137
    assert sorted(theirs - mine) == [], "missing in our spec"
    assert sorted(mine - theirs) == [], "not in upstream"


def _upstream_params(op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (p["name"], p["in"]): p for p in op.get("parameters", []) if p["in"] != "body"
    }


def test_same_parameters(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    mine_ops = _index(ours)
    for key, op in _index(upstream).items():
        theirs = _upstream_params(op)
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
        mine = {}
        for ref in mine_ops[key].get("parameters", []):
            param = resolve(ours, ref)
            mine[(param["name"], param["in"])] = param
        assert sorted(mine) == sorted(theirs), key
        for ident, theirs_param in theirs.items():
            mine_param = mine[ident]
            assert bool(mine_param.get("required")) == bool(
                theirs_param.get("required")
            ), f"{key} {ident}"
            assert (
                mine_param["schema"]["type"] == theirs_param["type"]
            ), f"{key} {ident}"
            if "enum" in theirs_param:
                assert (
                    mine_param["schema"]["enum"] == theirs_param["enum"]
                ), f"{key} {ident}"
            for bound in ("minimum", "maximum"):
                assert mine_param["schema"].get(bound) == theirs_param.get(
                    bound
                ), f"{key} {ident} {bound}"
            default = _param_default(key, ident[0], theirs_param.get("default"))
            assert (
                mine_param["schema"].get("default") == default
            ), f"{key} {ident} default"


def _param_default(op: str, name: str, upstream_default: Any) -> Any:
    for diff in DIFFERENCES:
        if (
            diff.aspect == "param_default"
            and diff.op in (op, "*")
            and diff.upstream == (name, upstream_default)
        ):
            return diff.ours[1]
    return upstream_default


def test_same_status_codes(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    mine_ops = _index(ours)
    for key, op in _index(upstream).items():
        assert sorted(mine_ops[key]["responses"]) == sorted(op["responses"]), key


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
    upstream = upstream_doc()
    mine_ops = _index(ours)
    kinds: dict[str, int] = {}
    for key, op in _index(upstream).items():
        mine = our_body_kind(ours, mine_ops[key])
        assert mine == _apply(key, "body_kind", upstream_body_kind(op)), key
        kinds[mine] = kinds.get(mine, 0) + 1
    assert kinds == {
        "none": 71,
        "json": 38,
        "ndjson": 13,
        "json_array": 3,
        "multipart": 6,
        "binary": 6,
    }


def test_same_tags(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    mine_ops = _index(ours)
    for key, op in _index(upstream).items():
        assert mine_ops[key]["tags"] == [_apply(key, "tag", op["tags"][0])], key


def test_same_versions_editions_and_deprecations(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    mine_ops = _index(ours)
    for key, op in _index(upstream).items():
        mine = mine_ops[key]
        assert mine["x-versions"] == _apply(key, "versions", op.get("x-versions")), key
        assert mine.get("x-ee", False) == bool(op.get("x-ee")), key
        assert mine.get("deprecated", False) == bool(op.get("x-deprecated")), key


def test_operations_without_token(ours: dict[str, Any]) -> None:
    upstream = upstream_doc()
    mine_ops = _index(ours)
    for key, op in _index(upstream).items():
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
    aspects = {"tag", "header", "body_kind", "versions", "param_default", "schema"}
    ops = set(_index(ours))
    for diff in DIFFERENCES:
        assert diff.aspect in aspects, diff
        assert diff.reason.strip(), diff
        if diff.aspect == "schema":
            assert diff.op == "*" and _pointer_exists(ours, diff.ours), diff
        elif diff.aspect == "param_default":
            assert diff.upstream[0] == diff.ours[0], diff
        else:
            assert diff.op in ops, diff
    assert len({repr(d) for d in DIFFERENCES}) == len(DIFFERENCES)


def test_every_parameter_default_difference_is_needed() -> None:
    upstream = upstream_doc()
    seen = {
        (p["name"], p.get("default"))
        for _, _, op in operations(upstream)
        for p in op.get("parameters", [])
    }
    for diff in DIFFERENCES:
        if diff.aspect == "param_default":
            assert diff.upstream in seen, f"stale difference: {diff}"


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
    upstream = upstream_doc()
    theirs = [_norm(s) for s in _prose(upstream)]
    exact = set(theirs)
    copied = []
    for text in set(_prose(ours)) - {ours["info"]["title"]}:
        norm = _norm(text)
        if norm in exact or (len(norm.split()) >= 6 and any(norm in t for t in theirs)):
            copied.append(text)
    assert copied == []
