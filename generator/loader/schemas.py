"""JSON Schema -> Python types and pydantic models (the models half of the IR).

Named component schemas that describe objects become model classes; inline objects become
models named after their parent and field (``FamilyVariantAttributeSets`` rather than a
path-concatenated name); arrays, maps, unions and scalars become annotations. Recursion is
handled by registering a model's name (and the pointer of the schema it is built from, which a
``$ref`` to an inline schema may name) before converting its fields. A schema that comes back to
itself through no object (``Json: oneOf: [string, array of Json]``) has no finite annotation:
the inner reference is ``Any``, with a warning.

``enum`` and ``const`` values that ``Literal`` can hold (strings, integers of 64 bits, booleans, null; 1 and
true are two values) become a ``Literal``; floats, objects and arrays keep the declared type, or,
with none, the ``Literal`` of the others and the types of these. A declared ``type`` decides
over keywords (``items`` does not make an object an array); a list of types is the union of
each type with the schema's other keywords. An ``allOf`` merges its parts' properties into one
model; one without properties (a string narrowed by a second part) is its parts' keywords
together.

A ``oneOf``/``anyOf`` with a ``discriminator`` whose options are all objects becomes a named
alias of a pydantic discriminated union (``Shape: TypeAlias = Annotated[Circle | Square,
Field(discriminator="kind")]``); each option's tag property is typed as the ``Literal`` of its
tag values (from ``mapping``, else the property's ``const``/``enum``, else the schema's name).
A base schema with a ``discriminator`` that other components extend through ``allOf`` is the
same union of those children. Any other union is a plain one (pydantic's smart mode).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote

from ..diagnostics import Diagnostic, Level, escape_token, pointer_join, unescape_token
from ..ir import Field, Model, TypeRef
from ..literals import json_value
from .naming import class_name, snake_name
from .read import resolve_pointer

MAX_NAME = 40


class TooDeep(Exception):
    """Schemas nest (through ``$ref``s) too deeply to convert: the pointer of the deepest."""

    def __init__(self, pointer: str) -> None:
        super().__init__(pointer)
        self.pointer = pointer
#: where a reference to a component schema points (the schema's name, escaped, follows)
SCHEMA_REF = "#/components/schemas/"

PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
#: string formats read as :mod:`datetime` classes (pydantic parses RFC 3339 text, keeping the
#: offset, and writes it back in the same form); ``time`` stays text (OpenAPI gives it no
#: standard meaning)
TEMPORAL_FORMATS = {"date-time": "datetime", "date": "date"}


NONE = TypeRef("primitive", "None")
ANY = TypeRef("any")


def _union(types: list[TypeRef]) -> TypeRef:
    """The union of ``types`` (nested unions flattened, duplicates dropped, None last); ``Any``
    when one of them is ``Any``."""
    members: list[TypeRef] = []
    for t in types:
        for member in t.args if t.kind == "union" else (t,):
            if member not in members:
                members.append(member)
    if any(t.kind == "any" for t in members):
        return ANY
    if len(members) == 1:
        return members[0]
    ordered = [t for t in members if not t.nullable] + [t for t in members if t.nullable]
    return TypeRef("union", args=tuple(ordered))


def _shared_tag(tags: list[list[Any]]) -> str | None:
    """Why the options' tag values cannot tell them apart (two share one), or None."""
    owner: dict[tuple[type, Any], int] = {}
    for i, values in enumerate(tags):
        for value in values:
            at = owner.setdefault((type(value), value), i)
            if at != i:
                return f"options {at + 1} and {i + 1} share the tag value {value!r}"
    return None


def _model_ref(name: str) -> TypeRef:
    return TypeRef("model", name)


def optional(t: TypeRef) -> TypeRef:
    return _union([t, NONE])


def _literal(values: list[Any]) -> TypeRef:
    # keyed by type too: ``1 == True`` in Python, but 1 and true are two JSON values
    parts = tuple({(type(v), v): v for v in values if v is not None}.values())
    lit = TypeRef("literal", values=parts) if parts else NONE
    if None in values:
        return optional(lit)
    return lit


#: the integers a type checker takes as ``Literal`` members (mypy: those of 64 bits, sign apart)
_LITERAL_INT_BOUND = 2**63


def _literal_value(value: Any) -> bool:
    """Whether ``value`` can be a ``Literal`` member (None stands for itself): str, bool, and
    int under :data:`_LITERAL_INT_BOUND` (a larger one keeps ``int``, as a float keeps ``float``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) < _LITERAL_INT_BOUND
    return value is None or isinstance(value, (str, bool))


def _json_type(value: Any) -> str:
    """The JSON Schema type of a JSON value (``json_value`` made it one)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "null" if value is None else "string"


@dataclass
class SchemaConverter:
    """Turns schemas into TypeRefs, collecting the Models they need."""

    doc: dict[str, Any]
    name_overrides: dict[str, str]
    diagnostics: list[Diagnostic]
    file: str | None = None
    models: dict[str, Model] = field(default_factory=dict)
    component_names: dict[str, str] = field(default_factory=dict)  #: component -> class name
    _building: set[str] = field(default_factory=set)
    _inline_sources: dict[str, str] = field(default_factory=dict)  #: class name -> pointer
    _tags: dict[str, dict[str, list[Any]]] = field(default_factory=dict)  #: model -> {tag property -> values}
    long_names: dict[str, str] = field(default_factory=dict)  #: names over MAX_NAME -> pointer
    _union_tags: dict[str, list[Any]] = field(default_factory=dict)  #: discriminated alias -> every tag value
    _children: dict[str, list[str]] | None = None  #: component -> components extending it via allOf
    _by_pointer: dict[str, str] = field(default_factory=dict)  #: schema pointer -> model built (or being built) from it
    _expanding: set[str] = field(default_factory=set)  #: referenced non-model schemas being expanded, since the last model
    _cut: set[str] = field(default_factory=set)  #: recursive non-model schemas already reported

    def __post_init__(self) -> None:
        # component schemas claim their class names first, in document order, so that which
        # schema keeps a name never depends on the order operations reach them
        for component in ((self.doc.get("components") or {}).get("schemas") or {}):
            self.component_class(str(component))

    # -- references ---------------------------------------------------------------------------
    def resolve(self, schema: dict[str, Any], _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` chains (local) to the schema they point at. A chain that comes back
        to where it went before (``A: {$ref: B}``, ``B: {$ref: A}``) leads to no schema: an
        error, at the first target met again."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema if isinstance(schema, dict) else {}
        if ref in _seen:
            diag = Diagnostic(Level.ERROR, unquote(ref[1:]), f"{ref} leads back to itself through $refs only", self.file)
            if diag not in self.diagnostics:
                self.diagnostics.append(diag)
            return {}
        try:
            node = resolve_pointer(self.doc, ref[1:])
        except KeyError:
            self.diagnostics.append(Diagnostic(Level.ERROR, ref[1:], f"$ref target not found: {ref}", self.file))
            return {}
        if not isinstance(node, dict):
            return {}
        return self.resolve(node, _seen | {ref})

    def flatten(self, schema: dict[str, Any], _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Resolve refs and merge ``allOf`` parts into one object schema (for inspection)."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str):
            if ref in _seen:  # a schema that is a part of itself adds nothing more
                return {}
            _seen |= {ref}
        schema = self.resolve(schema)
        if not isinstance(schema.get("allOf"), list):
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in schema["allOf"]:
            flat = self.flatten(part, _seen) if isinstance(part, dict) else {}
            props.update(flat.get("properties") or {})
            required += [r for r in flat.get("required") or [] if r not in required]
            for key in ("type", "additionalProperties", "description"):
                if key in flat and key not in merged:
                    merged[key] = flat[key]
        if props:
            merged["properties"] = props
            merged.setdefault("type", "object")
        if required:
            merged["required"] = required
        return merged

    # -- naming ---------------------------------------------------------------------------------
    def _claim(self, name: str, pointer: str) -> str:
        if len(name) > MAX_NAME and name not in self.long_names:
            self.long_names[name] = pointer
        owner = self._inline_sources.get(name)
        if owner is not None and owner != pointer:
            # the collision rule for models: the first schema (in document order) keeps the
            # name; the next ones get the lowest free numeric suffix
            taken = name
            n = 2
            while f"{taken}{n}" in self._inline_sources and self._inline_sources[f"{taken}{n}"] != pointer:
                n += 1
            name = f"{taken}{n}"
            self.diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    pointer,
                    f"model name {taken!r} is already used by {owner}: this schema's model is named {name!r} (a naming file entry chooses otherwise)",
                    self.file,
                )
            )
        self._inline_sources[name] = pointer
        return name

    def long_names_diagnostic(self) -> Diagnostic | None:
        """One warning for every model name longer than :data:`MAX_NAME` (at the first one)."""
        if not self.long_names:
            return None
        names = sorted(self.long_names, key=lambda n: (-len(n), n))
        shown = ", ".join(f"{n!r} ({self.long_names[n]})" for n in names[:3])
        more = f" and {len(names) - 3} more" if len(names) > 3 else ""
        first = next(iter(self.long_names.values()))
        return Diagnostic(Level.WARNING, first, f"{len(names)} model name(s) longer than {MAX_NAME} characters: {shown}{more}; a naming file (schemas) can shorten them", self.file)

    def component_class(self, component: str) -> str:
        if component not in self.component_names:
            pointer = pointer_join("/components/schemas", component)
            name = self.name_overrides.get(component) or self.name_overrides.get(pointer) or class_name(component)
            self.component_names[component] = self._claim(name, pointer)
        return self.component_names[component]

    def _built_from(self, name: str, pointer: str) -> bool:
        """Whether model ``name`` is already built (or being built) from the schema at ``pointer``."""
        return (name in self.models or name in self._building) and self._inline_sources.get(name) == pointer

    def _model_at(self, pointer: str) -> str | None:
        """The model built (or being built) from the schema at ``pointer``, whatever name it was
        reached under (a ``$ref`` to an inline schema, from inside that schema, ends there)."""
        name = self._by_pointer.get(pointer) if pointer else None
        return name if name is not None and (name in self.models or name in self._building) else None

    def _start(self, name: str, pointer: str) -> None:
        """Model ``name`` is being built from ``pointer``."""
        self._building.add(name)
        if pointer:
            self._by_pointer.setdefault(pointer, name)

    # -- conversion -----------------------------------------------------------------------------
    def type_of(self, schema: Any, context: str, pointer: str) -> TypeRef:
        """The Python type of ``schema``; ``context`` names inline objects (PascalCase).

        Raises :class:`TooDeep` (at the deepest schema reached) when schemas nest, through
        ``$ref``s, deeper than Python's stack allows (hundreds of levels)."""
        try:
            return self._type_of(schema, context, pointer)
        except RecursionError:
            raise TooDeep(pointer) from None

    def _type_of(self, schema: Any, context: str, pointer: str) -> TypeRef:
        if not isinstance(schema, dict) or schema is True:
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_REF) and "/" not in ref[len(SCHEMA_REF):]:
                component = unescape_token(ref[len(SCHEMA_REF):])
                target = self.resolve(schema)
                if self._is_model_schema(target):
                    poly = self._inherited_union(component, target)
                    if poly is not None:
                        return poly
                    return self._component_model(component, target)
                return self._expand(target, self.component_class(component), pointer_join("/components/schemas", component), pointer)
            return self._expand(self.resolve(schema), context, ref[1:] if ref.startswith("#") else pointer, pointer)
        typ = schema.get("type")
        if isinstance(typ, list):
            # "null" is None whatever else the schema says (``items`` would make it a list)
            variants = [NONE if t == "null" else self.type_of({**schema, "type": t}, context, pointer) for t in typ]
            return _union(variants) if variants else ANY
        values = [schema["const"]] if "const" in schema else schema.get("enum")
        if isinstance(values, list) and values:
            return self._enum_type([json_value(v) for v in values], schema, context, pointer)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
                if base.get("properties"):
                    return self._object_model(self.flatten(base), context, pointer)
                disc = schema.get("discriminator")
                if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
                    tagged = self._tagged_union(schema, key, disc, context, pointer)
                    if tagged is not None:
                        return tagged
                # an inline option is named apart from the others, unless the rest is null
                alone = sum(isinstance(o, dict) and self.resolve(o).get("type") != "null" for o in options) == 1
                types = [
                    self.type_of(opt, context if opt.get("$ref") or alone else f"{context}Option{i + 1}", pointer_join(pointer, key, i))
                    for i, opt in enumerate(options)
                    if isinstance(opt, dict)
                ]
                return _union(types)
        if isinstance(schema.get("allOf"), list):
            parts = schema["allOf"]
            if len(parts) == 1 and not schema.get("properties"):
                return self.type_of(parts[0], context, pointer_join(pointer, "allOf", 0))
            flat = self.flatten(schema)
            if not flat.get("properties"):
                # no properties to merge (a string narrowed by a second part, a map...): the
                # parts' keywords together
                return self.type_of(self._merged_keywords(schema), context, pointer)
            return self._object_model(flat, context, pointer)
        # a declared type decides; keywords tell the type only when none is declared
        untyped = not isinstance(typ, str)
        if typ == "array" or (untyped and "items" in schema):
            item = self.type_of(schema.get("items", {}), f"{context}Item", pointer_join(pointer, "items"))
            return TypeRef("list", args=(item,))
        if typ == "object" or (untyped and ("properties" in schema or "additionalProperties" in schema)):
            if schema.get("properties"):
                return self._object_model(schema, context, pointer)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, f"{context}Value", pointer_join(pointer, "additionalProperties"))
                return TypeRef("dict", args=(value,))
            return TypeRef("dict", args=(ANY,))
        if typ == "string" and schema.get("format") == "binary":
            return TypeRef("binary")
        if typ == "string" and schema.get("format") in TEMPORAL_FORMATS:
            return TypeRef("temporal", TEMPORAL_FORMATS[schema["format"]])
        if isinstance(typ, str) and typ in PRIMITIVES:
            return TypeRef("primitive", PRIMITIVES[typ])
        return ANY

    def _expand(self, target: dict[str, Any], context: str, target_pointer: str, pointer: str) -> TypeRef:
        """The type of the schema a reference leads to (one that is not a component model).

        A reference back to a schema being expanded, with no model in between (``Json: oneOf:
        [string, array of Json]``, an array of itself), has no finite annotation without a named
        recursive alias: the inner reference is ``Any``, with a warning. References reaching a
        model again end there (the model is registered before its fields are converted)."""
        if target_pointer in self._expanding:
            if target_pointer not in self._cut:
                self._cut.add(target_pointer)
                self.diagnostics.append(
                    Diagnostic(Level.WARNING, pointer, f"{target_pointer} refers to itself through no object schema: the inner reference is typed Any", self.file)
                )
            return ANY
        self._expanding.add(target_pointer)
        try:
            return self.type_of(target, context, target_pointer)
        finally:
            self._expanding.discard(target_pointer)

    def _enum_type(self, values: list[Any], schema: dict[str, Any], context: str, pointer: str) -> TypeRef:
        """An ``enum`` (or ``const``): the ``Literal`` of its values. Floats, objects and arrays
        cannot be ``Literal`` members: with them the declared type stays (``float``), or, with
        none declared, the ``Literal`` of the others and the types of these."""
        if all(_literal_value(v) for v in values):
            return _literal(values)
        rest = {k: v for k, v in schema.items() if k not in ("enum", "const")}
        if isinstance(schema.get("type"), str):
            return self.type_of(rest, context, pointer)
        others = dict.fromkeys(_json_type(v) for v in values if not _literal_value(v))
        literal = [_literal([v for v in values if _literal_value(v)])] if any(_literal_value(v) for v in values) else []
        return _union(literal + [self.type_of({**rest, "type": t}, context, pointer) for t in others])

    def _merged_keywords(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An ``allOf`` without properties as one schema: its own keywords, then each part's
        (the first part to say a keyword keeps it)."""
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or ():
            for key, value in self.flatten(part).items():
                merged.setdefault(key, value)
        return merged

    # -- discriminated unions -------------------------------------------------------------------
    def _tagged_union(self, schema: dict[str, Any], key: str, disc: dict[str, Any], context: str, pointer: str) -> TypeRef | None:
        """A named discriminated-union alias, or None (with a warning) when an option is not an
        object model whose tag values can be told."""
        prop = str(disc["propertyName"])
        name = self.name_overrides.get(pointer) or context
        if self._built_from(name, pointer):
            return _model_ref(name)
        options = [o for o in schema[key] if isinstance(o, dict)]
        nullable = any(self.resolve(o).get("type") == "null" for o in options)
        options = [o for o in options if self.resolve(o).get("type") != "null"]
        raw_mapping = disc.get("mapping")
        mapping: dict[str, Any] = raw_mapping if isinstance(raw_mapping, dict) else {}
        # what can be told before converting the options: a model (or a field of one, through
        # recursion) may refer to this union while it is built, so it must not fail after that
        early = [None if self._nested_union(o) else self._tag_values(o, o.get("$ref") if isinstance(o.get("$ref"), str) else None, prop, mapping) for o in options]
        unfit = next((i for i, o in enumerate(options) if not (self._nested_union(o) or (self._is_model_schema(self.resolve(o)) and early[i]))), None)
        if unfit is not None:
            self._untagged(prop, pointer_join(pointer, key, unfit), f"option {unfit + 1} is not an object whose tag value is known")
            return None
        shared = _shared_tag([v or [] for v in early])
        if shared is not None:
            self._untagged(prop, pointer, shared)
            return None
        name = self._claim(name, pointer)
        self._start(name, pointer)
        picked: list[tuple[TypeRef, list[Any]]] = []
        for i, opt in enumerate(options):
            ref = opt.get("$ref") if isinstance(opt.get("$ref"), str) else None
            opt_type = self.type_of(opt, context if ref else f"{context}Option{i + 1}", pointer_join(pointer, key, i))
            nested = self.models.get(opt_type.name) if opt_type.kind == "model" else None
            if nested is not None and nested.kind == "alias":  # a union itself: its members' tags
                values = list(self._union_tags.get(opt_type.name, ()))
            else:
                values = self._tag_values(opt, ref, prop, mapping)
            if opt_type.kind != "model" or opt_type.name not in {*self.models, *self._building} or not values:
                self._building.discard(name)
                self._untagged(prop, pointer_join(pointer, key, i), f"option {i + 1} is not an object whose tag value is known")
                return None
            picked.append((opt_type, values))
        self._building.discard(name)
        shared = _shared_tag([values for _, values in picked])
        if shared is not None:
            self._untagged(prop, pointer, shared)
            return None
        fields = {self._tag_field(t.name, prop) for t, _ in picked if (m := self.models.get(t.name)) is None or m.kind != "alias"}
        if len(fields) > 1:
            self._untagged(prop, pointer, f"the options name the tag field differently ({', '.join(sorted(fields))})")
            return None
        return self._alias(name, picked, prop, schema.get("description"), pointer, nullable)

    def _untagged(self, prop: str, pointer: str, why: str) -> None:
        """Report a discriminator left out (a plain union is used instead)."""
        self.diagnostics.append(Diagnostic(Level.WARNING, pointer, f"discriminator {prop!r} ignored: {why}; a plain union is used", self.file))

    def _nested_union(self, option: dict[str, Any]) -> bool:
        """Whether an option is itself a discriminated union (its members carry the tags)."""
        target = self.resolve(option)
        disc = target.get("discriminator")
        return isinstance(disc, dict) and isinstance(disc.get("propertyName"), str) and (
            any(isinstance(target.get(k), list) for k in ("oneOf", "anyOf")) or isinstance(option.get("$ref"), str)
        )

    def _tag_field(self, model: str, prop: str) -> str:
        """The Python name of model ``model``'s tag field ``prop`` (pydantic's discriminator)."""
        built = self.models.get(model)
        return next((f.python_name for f in (built.fields if built else ()) if f.json_name == prop), snake_name(prop, fallback="field"))

    def _alias(self, name: str, picked: list[tuple[TypeRef, list[Any]]], prop: str, description: Any, pointer: str, nullable: bool) -> TypeRef:
        for opt_type, values in picked:
            built = self.models.get(opt_type.name)
            if built is not None and built.kind == "alias":
                continue  # a nested union: its members carry their tags
            merged = self._tags.setdefault(opt_type.name, {}).setdefault(prop, [])
            merged += [v for v in values if v not in merged]
            self._apply_tags(opt_type.name)
        self._union_tags[name] = [v for _, values in picked for v in values]
        members = tuple(dict.fromkeys(t for t, _ in picked))
        deps = tuple(sorted({t.name for t in members}))
        # pydantic names the tag by its field name (the Python one), not by the wire name
        plain = [t for t in members if (m := self.models.get(t.name)) is None or m.kind != "alias"]
        tag_field = self._tag_field(plain[0].name, prop) if plain else snake_name(prop, fallback="field")
        self.models[name] = Model(
            class_name=name,
            kind="alias",
            module="",
            alias_of=TypeRef("discriminated", args=members, discriminator=tag_field),
            description=description if isinstance(description, str) else None,
            depends_on=deps,
            source_pointer=pointer,
        )
        ref = _model_ref(name)
        return optional(ref) if nullable else ref

    def _tag_values(self, option: dict[str, Any], ref: str | None, prop: str, mapping: dict[str, Any]) -> list[Any]:
        """Tag values of one option: the mapping's, else the property's const/enum, else (for a
        reference) the component's name."""
        if ref is not None:
            found = [k for k, v in mapping.items() if isinstance(v, str) and ref in (v, f"{SCHEMA_REF}{v}")]
            if found:
                return found
        tag_schema = self.resolve((self.flatten(option).get("properties") or {}).get(prop) or {})
        if "const" in tag_schema:
            return [tag_schema["const"]]
        if isinstance(tag_schema.get("enum"), list) and tag_schema["enum"]:
            return [v for v in tag_schema["enum"] if v is not None]
        if ref is not None and ref.startswith(SCHEMA_REF):
            return [unescape_token(ref[len(SCHEMA_REF):])]
        return []

    def _apply_tags(self, name: str) -> None:
        """Type an option's tag property as the Literal of its tag values (required)."""
        model = self.models.get(name)
        if model is None or name not in self._tags:
            return
        fields = list(model.fields)
        for prop, values in self._tags[name].items():
            literal = _literal(values)
            at = next((i for i, f in enumerate(fields) if f.json_name == prop), None)
            if at is None:
                py, used, n = snake_name(prop, fallback="field"), {f.python_name for f in fields}, 2
                while py in used:
                    py, n = f"{snake_name(prop, fallback='field')}_{n}", n + 1
                fields.append(Field(python_name=py, json_name=prop, type=literal, required=True, nullable=False))
            else:
                fields[at] = replace(fields[at], type=literal, required=True, nullable=False, default_repr=None)
        self.models[name] = replace(model, fields=tuple(fields))

    def _inherited_union(self, component: str, target: dict[str, Any]) -> TypeRef | None:
        """A base schema with a discriminator, extended by other components through allOf: the
        discriminated union of those children (None when it has none)."""
        disc = target.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return None
        raw_mapping = disc.get("mapping")
        mapping: dict[str, Any] = raw_mapping if isinstance(raw_mapping, dict) else {}
        own = SCHEMA_REF + escape_token(component)
        refs = [v if v.startswith("#") else SCHEMA_REF + v for v in mapping.values() if isinstance(v, str)]
        refs += [SCHEMA_REF + escape_token(c) for c in self._children_of().get(component, [])]
        refs = [r for r in dict.fromkeys(refs) if r != own]
        if not refs:
            return None
        name = self.component_class(component)
        pointer = pointer_join("/components/schemas", component)
        return self._tagged_union({"oneOf": [{"$ref": r} for r in refs], "description": target.get("description")}, "oneOf", disc, name, pointer)

    def _children_of(self) -> dict[str, list[str]]:
        if self._children is None:
            self._children = {}
            for child, sch in ((self.doc.get("components") or {}).get("schemas") or {}).items():
                for part in (sch.get("allOf") or []) if isinstance(sch, dict) else []:
                    ref = part.get("$ref") if isinstance(part, dict) else None
                    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                        parent = unescape_token(ref[len(SCHEMA_REF):])
                        self._children.setdefault(parent, []).append(str(child))
        return self._children

    def _is_model_schema(self, schema: dict[str, Any]) -> bool:
        flat = self.flatten(schema)
        has_union = any(schema.get(k) for k in ("oneOf", "anyOf"))
        return bool(flat.get("properties")) and not has_union and not isinstance(flat.get("type"), list)

    def _component_model(self, component: str, schema: dict[str, Any]) -> TypeRef:
        name = self.component_class(component)
        if name not in self.models and name not in self._building:
            self._build_model(name, self.flatten(schema), pointer_join("/components/schemas", component))
        return _model_ref(name)

    def _object_model(self, schema: dict[str, Any], context: str, pointer: str) -> TypeRef:
        name = self.name_overrides.get(pointer) or context
        if self._built_from(name, pointer):
            return _model_ref(name)
        built = self._model_at(pointer)
        if built is not None:
            return _model_ref(built)
        name = self._claim(name, pointer)
        if name not in self.models and name not in self._building:
            self._build_model(name, schema, pointer)
        return _model_ref(name)

    def _build_model(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        self._start(name, pointer)
        # a model ends any recursion through it: references inside start afresh
        expanding, self._expanding = self._expanding, set()
        required = set(schema.get("required") or [])
        fields: list[Field] = []
        used_names: set[str] = set()
        for json_name, prop in (schema.get("properties") or {}).items():
            prop_pointer = pointer_join(pointer, "properties", json_name)
            py = snake_name(json_name, fallback="field")
            if py in used_names:
                wanted, n = py, 2
                while f"{wanted}_{n}" in used_names:
                    n += 1
                py = f"{wanted}_{n}"
                self.diagnostics.append(
                    Diagnostic(Level.WARNING, prop_pointer, f"property {json_name!r} maps to the Python name {wanted!r}, already used in {name}: named {py!r}", self.file)
                )
            used_names.add(py)
            resolved = self.resolve(prop) if isinstance(prop, dict) else {}
            ftype = self.type_of(prop, f"{name}{class_name(json_name, fallback='Field')}", prop_pointer)
            nullable = ftype.nullable
            is_required = json_name in required
            if not is_required and not nullable:
                ftype = optional(ftype)
            desc = resolved.get("description") if isinstance(resolved, dict) else None
            if isinstance(prop, dict) and prop.get("description"):
                desc = prop["description"]
            fields.append(
                Field(
                    python_name=py,
                    json_name=str(json_name),
                    type=ftype,
                    required=is_required,
                    nullable=nullable,
                    description=desc if isinstance(desc, str) else None,
                    default_repr=None if is_required else "None",
                    deprecated=bool(resolved.get("deprecated")),
                    read_only=bool(resolved.get("readOnly")),
                    secret=is_secret_name(str(json_name)) or resolved.get("format") == "password",
                )
            )
        extra_setting = schema.get("additionalProperties", True)
        extra = "forbid" if extra_setting is False else "allow"
        deps = sorted({m for f in fields for m in f.type.models if m != name})
        self.models[name] = Model(
            class_name=name,
            kind="object",
            module="",
            fields=tuple(fields),
            extra=extra,
            description=schema.get("description") if isinstance(schema.get("description"), str) else None,
            depends_on=tuple(deps),
            source_pointer=pointer,
        )
        self._apply_tags(name)
        self._building.discard(name)
        self._expanding = expanding


_SECRET = re.compile(r"(^|_)(password|secret|token|api_key|apikey)($|_)", re.IGNORECASE)


def is_secret_name(name: str) -> bool:
    """Field names that hold credentials (``password``, ``client_secret``, ``access_token``)."""
    return bool(_SECRET.search(name)) and not name.lower().endswith(("_type", "expires_in"))
