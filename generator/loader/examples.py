"""Example values for parameters and bodies, taken from the spec or synthesized from schemas.

The generated endpoint tests call every method with these values, so they must be valid for
their schemas: spec examples first, then defaults and enums, then a value built from the type.
Values come back as JSON values: a YAML timestamp or ``!!binary`` taken from the spec is its
ISO 8601 or base64 text (:func:`generator.literals.json_value`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..diagnostics import unescape_token
from ..literals import json_value, key_text

Resolve = Callable[[dict[str, Any]], dict[str, Any]]

_MAX_DEPTH = 12  # recursion is cut by the $ref stack; this only bounds pathological nesting


def schema_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value) from ``example`` / ``examples`` / ``default`` / ``const`` / ``enum``, as
    the JSON value it stands for (a YAML date is its ISO text, bytes their base64 text)."""
    found, value = _spec_value(schema)
    return found, json_value(value) if found else None


def _spec_value(schema: dict[str, Any]) -> tuple[bool, Any]:
    """:func:`schema_example` before the value is made a JSON value."""
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if "const" in schema:
        return True, schema["const"]
    if "default" in schema and schema["default"] is not None:
        return True, schema["default"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        non_null = [e for e in enum if e is not None]
        return True, (non_null or enum)[0]
    return False, None


def _refs(schema: Any) -> set[str]:
    """The ``$ref`` targets a schema leads to directly, through ``items`` or a composition."""
    if not isinstance(schema, dict):
        return set()
    out = {schema["$ref"]} if isinstance(schema.get("$ref"), str) else set()
    out |= _refs(schema.get("items"))
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key) or ():
            out |= _refs(sub)
    return out


def _tagged(value: Any, option: dict[str, Any], discriminator: Any, resolve: Resolve) -> Any:
    """``value`` with its discriminator property set to the tag naming ``option``: the mapping's
    key for it, else the property's own enum/const value, else the schema's name."""
    if not isinstance(discriminator, dict) or not isinstance(value, dict):
        return value
    prop = discriminator.get("propertyName")
    ref = option.get("$ref")
    if not isinstance(prop, str) or not isinstance(ref, str):
        return value
    mapping = discriminator.get("mapping") or {}
    tag = next((key_text(key) for key, target in mapping.items() if _mapped_ref(target) == ref), None)
    if tag is None:
        found, fixed = schema_example(resolve(_property_schema(resolve(option), prop, resolve)))
        tag = fixed if found else ref.rsplit("/", 1)[-1]
    return {**value, prop: tag}


def _mapped_child(schema: dict[str, Any], stack: tuple[str, ...]) -> tuple[str, str] | None:
    """(tag, ref) of the first child a base schema's discriminator maps (polymorphism by
    ``allOf`` inheritance: the base alone is not a valid instance), unless being expanded."""
    disc = schema.get("discriminator")
    if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str) or schema.get("oneOf") or schema.get("anyOf"):
        return None
    for tag, target in (disc.get("mapping") or {}).items():
        ref = _mapped_ref(target)
        if ref is not None and ref not in stack:
            return key_text(tag), ref
    return None


def _inherited_tag(own_ref: str | None, schema: dict[str, Any], resolve: Resolve) -> tuple[str, str] | None:
    """A component extending (through ``allOf``) a base with a discriminator: the tag property
    and this component's tag value (its mapping key, else its name), which the generated model
    requires as a ``Literal``."""
    if own_ref is None:
        return None
    for part in schema.get("allOf") or ():
        ref = part.get("$ref") if isinstance(part, dict) else None
        disc = resolve(part).get("discriminator") if isinstance(ref, str) else None
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            mapping = disc.get("mapping") or {}
            tag = next((key_text(key) for key, target in mapping.items() if _mapped_ref(target) == own_ref), None)
            return disc["propertyName"], tag if tag is not None else unescape_token(own_ref.rsplit("/", 1)[-1])
    return None


def _mapped_ref(target: Any) -> str | None:
    """A discriminator mapping's value as a reference: a schema's bare name is a component's."""
    if not isinstance(target, str):
        return None
    return target if "#" in target or "/" in target else f"#/components/schemas/{target}"


def _property_schema(schema: dict[str, Any], prop: str, resolve: Resolve) -> dict[str, Any]:
    """The schema of ``prop`` in an object schema, looking into ``allOf`` parts."""
    props = schema.get("properties") or {}
    if isinstance(props.get(prop), dict):
        return dict(props[prop])
    for part in schema.get("allOf") or ():
        found = _property_schema(resolve(part), prop, resolve) if isinstance(part, dict) else {}
        if found:
            return found
    return {}


def _all_of_properties(schema: dict[str, Any], resolve: Resolve, seen: frozenset[str]) -> tuple[dict[str, Any], list[str]]:
    """The properties and required names of a schema and of its ``allOf`` parts, all together."""
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in [schema, *(schema.get("allOf") or ())]:
        if not isinstance(part, dict):
            continue
        ref = part.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                continue
            seen |= {ref}
        target = resolve(part)
        if target is not schema and target.get("allOf"):
            inner_props, inner_required = _all_of_properties(target, resolve, seen)
        else:
            inner_props, inner_required = dict(target.get("properties") or {}), list(target.get("required") or [])
        props.update(inner_props)
        required += [r for r in inner_required if isinstance(r, str) and r not in required]
    return props, required


def synthesize(schema: dict[str, Any], resolve: Resolve, *, name: str = "value", depth: int = 0, required_only: bool = True, stack: tuple[str, ...] = ()) -> Any:
    """A value valid for ``schema`` (required properties only, unless asked otherwise).

    ``stack`` holds the ``$ref`` targets being expanded: an optional property (or a nullable
    value) leading back to one of them is left out (or null), so recursive schemas such as a
    category with its parent and children end after one level instead of at the depth limit.
    """
    own_ref = schema.get("$ref") if isinstance(schema.get("$ref"), str) else None
    if own_ref is not None:
        stack = (*stack, own_ref)
    schema = resolve(schema)
    found, value = schema_example(schema)
    if found:
        return value
    if depth > _MAX_DEPTH:
        return None
    child = _mapped_child(schema, stack)
    if child is not None:
        tag, target = child
        value = synthesize({"$ref": target}, resolve, name=name, depth=depth + 1, required_only=required_only, stack=stack)
        return {**value, schema["discriminator"]["propertyName"]: tag} if isinstance(value, dict) else value
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            raw = [s for s in schema[key] if isinstance(s, dict)]
            non_null = [s for s in raw if resolve(s).get("type") != "null"] or raw
            if len(non_null) < len(raw) and _refs(non_null[0]) & set(stack):
                return None
            chosen = synthesize(non_null[0], resolve, name=name, depth=depth + 1, required_only=required_only, stack=stack)
            return _tagged(chosen, non_null[0], schema.get("discriminator"), resolve)
    if schema.get("allOf"):
        parts = [resolve(part) for part in schema["allOf"] if isinstance(part, dict)]
        if not any(p.get("properties") or p.get("type") == "object" or p.get("allOf") for p in parts):
            # no object to merge (a string narrowed by a second part): one schema of them all
            joined = {k: v for k, v in schema.items() if k != "allOf"}
            for p in parts:
                for key, value in p.items():
                    joined.setdefault(key, value)
            return synthesize(joined, resolve, name=name, depth=depth + 1, required_only=required_only, stack=stack)
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            part_value = synthesize(part, resolve, name=name, depth=depth + 1, required_only=required_only, stack=stack)
            if isinstance(part_value, dict):
                merged.update(part_value)
        # a part may require a property another part declares (``allOf: [{properties: {a}},
        # {required: [a]}]``): no part alone gives it a value
        every, needed = _all_of_properties(schema, resolve, frozenset())
        for prop in needed:
            sub = every.get(prop)
            # the last part's schema of a property wins (a ``const`` narrowing a base's string)
            narrowed = isinstance(sub, dict) and ("const" in resolve(sub) or "enum" in resolve(sub))
            if (prop not in merged or narrowed) and isinstance(sub, dict) and not resolve(sub).get("readOnly"):
                merged[prop] = synthesize(sub, resolve, name=prop, depth=depth + 1, required_only=required_only, stack=stack)
        inherited = _inherited_tag(own_ref, schema, resolve)
        if inherited is not None:
            merged[inherited[0]] = inherited[1]
        return merged
    typ = schema.get("type")
    if isinstance(typ, list):
        non_null_types = [t for t in typ if t != "null"]
        typ = non_null_types[0] if non_null_types else "null"
    if typ == "object" or "properties" in schema:
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            if prop not in required and (required_only or _refs(sub) & set(stack)):
                continue
            if not isinstance(sub, dict) or resolve(sub).get("readOnly"):
                continue
            out[prop] = synthesize(sub, resolve, name=prop, depth=depth + 1, required_only=required_only, stack=stack)
        return out
    if typ == "array":
        items = schema.get("items") or {}
        if not schema.get("minItems") and _refs(items) & set(stack):
            return []  # the items lead back to a schema being expanded (a node's children)
        count = max(int(schema.get("minItems") or 1), 1)
        return [synthesize(items, resolve, name=name, depth=depth + 1, required_only=required_only, stack=stack)] * count
    if typ == "integer":
        low = schema.get("minimum")
        return int(low) if isinstance(low, (int, float)) else 1
    if typ == "number":
        low = schema.get("minimum")
        return float(low) if isinstance(low, (int, float)) else 1.5
    if typ == "boolean":
        return True
    if typ == "null":
        return None
    if typ == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-01-15T10:30:00+00:00"
        if fmt == "date":
            return "2024-01-15"
        if fmt == "uuid":
            return "0a2d4b1c-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if fmt == "email":
            return "user@example.com"
        if fmt == "binary":
            return ""
        base = "".join(c if c.isalnum() else "_" for c in name).strip("_").lower() or "value"
        text = f"{base}_1"
        min_len = int(schema.get("minLength") or 0)
        max_len = schema.get("maxLength")
        if len(text) < min_len:
            text = text + "x" * (min_len - len(text))
        if isinstance(max_len, int) and len(text) > max_len:
            text = text[:max_len]
        return text
    return {}
