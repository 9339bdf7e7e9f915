"""Akeneo's upstream Swagger 2.0 file and our spec/akeneo-pim.yaml generate the same client surface.

Both are loaded with spec/naming.yaml. The comparison covers, per method: resource and method
name, HTTP method and path, every parameter (name, location, Python type, required), the body
kind, whether a body is required, multipart parts, result kind, pagination style, the batch
result key, the header carrying an uploaded file's code, and the body, item and return types
compared by structure (kind, and the JSON field names of the top-level model), not by class
name. Every difference must be listed in
DIFFERENCES below, with its reason; anything else fails.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir import Api, Operation, TypeRef
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from tests.support.paths import NAMING_PATH, require_upstream
from tests.support.paths import SPEC_PATH as OURS

# Reasons, one per category of difference.
_LINKS = (
    "ours puts the read-only '_links' on the resource model, read and written alike (the client "
    "drops it before sending); upstream's resource schemas leave it out"
)
_ROOT_PARENT = "ours documents the read-only 'root_parent' (the root product model's code); upstream does not"
_LINKS_ROOT_PARENT = f"{_LINKS}; {_ROOT_PARENT}"
_LINKS_COMMON_ATTRIBUTES = (
    f"{_LINKS}; ours has the read-only 'common_attributes' on the family variant, upstream only on "
    "a separate read schema (FamilyVariantRead)"
)
_CATEGORY_READ_ONLY = (
    "upstream lists the read-only 'position' (only with with_position=true) and 'updated' on the "
    "category written too; ours leaves them to the model's extra fields"
)
_JOB_REPLY = "upstream documents the 200 reply ({execution_id}) only in an example, without a schema"
_TOKEN_GRANTS = "ours documents both grants (password, refresh_token) as a union; upstream only the password grant"
_UUID_BODY = (
    "upstream's product-by-UUID schema requires no field, so its creation body stays optional "
    "(Swagger 2.0 default); the API needs a body"
)
_SEARCH_FLAG = (
    "upstream names the search body's quality-score flag after its shared query parameter "
    "(with_quality_scores__products); ours uses the wire name of that parameter, with_quality_scores"
)
_SEARCH_COUNT = "ours documents 'items_count' (sent with with_count=true) on the search reply; upstream does not"

# (resource, method, aspect) -> (ours, upstream, reason). For the type aspects (body_type,
# item_type, return_type) of two object models, the values are the JSON field names only ours
# has and those only upstream has; otherwise they are the two shapes (see _shape).
DIFFERENCES: dict[tuple[str, str, str], tuple[Any, Any, str]] = {
    ('asset_attribute_options', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('asset_attribute_options', 'list', 'return_type'): (('_links',), (), _LINKS),
    ('asset_attribute_options', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('asset_attributes', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('asset_attributes', 'list', 'return_type'): (('_links',), (), _LINKS),
    ('asset_attributes', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('asset_families', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('asset_families', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('assets', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('assets', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('assets', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('assets', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('association_types', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('association_types', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('association_types', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('association_types', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('association_types', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('attribute_groups', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_groups', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('attribute_groups', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_groups', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_groups', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('attribute_options', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_options', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('attribute_options', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_options', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('attribute_options', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('attributes', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('attributes', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('attributes', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('attributes', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('attributes', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('auth', 'token', 'body_type'): (('model', (('discriminated', (('object', ('grant_type', 'password', 'username')), ('object', ('grant_type', 'refresh_token')))),)), ('model', (('object', ('grant_type', 'password', 'username')),)), _TOKEN_GRANTS),
    ('categories', 'create', 'body_type'): ((), ('position', 'updated'), _CATEGORY_READ_ONLY),
    ('categories', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('categories', 'upsert', 'body_type'): ((), ('position', 'updated'), _CATEGORY_READ_ONLY),
    ('categories', 'upsert_many', 'body_type'): ((), ('position', 'updated'), _CATEGORY_READ_ONLY),
    ('categories', 'upsert_many', 'item_type'): ((), ('position', 'updated'), _CATEGORY_READ_ONLY),
    ('channels', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('channels', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('channels', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('channels', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('channels', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('currencies', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('families', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('families', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('families', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('families', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('families', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('family_variants', 'create', 'body_type'): (('_links', 'common_attributes'), (), _LINKS_COMMON_ATTRIBUTES),
    ('family_variants', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('family_variants', 'upsert', 'body_type'): (('_links', 'common_attributes'), (), _LINKS_COMMON_ATTRIBUTES),
    ('family_variants', 'upsert_many', 'body_type'): (('_links', 'common_attributes'), (), _LINKS_COMMON_ATTRIBUTES),
    ('family_variants', 'upsert_many', 'item_type'): (('_links', 'common_attributes'), (), _LINKS_COMMON_ATTRIBUTES),
    ('jobs', 'launch_export', 'result'): ('model', 'none', _JOB_REPLY),
    ('jobs', 'launch_export', 'return_type'): (('model', (('object', ('execution_id',)),)), ('primitive', 'None'), _JOB_REPLY),
    ('jobs', 'launch_import', 'result'): ('model', 'none', _JOB_REPLY),
    ('jobs', 'launch_import', 'return_type'): (('model', (('object', ('execution_id',)),)), ('primitive', 'None'), _JOB_REPLY),
    ('locales', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('measure_families', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('pam_asset_categories', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('pam_asset_categories', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('pam_asset_categories', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('pam_asset_categories', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('pam_asset_categories', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('pam_asset_tags', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('pam_asset_tags', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('pam_assets', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('pam_assets', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('pam_assets', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('pam_assets', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('pam_assets', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('product_models', 'create', 'body_type'): (('_links',), (), _LINKS),
    ('product_models', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('product_models', 'get_draft', 'return_type'): (('_links',), (), _LINKS),
    ('product_models', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('product_models', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('product_models', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
    ('products', 'create', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products', 'get', 'return_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products', 'get_draft', 'return_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products', 'list', 'return_type'): (('root_parent',), (), _ROOT_PARENT),
    ('products', 'list', 'item_type'): (('root_parent',), (), _ROOT_PARENT),
    ('products', 'upsert', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products', 'upsert_many', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products', 'upsert_many', 'item_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'create', 'body_required'): (True, False, _UUID_BODY),
    ('products_uuid', 'create', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'get', 'return_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'get_draft', 'return_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'list', 'return_type'): (('root_parent',), (), _ROOT_PARENT),
    ('products_uuid', 'list', 'item_type'): (('root_parent',), (), _ROOT_PARENT),
    ('products_uuid', 'search', 'body_type'): (('with_quality_scores',), ('with_quality_scores__products',), _SEARCH_FLAG),
    ('products_uuid', 'search', 'return_type'): (('items_count',), (), _SEARCH_COUNT),
    ('products_uuid', 'upsert', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'upsert_many', 'body_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('products_uuid', 'upsert_many', 'item_type'): (('_links', 'root_parent'), (), _LINKS_ROOT_PARENT),
    ('published_products', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entities', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('reference_entity_attribute_options', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entity_attribute_options', 'list', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entity_attribute_options', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('reference_entity_attributes', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entity_attributes', 'list', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entity_attributes', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('reference_entity_records', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('reference_entity_records', 'upsert', 'body_type'): (('_links',), (), _LINKS),
    ('reference_entity_records', 'upsert_many', 'body_type'): (('_links',), (), _LINKS),
    ('reference_entity_records', 'upsert_many', 'item_type'): (('_links',), (), _LINKS),
}


def _shape(api: Api, type_ref: TypeRef | None) -> Any:
    """A type as a structure: its kind, and for each model it mentions the model's kind and
    sorted JSON field names (aliases followed), so that only a field difference is a difference,
    not a class name."""
    if type_ref is None:
        return None
    models = {m.class_name: m for m in api.models}

    def model_shape(name: str, seen: frozenset[str]) -> Any:
        model = models.get(name)
        if model is None or name in seen:
            return name
        if model.alias_of is not None:
            inner = model.alias_of
            return (inner.kind, tuple(model_shape(n, seen | {name}) for n in inner.models))
        return (model.kind, tuple(sorted(f.json_name for f in model.fields)))

    if type_ref.kind in ("primitive", "literal", "binary", "any"):
        return (type_ref.kind, type_ref.annotation)
    return (type_ref.kind, tuple(model_shape(n, frozenset()) for n in type_ref.models))


def _surface(api: Api, op: Operation) -> dict[str, Any]:
    return {
        "http": (op.http_method, op.path),
        "params": tuple((p.python_name, p.location, p.type.annotation, p.required) for p in (*op.path_params, *op.query_params, *op.header_params)),
        "body_kind": op.body.kind.value,
        "body_required": op.body.required if op.body.kind.value != "none" else None,
        "body_type": _shape(api, op.body.type),
        "parts": tuple((p.python_name, p.is_file, p.is_json, p.required) for p in op.body.parts),
        "result": op.result.value,
        "return_type": _shape(api, op.return_type),
        "item_type": _shape(api, op.item_type),
        "pagination": op.pagination.value,
        "batch_key": op.batch_key,
        "code_header": op.code_header,
    }


@pytest.fixture(scope="module")
def apis() -> tuple[Api, Api]:
    upstream_path = require_upstream()
    naming = NamingOverrides.load(NAMING_PATH)
    ours = load_spec(OURS, naming=naming).api
    upstream = load_spec(upstream_path, naming=naming).api
    return ours, upstream


def test_same_methods(apis: tuple[Api, Api]) -> None:
    ours, upstream = apis
    a = {(op.resource, op.python_name) for op in ours.operations}
    b = {(op.resource, op.python_name) for op in upstream.operations}
    assert a == b, f"only ours: {sorted(a - b)}; only upstream: {sorted(b - a)}"
    assert len(a) == 137


def _delta(aspect: str, ours: Any, upstream: Any) -> tuple[Any, Any]:
    """The two sides of a difference as DIFFERENCES lists them."""
    if aspect.endswith("_type") and ours is not None and upstream is not None:
        (kind_a, models_a), (kind_b, models_b) = ours, upstream
        if kind_a == kind_b and len(models_a) == len(models_b) == 1:
            (a,), (b,) = models_a, models_b
            if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] == "object":
                return tuple(sorted(set(a[1]) - set(b[1]))), tuple(sorted(set(b[1]) - set(a[1])))
    return ours, upstream


def test_same_surface_except_listed(apis: tuple[Api, Api]) -> None:
    ours, upstream = apis
    up = {(op.resource, op.python_name): _surface(upstream, op) for op in upstream.operations}
    found: dict[tuple[str, str, str], tuple[Any, Any]] = {}
    for op in ours.operations:
        key = (op.resource, op.python_name)
        mine, theirs = _surface(ours, op), up[key]
        for aspect in mine:
            if mine[aspect] != theirs[aspect]:
                found[(*key, aspect)] = _delta(aspect, mine[aspect], theirs[aspect])
    expected = {k: (v[0], v[1]) for k, v in DIFFERENCES.items()}
    unexplained = {k: v for k, v in found.items() if k not in expected}
    assert not unexplained, f"unlisted differences: {unexplained}"
    stale = {k for k in expected if found.get(k) != expected[k]}
    assert not stale, f"listed differences that no longer hold: {sorted(stale)}"


def test_model_names_come_from_upstream_definitions(apis: tuple[Api, Api]) -> None:
    """Upstream copies its definitions inline; re-linked, a body or reply is named after its
    definition, not after its path."""
    _, upstream = apis
    ops = {(op.resource, op.python_name): op for op in upstream.operations}
    assert ops[("families", "upsert")].body.type.annotation == "Family"  # type: ignore[union-attr]
    assert ops[("families", "get")].return_type.annotation == "Family"
    assert ops[("products", "upsert_many")].item_type.annotation == "Product"  # type: ignore[union-attr]
