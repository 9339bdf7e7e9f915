"""Akeneo's upstream Swagger 2.0 file, after the upgrade: errata, and inline schemas re-linked.

Akeneo publishes one description whose schemas serve reads and writes alike and whose
operations copy the ``definitions`` inline instead of referring to them. Read literally, the
client it gives refuses Akeneo's own replies. :func:`apply_akeneo_dialect` runs, on the upgraded
(OpenAPI 3.1) document and in place, the errata below and then :func:`relink_definitions`:

- :func:`placeholder_keys_are_maps`: an object whose one property is a placeholder such as
  ``localeCode`` is a map from any locale code (channel code, ...) to that property's schema;
- :func:`value_data_accepts_any`: a product value's ``data`` is whatever the attribute holds;
- :func:`responses_without_required`: ``required`` says what a write needs, not what a read
  returns, so reply schemas lose it (request bodies keep it);
- :func:`locale_and_scope_accept_null`: ``locale``, ``scope`` and ``channel`` are null for values
  that do not depend on them;
- :func:`conversion_units_accept_null`: a channel's conversion unit is null for "no conversion";
- :func:`quality_scores_are_a_list`: quality scores are a list of ``{scope, locale, data}``;
- :func:`transformation_operations_are_a_list`: an asset transformation has a list of operations;
- :func:`attribute_types_include_table`: the attribute type list misses ``pim_catalog_table``;
- :func:`example_items_under_items`: a list reply's example with its items under
  ``_embedded._items`` has them under ``_embedded.items``, as its schema (repaired by the
  upgrade) and the API say;
- :func:`list_examples_are_pages`: a list reply's example that is one item (family variants)
  is that item on a one-item page, the shape its schema and the API give;
- :func:`value_filters_are_lists`: the ``locales`` and ``attributes`` query parameters
  (keep only those values) take a list of codes, sent comma-separated;
- :func:`bodies_with_required_fields_are_required`: a body parameter left optional although
  its schema requires fields (creations, the token request) is required;
- :func:`collection_reads_like_batch_writes`: a collection whose PATCH takes a JSON array of
  items and whose GET is documented as one such item answers an array of them;
- :func:`links_to_own_host_are_relative`: example links to the document's own host (the demo
  PIM) become relative, so they point at whatever PIM the client talks to.

Each erratum that changed something is reported once, as a warning whose pointer is the
document root (the repaired places are many and the upgraded document has its own layout).
Dropping the ``required`` lists of replies and re-linking are readings of the dialect, not
repairs, and are not reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..diagnostics import escape_token
from ..dialects.akeneo import ATTRIBUTE_OPTION_WRITE_RATE, ATTRIBUTE_OPTION_WRITES
from .subschemas import JSONDict, children, walk_schemas

Warn = Callable[[str, str], None]

# Keys that do not change what a schema accepts, ignored when comparing schemas to definitions.
_NOTES = frozenset(
    {"description", "title", "example", "examples", "required", "$comment"}
)
_PLACEHOLDER = re.compile(r"[a-z][A-Za-z]*Code")
_NULLABLE_NAMES = frozenset({"locale", "scope", "channel"})
_ATTRIBUTE_TYPE_MARK = "pim_catalog_identifier"
_MISSING_ATTRIBUTE_TYPES = ("pim_catalog_table",)


def apply_akeneo_dialect(doc: JSONDict, *, host: str | None, warn: Warn) -> None:
    """Run every erratum, then :func:`relink_definitions`, on an upgraded Akeneo document.

    Args:
        doc: the upgraded OpenAPI 3.1 document; changed in place.
        host: the Swagger 2.0 ``host`` (example links to it become relative).
        warn: called as ``warn(pointer, message)`` once per erratum that changed something.
    """
    requests, replies, shared = _schema_roots(doc)
    everything = [*requests, *replies, *shared]
    node_errata: list[tuple[Callable[[JSONDict], bool], str]] = [
        (
            placeholder_keys_are_maps,
            "a lone property like 'localeCode' stands for any key",
        ),
        (value_data_accepts_any, "a product value's 'data' accepts any JSON value"),
        (locale_and_scope_accept_null, "'locale', 'scope' and 'channel' accept null"),
        (conversion_units_accept_null, "a channel's conversion units accept null"),
        (
            quality_scores_are_a_list,
            "'quality_scores' is a list of {scope, locale, data}",
        ),
        (
            transformation_operations_are_a_list,
            "a transformation's 'operations' is a list",
        ),
        (attribute_types_include_table, "attribute types include 'pim_catalog_table'"),
    ]
    for erratum, message in node_errata:
        changed = sum(
            erratum(node) for root in everything for node in walk_schemas(root)
        )
        if changed:
            warn("", f"Akeneo erratum: {message} ({changed} schema(s) repaired)")
    for name, count_of in (
        (
            "request bodies whose schema requires fields are required",
            bodies_with_required_fields_are_required,
        ),
        (
            "a collection read answers an array, like its batch write takes",
            collection_reads_like_batch_writes,
        ),
    ):
        changed = count_of(doc)
        if changed:
            warn("", f"Akeneo erratum: {name} ({changed})")
    for root in replies:
        responses_without_required(root)
    changed = example_items_under_items(doc)
    if changed:
        warn(
            "",
            f"Akeneo erratum: examples' '_embedded._items' read as '_embedded.items' ({changed})",
        )
    changed = value_filters_are_lists(doc)
    if changed:
        warn(
            "",
            f"Akeneo erratum: 'locales' and 'attributes' query parameters take lists of codes, sent comma-separated ({changed})",
        )
    changed = list_examples_are_pages(doc)
    if changed:
        warn(
            "",
            f"Akeneo erratum: list replies' examples that are one item put on a page ({changed})",
        )
    if host:
        changed = links_to_own_host_are_relative(doc, host)
        if changed:
            warn(
                "", f"Akeneo erratum: example links to {host} made relative ({changed})"
            )
    changed = attribute_option_writes_are_paced(doc)
    if changed:
        warn(
            "",
            f"Akeneo: attribute option writes paced at {ATTRIBUTE_OPTION_WRITE_RATE:g} requests/s ({changed} operation(s) given x-rate-limit)",
        )
    relink_definitions(doc)


def attribute_option_writes_are_paced(doc: JSONDict) -> int:
    """Give Akeneo's attribute option writes (:data:`ATTRIBUTE_OPTION_WRITES`, matched on the
    path's shape, whatever its placeholders are named) their ``x-rate-limit`` unless they
    have one; returns how many were changed."""
    shapes = {_shape(route) for route in ATTRIBUTE_OPTION_WRITES}
    changed = 0
    for path, method, op in _operations(doc):
        if _shape(f"{method.upper()} {path}") in shapes and "x-rate-limit" not in op:
            op["x-rate-limit"] = ATTRIBUTE_OPTION_WRITE_RATE
            changed += 1
    return changed


def _shape(route: str) -> str:
    return re.sub(r"\{[^}/]*\}", "{}", route)


def _schema_roots(
    doc: JSONDict,
) -> tuple[list[JSONDict], list[JSONDict], list[JSONDict]]:
    """Request body schemas, reply schemas and component schemas (the containers' dicts).

    Each root is the media type object (or the components' schema map) holding the schema, so
    that a schema can be replaced as a whole.
    """
    requests: list[JSONDict] = []
    replies: list[JSONDict] = []
    found = doc.get("components")
    components: JSONDict = found if isinstance(found, dict) else {}
    for body in _values(components.get("requestBodies")):
        requests.extend(_media_schemas(body))
    for response in _values(components.get("responses")):
        replies.extend(_media_schemas(response))
    for item in _values(doc.get("paths")):
        for op in _values(item):
            requests.extend(_media_schemas(op.get("requestBody")))
            for response in _values(op.get("responses")):
                replies.extend(_media_schemas(response))
    shared = _values(components.get("schemas"))
    return [m["schema"] for m in requests], [m["schema"] for m in replies], shared


def _values(node: Any) -> list[JSONDict]:
    return (
        [v for v in node.values() if isinstance(v, dict)]
        if isinstance(node, dict)
        else []
    )


def _media_schemas(holder: Any) -> list[JSONDict]:
    """The media type objects of a request body or response that have a schema."""
    if not isinstance(holder, dict):
        return []
    return [
        m for m in _values(holder.get("content")) if isinstance(m.get("schema"), dict)
    ]


def _types(schema: JSONDict) -> list[str]:
    kind = schema.get("type")
    return (
        [kind]
        if isinstance(kind, str)
        else [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []
    )


# -- errata on one schema node (each returns whether it changed the node) -------------------------


def placeholder_keys_are_maps(schema: JSONDict) -> bool:
    """An object whose only property is a placeholder (``localeCode``, ``channelCode``,
    ``associationTypeCode``...) is a map: any key, each value as that property says.

    Akeneo writes a map of labels per locale as ``properties: {localeCode: {type: string}}``.
    """
    props = schema.get("properties")
    if (
        not isinstance(props, dict)
        or len(props) != 1
        or "additionalProperties" in schema
    ):
        return False
    ((name, value),) = props.items()
    if not _PLACEHOLDER.fullmatch(name) or not isinstance(value, dict):
        return False
    del schema["properties"]
    schema.pop("required", None)
    schema["additionalProperties"] = value
    return True


def value_data_accepts_any(schema: JSONDict) -> bool:
    """A ``values`` map (attribute code -> list of ``{locale, scope, data}``): ``data`` is any JSON.

    Akeneo types ``data`` as an object, but it holds whatever the attribute holds: a string, a
    number, a boolean, a list of option codes, a list of prices, a metric object, null.
    """
    values = (schema.get("properties") or {}).get("values")
    if not isinstance(values, dict):
        return False
    entry = values.get("additionalProperties")
    item = entry.get("items") if isinstance(entry, dict) else None
    props = item.get("properties") if isinstance(item, dict) else None
    data = props.get("data") if isinstance(props, dict) else None
    if not isinstance(props, dict) or not isinstance(data, dict) or set(data) <= _NOTES:
        return False
    props["data"] = {k: v for k, v in data.items() if k in _NOTES}
    return True


def locale_and_scope_accept_null(schema: JSONDict) -> bool:
    """String properties ``locale``, ``scope`` and ``channel`` accept null.

    Akeneo sends null for a value (or a transformation's source and target) that does not
    depend on a locale or a channel; its schemas type them as plain strings.
    """
    props = schema.get("properties")
    changed = False
    if not isinstance(props, dict):
        return False
    for name in _NULLABLE_NAMES:
        prop = props.get(name)
        if isinstance(prop, dict) and _types(prop) == ["string"]:
            prop["type"] = ["string", "null"]
            if isinstance(prop.get("enum"), list) and None not in prop["enum"]:
                prop["enum"] = [*prop["enum"], None]
            changed = True
    return changed


def conversion_units_accept_null(schema: JSONDict) -> bool:
    """A channel's ``conversion_units`` map (attribute code -> unit code) accepts null values.

    Akeneo answers null for a metric attribute whose values are not converted.
    """
    props = schema.get("properties")
    units = props.get("conversion_units") if isinstance(props, dict) else None
    unit = units.get("additionalProperties") if isinstance(units, dict) else None
    if not isinstance(unit, dict) or _types(unit) != ["string"]:
        return False
    unit["type"] = ["string", "null"]
    return True


def quality_scores_are_a_list(schema: JSONDict) -> bool:
    """``quality_scores`` is a list of ``{scope, locale, data}`` (a letter grade), not an object.

    Akeneo types it as a bare object; its replies, and the examples beside that type, are lists.
    """
    props = schema.get("properties")
    scores = props.get("quality_scores") if isinstance(props, dict) else None
    if (
        not isinstance(props, dict)
        or not isinstance(scores, dict)
        or _types(scores) != ["object"]
        or "properties" in scores
    ):
        return False
    notes = {k: v for k, v in scores.items() if k in _NOTES or k.startswith("x-")}
    item = {
        "type": "object",
        "properties": {
            "scope": {"type": "string"},
            "locale": {"type": "string"},
            "data": {"type": "string"},
        },
    }
    props["quality_scores"] = {**notes, "type": "array", "items": item}
    return True


def transformation_operations_are_a_list(schema: JSONDict) -> bool:
    """An asset family transformation's ``operations`` is a list of ``{type, parameters}``.

    Akeneo types it as one such object; the API (and Akeneo's examples) use a list.
    """
    props = schema.get("properties")
    if not isinstance(props, dict) or not {"source", "target", "operations"} <= set(
        props
    ):
        return False
    ops = props["operations"]
    if (
        not isinstance(ops, dict)
        or _types(ops) != ["object"]
        or "properties" not in ops
    ):
        return False
    notes = {k: v for k, v in ops.items() if k in _NOTES or k.startswith("x-")}
    item = {k: v for k, v in ops.items() if k not in notes}
    props["operations"] = {**notes, "type": "array", "items": item}
    return True


def attribute_types_include_table(schema: JSONDict) -> bool:
    """The enum of product attribute types also lists ``pim_catalog_table`` (table attributes).

    Akeneo's list of attribute types predates table attributes, which its replies include.
    """
    enum = schema.get("enum")
    if not isinstance(enum, list) or _ATTRIBUTE_TYPE_MARK not in enum:
        return False
    missing = [t for t in _MISSING_ATTRIBUTE_TYPES if t not in enum]
    schema["enum"] = [*enum, *missing]
    return bool(missing)


def responses_without_required(schema: JSONDict) -> None:
    """Drop every ``required`` list from a reply schema (not through ``$ref``).

    In Akeneo's file ``required`` lists what a write needs; a read may leave those fields out
    (an asset attribute's ``media_type`` only comes with media link attributes).
    """
    for node in walk_schemas(schema):
        node.pop("required", None)


def _operations(doc: JSONDict) -> Iterator[tuple[str, str, JSONDict]]:
    for path, item in (doc.get("paths") or {}).items():
        if isinstance(item, dict):
            for method, op in item.items():
                if isinstance(op, dict) and method in (
                    "get",
                    "put",
                    "post",
                    "delete",
                    "patch",
                ):
                    yield path, method, op


def bodies_with_required_fields_are_required(doc: JSONDict) -> int:
    """A request body whose schema (or, for an array, whose items) lists required fields is
    itself required; returns how many bodies changed.

    Swagger 2.0 body parameters are optional unless marked; Akeneo leaves most creations (and
    the token request) unmarked, though they cannot be sent without their required fields.
    """
    count = 0
    for _, _, op in _operations(doc):
        body = op.get("requestBody")
        if not isinstance(body, dict) or body.get("required") is True or "$ref" in body:
            continue
        for media in _media_schemas(body):
            schema = media["schema"]
            items = schema.get("items") if _types(schema) == ["array"] else None
            target = items if isinstance(items, dict) else schema
            if isinstance(target.get("required"), list) and target["required"]:
                body["required"] = True
                count += 1
                break
    return count


def collection_reads_like_batch_writes(doc: JSONDict) -> int:
    """A GET whose 200 reply is documented as one object equal to the items of the same path's
    PATCH JSON array body answers an array of them; returns how many replies changed.

    Akeneo documents the list of measurement families (``GET /measurement-families``, one JSON
    array, no pages) with the schema of one family.
    """
    count = 0
    for item in _values(doc.get("paths")):
        get, patch = item.get("get"), item.get("patch")
        if not isinstance(get, dict) or not isinstance(patch, dict):
            continue
        body = patch.get("requestBody")
        medias = _media_schemas(body) if isinstance(body, dict) else []
        writes = [m["schema"] for m in medias if _types(m["schema"]) == ["array"]]
        if not writes or not isinstance(writes[0].get("items"), dict):
            continue
        one = json.dumps(_canonical(writes[0]["items"]), sort_keys=True)
        reply = (get.get("responses") or {}).get("200")
        for media in _media_schemas(reply):
            schema = media["schema"]
            if (
                _types(schema) == ["object"]
                and json.dumps(_canonical(schema), sort_keys=True) == one
            ):
                media["schema"] = {"type": "array", "items": schema}
                count += 1
    return count


def _reply_examples(doc: JSONDict) -> Iterator[tuple[JSONDict, str]]:
    """``(holder, key)`` of every reply example value in the operations."""
    for item in _values(doc.get("paths")):
        for op in _values(item):
            for response in _values(op.get("responses")):
                for media in _values(response.get("content")):
                    if "example" in media:
                        yield media, "example"
                    for example in _values(media.get("examples")):
                        if "value" in example:
                            yield example, "value"


def example_items_under_items(doc: JSONDict) -> int:
    """Reply examples with ``_embedded._items`` (and no ``items``) get them under ``items``.

    One list reply (asset-manager assets) documents its page under ``_embedded._items``; the
    API, like every other list, sends ``_embedded.items``, and the upgrade reads its schema so.
    """
    count = 0
    for holder, key in _reply_examples(doc):
        value = holder[key]
        embedded = value.get("_embedded") if isinstance(value, dict) else None
        if (
            isinstance(embedded, dict)
            and "_items" in embedded
            and "items" not in embedded
        ):
            holder[key] = {
                **value,
                "_embedded": {
                    ("items" if k == "_items" else k): v for k, v in embedded.items()
                },
            }
            count += 1
    return count


def _is_list_page(schema: Any, doc: JSONDict, depth: int = 0) -> bool:
    """Whether ``schema`` (through local ``$ref``s and ``allOf``) has ``_embedded.items``."""
    if not isinstance(schema, dict) or depth > 8:
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        components = doc.get("components")
        shared = components.get("schemas") if isinstance(components, dict) else None
        target = (
            shared.get(ref.rsplit("/", 1)[-1]) if isinstance(shared, dict) else None
        )
        return _is_list_page(target, doc, depth + 1)
    properties = schema.get("properties")
    embedded = properties.get("_embedded") if isinstance(properties, dict) else None
    inner = embedded.get("properties") if isinstance(embedded, dict) else None
    items = inner.get("items") if isinstance(inner, dict) else None
    if isinstance(items, dict) and "array" in _types(items):
        return True
    members = schema.get("allOf")
    return isinstance(members, list) and any(
        _is_list_page(m, doc, depth + 1) for m in members
    )


#: query parameters that take codes separated by commas (Akeneo: "filter on locales / attributes")
_CODE_LIST_PARAMETERS = frozenset({"locales", "attributes"})


def value_filters_are_lists(doc: JSONDict) -> int:
    """``locales`` and ``attributes`` query parameters typed as one string become lists of
    strings sent comma-separated (``style: form, explode: false``); returns how many.

    Akeneo types them as a string and reads it as a comma-separated list of codes."""
    count = 0
    found = doc.get("components")
    shared = found.get("parameters") if isinstance(found, dict) else None
    holders = [*_values(shared)]
    for item in _values(doc.get("paths")):
        holders += [p for p in item.get("parameters") or () if isinstance(p, dict)]
        for op in _values(item):
            holders += [p for p in op.get("parameters") or () if isinstance(p, dict)]
    for param in holders:
        schema = param.get("schema")
        if (
            param.get("in") == "query"
            and param.get("name") in _CODE_LIST_PARAMETERS
            and isinstance(schema, dict)
            and _types(schema) == ["string"]
            and "style" not in param
        ):
            param["schema"] = {"type": "array", "items": {"type": "string"}}
            param["style"], param["explode"] = "form", False
            count += 1
    return count


def list_examples_are_pages(doc: JSONDict) -> int:
    """A list reply's example that is one item becomes a page holding it; returns how many.

    The family variants list documents its 200 reply as a page of family variants and gives,
    as its example, one family variant; the API sends a page. An example already shaped as a
    page (it has ``_embedded``) is left alone.
    """
    count = 0
    for item in _values(doc.get("paths")):
        for op in _values(item):
            for response in _values(op.get("responses")):
                for media in _values(response.get("content")):
                    example = media.get("example")
                    if (
                        isinstance(example, dict)
                        and "_embedded" not in example
                        and _is_list_page(media.get("schema"), doc)
                    ):
                        media["example"] = {
                            "current_page": 1,
                            "_embedded": {"items": [example]},
                        }
                        count += 1
    return count


def links_to_own_host_are_relative(doc: JSONDict, host: str) -> int:
    """Example strings ``http(s)://<host>/...`` in replies become ``/...``; returns how many.

    The examples were taken from a demo PIM at the document's ``host``; a client follows
    ``_links`` only to its own PIM, so absolute links to the demo host are made relative.
    """
    pattern = re.compile(rf"^https?://{re.escape(host)}(?=/)", re.IGNORECASE)
    count = 0

    def fix(node: Any) -> Any:
        nonlocal count
        if isinstance(node, str):
            new = pattern.sub("", node)
            count += new != node
            return new
        if isinstance(node, list):
            return [fix(v) for v in node]
        if isinstance(node, dict):
            return {k: fix(v) for k, v in node.items()}
        return node

    for holder, key in _reply_examples(doc):
        holder[key] = fix(holder[key])
    return count


# -- re-linking ---------------------------------------------------------------------------------


def _canonical(schema: Any) -> Any:
    """``schema`` without the keys that do not change what it accepts (see ``_NOTES``)."""
    if isinstance(schema, dict):
        return {
            k: _canonical(v)
            for k, v in schema.items()
            if k not in _NOTES and not k.startswith("x-")
        }
    if isinstance(schema, list):
        return [_canonical(v) for v in schema]
    return schema


def _signature(schema: JSONDict) -> tuple[Any, ...] | None:
    """A cheap key that two equal object schemas share; None for schemas never re-linked."""
    props = schema.get("properties")
    parts = schema.get("allOf")
    if isinstance(props, dict) and props:
        return ("properties", tuple(sorted(props)))
    if isinstance(parts, list) and parts:
        return ("allOf", len(parts), tuple(sorted(schema)))
    return None


def relink_definitions(doc: JSONDict) -> int:
    """Inline object schemas equal to a component schema become ``$ref``s to it; returns how many.

    Akeneo's operations copy their ``definitions`` inline; re-linked, the models get the names
    Akeneo gave them instead of names derived from paths. Two schemas are equal when they accept
    the same documents: descriptions, titles, examples, ``x-`` keys and ``required`` lists are
    ignored (reply schemas lost theirs to :func:`responses_without_required`). Only bodies and
    replies of operations are searched, outermost schemas first; component schemas stay as they
    are. The first of several equal component schemas wins.
    """
    components = doc.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return 0
    known: dict[tuple[Any, ...], dict[str, str]] = {}
    for name, schema in schemas.items():
        sig = _signature(schema) if isinstance(schema, dict) else None
        if sig is not None:
            key = json.dumps(_canonical(schema), sort_keys=True)
            known.setdefault(sig, {}).setdefault(key, name)
    count = 0

    def target(schema: JSONDict) -> str | None:
        sig = _signature(schema)
        candidates = known.get(sig) if sig is not None else None
        if not candidates:
            return None
        return candidates.get(json.dumps(_canonical(schema), sort_keys=True))

    def visit(holder: Any, key: str | int) -> None:
        nonlocal count
        schema = holder[key]
        name = target(schema)
        if name is not None:
            holder[key] = {"$ref": f"#/components/schemas/{escape_token(name)}"}
            count += 1
            return
        for container, sub_key, _ in list(children(schema)):
            visit(container, sub_key)

    for item in _values(doc.get("paths")):
        for op in _values(item):
            holders = _media_schemas(op.get("requestBody"))
            for response in _values(op.get("responses")):
                holders.extend(_media_schemas(response))
            for media in holders:
                visit(media, "schema")
    return count
