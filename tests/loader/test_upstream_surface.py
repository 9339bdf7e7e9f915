"""Akeneo's upstream Swagger 2.0 files and our spec/akeneo-pim.yaml generate the same client surface.

The 137 operations of today's file are compared with it (our SaaS-only parameters left out),
the 28 operations only the SaaS edition has with the SaaS file of 2025-11.

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
from tests.support.paths import NAMING_PATH, ROOT, require_upstream
from tests.support.paths import SPEC_PATH as OURS

SAAS_FILE = ROOT.parent / "shared" / "reference" / "akeneo-web-api-saas-2025-11.json"

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
_SAAS_FIELDS = "ours documents the fields the SaaS edition answers with too; today's file, cut to the other editions, does not"
_NO_SCHEMA = "upstream shows this reply only in an example, without a schema; ours describes it"
_MAPPING_SCHEMA = (
    "the mapping schema is a JSON Schema document: ours reads and sends it as any object; "
    "upstream names two of its keywords (title, description) as fields"
)
_STEPS = "ours documents the workflow's 'steps' on the list too (the API sends them); upstream only on one workflow"
_UI_UUID = "ours documents the read-only 'uuid' the API answers with on the extension; upstream does not"
_UI_REPLY = "the API answers the extension it created or updated (its example shows it); upstream documents no reply schema"

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
    ('asset_families', 'get', 'return_type'): (('_links', 'sharing_enabled'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('asset_families', 'upsert', 'body_type'): (('_links', 'sharing_enabled'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
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
    ('attributes', 'create', 'body_type'): (('_links', 'enable_option_creation_during_import', 'max_items_count'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('attributes', 'get', 'return_type'): (('_links', 'enable_option_creation_during_import', 'max_items_count'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('attributes', 'upsert', 'body_type'): (('_links', 'enable_option_creation_during_import', 'max_items_count'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('attributes', 'upsert_many', 'body_type'): (('_links', 'enable_option_creation_during_import', 'max_items_count'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('attributes', 'upsert_many', 'item_type'): (('_links', 'enable_option_creation_during_import', 'max_items_count'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
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
    ('families', 'create', 'body_type'): (('_links', 'parent'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('families', 'get', 'return_type'): (('_links', 'parent'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('families', 'upsert', 'body_type'): (('_links', 'parent'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('families', 'upsert_many', 'body_type'): (('_links', 'parent'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('families', 'upsert_many', 'item_type'): (('_links', 'parent'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
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
    ('product_models', 'create', 'body_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('product_models', 'get', 'return_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('product_models', 'get_draft', 'return_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('product_models', 'upsert', 'body_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('product_models', 'upsert_many', 'body_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('product_models', 'upsert_many', 'item_type'): (('_links', 'workflow_execution_statuses'), (), f"{_LINKS}; {_SAAS_FIELDS}"),
    ('products', 'create', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'get', 'return_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'get_draft', 'return_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'list', 'return_type'): (('root_parent', 'workflow_execution_statuses'), (), f"{_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'list', 'item_type'): (('root_parent', 'workflow_execution_statuses'), (), f"{_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'upsert', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'upsert_many', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products', 'upsert_many', 'item_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'create', 'body_required'): (True, False, _UUID_BODY),
    ('products_uuid', 'create', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'get', 'return_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'get_draft', 'return_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'list', 'return_type'): (('root_parent', 'workflow_execution_statuses'), (), f"{_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'list', 'item_type'): (('root_parent', 'workflow_execution_statuses'), (), f"{_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'search', 'body_type'): (('with_quality_scores',), ('with_quality_scores__products',), _SEARCH_FLAG),
    ('products_uuid', 'search', 'return_type'): (('items_count',), (), _SEARCH_COUNT),
    ('products_uuid', 'upsert', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'upsert_many', 'body_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
    ('products_uuid', 'upsert_many', 'item_type'): (('_links', 'root_parent', 'workflow_execution_statuses'), (), f"{_LINKS_ROOT_PARENT}; {_SAAS_FIELDS}"),
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
    ('asset_families', 'list', 'return_type'): (('sharing_enabled',), (), _SAAS_FIELDS),
    ('asset_families', 'list', 'item_type'): (('sharing_enabled',), (), _SAAS_FIELDS),
    ('attributes', 'list', 'return_type'): (('enable_option_creation_during_import', 'max_items_count'), (), _SAAS_FIELDS),
    ('attributes', 'list', 'item_type'): (('enable_option_creation_during_import', 'max_items_count'), (), _SAAS_FIELDS),
    ('families', 'list', 'return_type'): (('parent',), (), _SAAS_FIELDS),
    ('families', 'list', 'item_type'): (('parent',), (), _SAAS_FIELDS),
    ('product_models', 'list', 'return_type'): (('workflow_execution_statuses',), (), _SAAS_FIELDS),
    ('product_models', 'list', 'item_type'): (('workflow_execution_statuses',), (), _SAAS_FIELDS),
    # the SaaS-only operations, against the SaaS file
    ('app_catalog_mapping_schemas', 'get_product', 'return_type'): ((), ('description', 'title'), _MAPPING_SCHEMA),
    ('app_catalog_mapping_schemas', 'upsert_product', 'body_type'): ((), ('description', 'title'), _MAPPING_SCHEMA),
    ('app_catalogs', 'create', 'return_type'): (('_links',), (), _LINKS),
    ('app_catalogs', 'duplicate', 'return_type'): (('_links',), (), _LINKS),
    ('app_catalogs', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('app_catalogs', 'update', 'return_type'): (('_links',), (), _LINKS),
    ('workflows', 'get', 'return_type'): (('_links',), (), _LINKS),
    ('workflows', 'list', 'item_type'): (('steps',), (), _STEPS),
    ('workflows', 'list', 'return_type'): (('steps',), (), _STEPS),
    ('ui_extensions', 'create', 'body_type'): (('uuid',), (), _UI_UUID),
    ('ui_extensions', 'list', 'return_type'): (('uuid',), (), _UI_UUID),
}
# Replies upstream shows only in examples: every aspect of the result differs (model vs none).
for _op in (("app_catalog_products", "get"), ("permissions", "get_channels"), ("permissions", "get_locales"), ("ui_extensions", "create"), ("ui_extensions", "update"), ("ui_extensions", "update_via_post")):
    DIFFERENCES[(*_op, "result")] = (None, None, _UI_REPLY if _op[0] == "ui_extensions" else _NO_SCHEMA)
    DIFFERENCES[(*_op, "return_type")] = (None, None, _UI_REPLY if _op[0] == "ui_extensions" else _NO_SCHEMA)
for _method in ("list", "list_mapped", "list_mapped_models", "list_mapped_variants"):
    DIFFERENCES[("app_catalog_products", _method, "item_type")] = (None, None, _NO_SCHEMA)
    DIFFERENCES[("app_catalog_products", _method, "return_type")] = (None, None, _NO_SCHEMA)
#: (resource, method, aspect) whose two sides are not compared, only that they differ: the
#: upstream side is a bare type where ours has a model (listed above with None, None)
_SIDES_NOT_COMPARED = {k for k, v in DIFFERENCES.items() if v[:2] == (None, None)}


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


def _surface(api: Api, op: Operation, *, saas_params: bool = True) -> dict[str, Any]:
    params = (*op.path_params, *op.query_params, *op.header_params)
    return {
        "http": (op.http_method, op.path),
        "params": tuple((p.python_name, p.location, p.type.annotation, p.required) for p in params if saas_params or p.editions != ("SaaS",)),
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
def apis() -> tuple[Api, Api, Api]:
    upstream_path = require_upstream()
    if not SAAS_FILE.is_file():
        pytest.fail(f"upstream description missing: {SAAS_FILE} (it lives in ../shared/reference/)")
    naming = NamingOverrides.load(NAMING_PATH)
    ours = load_spec(OURS, naming=naming).api
    upstream = load_spec(upstream_path, naming=naming).api
    return ours, upstream, load_spec(SAAS_FILE, naming=naming).api


def test_same_methods(apis: tuple[Api, Api, Api]) -> None:
    ours, upstream, saas = apis
    a = {(op.resource, op.python_name) for op in ours.operations}
    b = {(op.resource, op.python_name) for op in upstream.operations}
    c = {(op.resource, op.python_name) for op in saas.operations}
    assert b <= a and a == c, f"only ours: {sorted(a - c)}; only upstream: {sorted(c - a)}"
    assert (len(a), len(b)) == (165, 137)


def _delta(aspect: str, ours: Any, upstream: Any) -> tuple[Any, Any]:
    """The two sides of a difference as DIFFERENCES lists them."""
    if aspect.endswith("_type") and ours is not None and upstream is not None:
        (kind_a, models_a), (kind_b, models_b) = ours, upstream
        if kind_a == kind_b and len(models_a) == len(models_b) == 1:
            (a,), (b,) = models_a, models_b
            if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] == "object":
                return tuple(sorted(set(a[1]) - set(b[1]))), tuple(sorted(set(b[1]) - set(a[1])))
    return ours, upstream


def test_same_surface_except_listed(apis: tuple[Api, Api, Api]) -> None:
    ours, upstream, saas = apis
    up = {(op.resource, op.python_name): _surface(upstream, op) for op in upstream.operations}
    up_saas = {(op.resource, op.python_name): _surface(saas, op) for op in saas.operations}
    found: dict[tuple[str, str, str], tuple[Any, Any]] = {}
    for op in ours.operations:
        key = (op.resource, op.python_name)
        today = key in up
        mine, theirs = _surface(ours, op, saas_params=not today), (up if today else up_saas)[key]
        for aspect in mine:
            if mine[aspect] != theirs[aspect]:
                found[(*key, aspect)] = (None, None) if (*key, aspect) in _SIDES_NOT_COMPARED else _delta(aspect, mine[aspect], theirs[aspect])
    expected = {k: (v[0], v[1]) for k, v in DIFFERENCES.items()}
    unexplained = {k: v for k, v in found.items() if k not in expected}
    assert not unexplained, f"unlisted differences: {unexplained}"
    stale = {k for k in expected if found.get(k) != expected[k]}
    assert not stale, f"listed differences that no longer hold: {sorted(stale)}"


def test_model_names_come_from_upstream_definitions(apis: tuple[Api, Api, Api]) -> None:
    """Upstream copies its definitions inline; re-linked, a body or reply is named after its
    definition, not after its path."""
    _, upstream, _ = apis
    ops = {(op.resource, op.python_name): op for op in upstream.operations}
    assert ops[("families", "upsert")].body.type.annotation == "Family"  # type: ignore[union-attr]
    assert ops[("families", "get")].return_type.annotation == "Family"
    assert ops[("products", "upsert_many")].item_type.annotation == "Product"  # type: ignore[union-attr]
