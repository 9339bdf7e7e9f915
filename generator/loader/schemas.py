"""JSON Schema -> Python types and pydantic models (the models half of the IR).

Named component schemas that describe objects become model classes; inline objects become
models named after their parent and field (``FamilyVariantAttributeSets`` rather than a
path-concatenated name); arrays, maps, unions and scalars become annotations. Recursion is
handled by registering a model's name before converting its fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Diagnostic, Level, pointer_join
from ..ir import Field, Model, TypeRef
from .naming import class_name, enum_member_name, snake_name

MAX_NAME = 40

PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def _union(types: list[TypeRef]) -> TypeRef:
    seen: list[TypeRef] = []
    for t in types:
        parts = t.annotation.split(" | ") if t.kind == "union" else [t.annotation]
        for p in parts:
            if p not in [s.annotation for s in seen]:
                seen.append(TypeRef(t.kind if len(parts) == 1 else "primitive", p, t.models))
    if any(t.annotation == "Any" for t in seen):
        return ANY
    if len(seen) == 1:
        return seen[0]
    # keep None last
    ordered = [t for t in seen if t.annotation != "None"] + [t for t in seen if t.annotation == "None"]
    models = tuple(sorted({m for t in types for m in t.models}))
    return TypeRef("union", " | ".join(t.annotation for t in ordered), models)


ANY = TypeRef("any", "Any")


def optional(t: TypeRef) -> TypeRef:
    return _union([t, TypeRef("primitive", "None")])


def _literal(values: list[Any]) -> TypeRef:
    parts = [json.dumps(v) if isinstance(v, str) else repr(v) for v in values if v is not None]
    lit = TypeRef("literal", f"Literal[{', '.join(parts)}]") if parts else TypeRef("primitive", "None")
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

    # -- references ---------------------------------------------------------------------------
    def resolve(self, schema: dict[str, Any], _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` chains (local) to the schema they point at."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema if isinstance(schema, dict) else {}
        if ref in _seen:
            return {}
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                self.diagnostics.append(Diagnostic(Level.ERROR, ref[1:], f"$ref target not found: {ref}", self.file))
                return {}
            node = node[token]
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
        if len(name) > MAX_NAME:
            self.diagnostics.append(
                Diagnostic(Level.WARNING, pointer, f"model name {name!r} is longer than {MAX_NAME} characters; name it in naming.yaml", self.file)
            )
        owner = self._inline_sources.get(name)
        if owner is not None and owner != pointer:
            self.diagnostics.append(
                Diagnostic(
                    Level.ERROR,
                    pointer,
                    f"model name {name!r} is already used by {owner}; give one of them a name in naming.yaml (schemas)",
                    self.file,
                )
            )
        self._inline_sources[name] = pointer
        return name

    def component_class(self, component: str) -> str:
        if component not in self.component_names:
            pointer = pointer_join("/components/schemas", component)
            name = self.name_overrides.get(component) or self.name_overrides.get(pointer) or class_name(component)
            self.component_names[component] = self._claim(name, pointer)
        return self.component_names[component]

    # -- conversion -----------------------------------------------------------------------------
    def type_of(self, schema: Any, context: str, pointer: str) -> TypeRef:
        """The Python type of ``schema``; ``context`` names inline objects (PascalCase)."""
        if not isinstance(schema, dict) or schema is True:
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            prefix = "#/components/schemas/"
            if ref.startswith(prefix) and "/" not in ref[len(prefix):]:
                component = ref[len(prefix):].replace("~1", "/").replace("~0", "~")
                target = self.resolve(schema)
                if self._is_model_schema(target):
                    return self._component_model(component, target)
                return self.type_of(target, self.component_class(component), pointer_join("/components/schemas", component))
            return self.type_of(self.resolve(schema), context, ref[1:] if ref.startswith("#") else pointer)
        typ = schema.get("type")
        if isinstance(typ, list):
            variants = [self.type_of({**schema, "type": t}, context, pointer) for t in typ]
            return _union(variants)
        if "const" in schema:
            return _literal([schema["const"]])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return _literal(list(schema["enum"]))
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                types = [
                    self.type_of(opt, f"{context}Option{i + 1}" if not opt.get("$ref") else context, pointer_join(pointer, key, i))
                    for i, opt in enumerate(options)
                    if isinstance(opt, dict)
                ]
                base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
                if base.get("properties"):
                    return self._object_model(self.flatten(base), context, pointer)
                return _union(types)
        if isinstance(schema.get("allOf"), list):
            parts = schema["allOf"]
            if len(parts) == 1 and not schema.get("properties"):
                return self.type_of(parts[0], context, pointer_join(pointer, "allOf", 0))
            return self._object_model(self.flatten(schema), context, pointer)
        if typ == "array" or "items" in schema:
            item = self.type_of(schema.get("items", {}), f"{context}Item", pointer_join(pointer, "items"))
            return TypeRef("list", f"list[{item.annotation}]", item.models)
        if typ == "object" or "properties" in schema:
            if schema.get("properties"):
                return self._object_model(schema, context, pointer)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, f"{context}Value", pointer_join(pointer, "additionalProperties"))
                return TypeRef("dict", f"dict[str, {value.annotation}]", value.models)
            return TypeRef("dict", "dict[str, Any]")
        if typ == "string" and schema.get("format") == "binary":
            return TypeRef("binary", "bytes")
        if isinstance(typ, str) and typ in PRIMITIVES:
            return TypeRef("primitive", PRIMITIVES[typ])
        return ANY

    def _is_model_schema(self, schema: dict[str, Any]) -> bool:
        flat = self.flatten(schema)
        has_union = any(schema.get(k) for k in ("oneOf", "anyOf"))
        return bool(flat.get("properties")) and not has_union and not isinstance(flat.get("type"), list)

    def _component_model(self, component: str, schema: dict[str, Any]) -> TypeRef:
        name = self.component_class(component)
        if name not in self.models and name not in self._building:
            self._build_model(name, self.flatten(schema), pointer_join("/components/schemas", component))
        return TypeRef("model", name, (name,))

    def _object_model(self, schema: dict[str, Any], context: str, pointer: str) -> TypeRef:
        name = self.name_overrides.get(pointer) or context
        if name in self.models or name in self._building:
            if self._inline_sources.get(name) == pointer:
                return TypeRef("model", name, (name,))
        name = self._claim(name, pointer)
        if name not in self.models and name not in self._building:
            self._build_model(name, schema, pointer)
        return TypeRef("model", name, (name,))

    def _build_model(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        self._building.add(name)
        required = set(schema.get("required") or [])
        fields: list[Field] = []
        used_names: set[str] = set()
        for json_name, prop in (schema.get("properties") or {}).items():
            prop_pointer = pointer_join(pointer, "properties", json_name)
            py = snake_name(json_name, fallback="field")
            if py in used_names:
                self.diagnostics.append(
                    Diagnostic(Level.ERROR, prop_pointer, f"property {json_name!r} maps to the Python name {py!r}, already used in {name}", self.file)
                )
                continue
            used_names.add(py)
            resolved = self.resolve(prop) if isinstance(prop, dict) else {}
            ftype = self.type_of(prop, f"{name}{class_name(json_name, fallback='Field')}", prop_pointer)
            nullable = "None" in ftype.annotation.split(" | ")
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
        self._building.discard(name)


def enum_members(values: list[Any]) -> tuple[str, ...]:
    return tuple(enum_member_name(v) for v in values)
