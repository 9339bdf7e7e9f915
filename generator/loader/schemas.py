"""JSON Schema -> Python types and pydantic models (the models half of the IR).

Named component schemas that describe objects become model classes; inline objects become
models named after their parent and field (``FamilyVariantAttributeSets`` rather than a
path-concatenated name); arrays, maps, unions and scalars become annotations. Recursion is
handled by registering a model's name before converting its fields.

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

from ..diagnostics import Diagnostic, Level, escape_token, pointer_join, unescape_token
from ..ir import Field, Model, TypeRef
from .naming import class_name, snake_name, unreserved_class
from .read import resolve_pointer

MAX_NAME = 40
#: where a reference to a component schema points (the schema's name, escaped, follows)
SCHEMA_REF = "#/components/schemas/"

PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


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


def _model_ref(name: str) -> TypeRef:
    return TypeRef("model", name)


def optional(t: TypeRef) -> TypeRef:
    return _union([t, NONE])


def _literal(values: list[Any]) -> TypeRef:
    parts = tuple(dict.fromkeys(v for v in values if v is not None))
    lit = TypeRef("literal", values=parts) if parts else NONE
    if None in values:
        return optional(lit)
    return lit


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

    def __post_init__(self) -> None:
        # component schemas claim their class names first, in document order, so that which
        # schema keeps a name never depends on the order operations reach them
        for component in ((self.doc.get("components") or {}).get("schemas") or {}):
            self.component_class(str(component))

    # -- references ---------------------------------------------------------------------------
    def resolve(self, schema: dict[str, Any], _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` chains (local) to the schema they point at."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema if isinstance(schema, dict) else {}
        if ref in _seen:
            return {}
        try:
            node = resolve_pointer(self.doc, ref[1:])
        except KeyError:
            self.diagnostics.append(Diagnostic(Level.ERROR, ref[1:], f"$ref target not found: {ref}", self.file))
            return {}
        if not isinstance(node, dict):
            return {}
        return self.resolve(node, _seen | {ref})

    def flatten(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Resolve refs and merge ``allOf`` parts into one object schema (for inspection)."""
        schema = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in schema["allOf"]:
            flat = self.flatten(part)
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
        name = unreserved_class(name)
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

    # -- conversion -----------------------------------------------------------------------------
    def type_of(self, schema: Any, context: str, pointer: str) -> TypeRef:
        """The Python type of ``schema``; ``context`` names inline objects (PascalCase)."""
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
                return self.type_of(target, self.component_class(component), pointer_join("/components/schemas", component))
            return self.type_of(self.resolve(schema), context, ref[1:] if ref.startswith("#") else pointer)
        typ = schema.get("type")
        if isinstance(typ, list):
            # "null" is None whatever else the schema says (``items`` would make it a list)
            variants = [NONE if t == "null" else self.type_of({**schema, "type": t}, context, pointer) for t in typ]
            return _union(variants)
        if "const" in schema and (schema["const"] is None or isinstance(schema["const"], (str, int))):
            return _literal([schema["const"]])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            if all(v is None or isinstance(v, (str, int)) for v in schema["enum"]):
                return _literal(list(schema["enum"]))
            # floats, objects and arrays cannot be Literal members: keep the base type
            return self.type_of({k: v for k, v in schema.items() if k != "enum"}, context, pointer)
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
                types = [
                    self.type_of(opt, f"{context}Option{i + 1}" if not opt.get("$ref") else context, pointer_join(pointer, key, i))
                    for i, opt in enumerate(options)
                    if isinstance(opt, dict)
                ]
                return _union(types)
        if isinstance(schema.get("allOf"), list):
            parts = schema["allOf"]
            if len(parts) == 1 and not schema.get("properties"):
                return self.type_of(parts[0], context, pointer_join(pointer, "allOf", 0))
            return self._object_model(self.flatten(schema), context, pointer)
        if typ == "array" or "items" in schema:
            item = self.type_of(schema.get("items", {}), f"{context}Item", pointer_join(pointer, "items"))
            return TypeRef("list", args=(item,))
        if typ == "object" or "properties" in schema:
            if schema.get("properties"):
                return self._object_model(schema, context, pointer)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, f"{context}Value", pointer_join(pointer, "additionalProperties"))
                return TypeRef("dict", args=(value,))
            return TypeRef("dict", args=(ANY,))
        if typ == "string" and schema.get("format") == "binary":
            return TypeRef("binary")
        if isinstance(typ, str) and typ in PRIMITIVES:
            return TypeRef("primitive", PRIMITIVES[typ])
        return ANY

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
        name = self._claim(name, pointer)
        self._building.add(name)
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
                self.diagnostics.append(
                    Diagnostic(Level.WARNING, pointer_join(pointer, key, i), f"discriminator {prop!r} ignored: option {i + 1} is not an object whose tag value is known; a plain union is used", self.file)
                )
                return None
            picked.append((opt_type, values))
        self._building.discard(name)
        owner: dict[Any, int] = {}
        for i, (_, values) in enumerate(picked):
            for value in values:
                if owner.setdefault(value, i) != i:
                    self.diagnostics.append(
                        Diagnostic(Level.WARNING, pointer, f"discriminator {prop!r} ignored: options {owner[value] + 1} and {i + 1} share the tag value {value!r}; a plain union is used", self.file)
                    )
                    return None
        return self._alias(name, picked, prop, schema.get("description"), pointer, nullable)

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
        first = self.models.get(members[0].name)
        tag_field = next((f.python_name for f in (first.fields if first else ()) if f.json_name == prop), snake_name(prop, fallback="field"))
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
                fields.append(Field(python_name=snake_name(prop, fallback="field"), json_name=prop, type=literal, required=True, nullable=False))
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
        name = self._claim(name, pointer)
        if name not in self.models and name not in self._building:
            self._build_model(name, schema, pointer)
        return _model_ref(name)

    def _build_model(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        self._building.add(name)
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


_SECRET = re.compile(r"(^|_)(password|secret|token|api_key|apikey)($|_)", re.IGNORECASE)


def is_secret_name(name: str) -> bool:
    """Field names that hold credentials (``password``, ``client_secret``, ``access_token``)."""
    return bool(_SECRET.search(name)) and not name.lower().endswith(("_type", "expires_in"))
