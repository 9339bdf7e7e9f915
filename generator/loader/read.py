"""Read a spec file (YAML or JSON) and bundle its relative-file ``$ref``s into one document.

Parsing uses ruamel.yaml's fast safe loader; line numbers are looked up lazily (with the
round-trip loader) only when a diagnostic needs one, so large specs load quickly.

Local ``$ref``s of the root document stay references (the builder resolves them, cycles
included). Every other ``$ref`` (into another file, or local to a file other than the root)
is brought into the root document:

- a target under ``components/<kind>/<name>`` is added to the root's components under the
  same name (a clash with different content is an error); each is visited once, so cycles
  through such components terminate;
- a target that leads back to itself while it is being inlined (directly or through other
  files: the first target of each cycle met, walking the document in order) is *hoisted*: it
  becomes a component of the root and every ``$ref`` to it a local ``$ref``. Its section
  follows what the ``$ref`` that first reached it stands for (``parameters`` under an
  operation's ``parameters``, ``responses`` under ``responses``, ...: ``schemas`` for schemas
  and anything not recognised; ``definitions``/``parameters``/``responses`` in Swagger 2.0).
  Its name is the fragment's last token (``apiAgent`` for ``models/agent.yml#/apiAgent``;
  the file's stem for a whole-file ``$ref``), made a valid component name; when that name is
  taken by different content, the file's stem is prefixed (``agent_apiAgent``), then a number
  appended (``apiAgent_2``, ...). Names are chosen once the whole document is bundled, in the
  order the targets were found, so the output is deterministic. A root component that is
  nothing but a ``$ref`` to a hoisted target becomes that target. A cycle through an object
  no components section can hold (an operation, a media type, a value that is not an object)
  is an error;
- anything else is inlined: the ``$ref`` is replaced by a copy of its target, whatever its
  type (a ``description: {$ref: text.yml#/intro}`` becomes the string).

A discriminator's ``mapping`` values that are references (not bare schema names) are
rewritten the same way, except that a target which would be inlined is hoisted (as a schema:
a mapping cannot name an inline copy). A schema's mapping is handled before its other
members, so its ``oneOf``/``anyOf`` ``$ref``s to the same targets become local ones too.

Errors carry the file and JSON pointer of the ``$ref``: a missing file or target, a remote
(``https://...``) ``$ref``, and a ``$ref`` to a file outside the root file's folder tree,
absolute (``/etc/passwd``) or relative (``../../secret.yaml``), symbolic links followed: such a
file is read only with ``allow_external_refs`` (``--allow-external-refs``). Within the tree,
relative ``$ref``s may go up (``../common/Error.yaml`` from ``spec/paths/pets.yaml``).

Every file read is bounded (:mod:`.limits`): its size, its nesting, its numbers' digits and
what its YAML aliases expand to; bundling is bounded the same way (inlined copies counted).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..diagnostics import Diagnostic, Level, SpecError, pointer_join, unescape_token
from .limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_NUMBER_DIGITS, ShapeError, check_shape

JSONDict = dict[str, Any]


class _TooBig(Exception):
    """A number of more digits than :data:`.limits.MAX_NUMBER_DIGITS` (and its line, when known)."""

    def __init__(self, digits: int, line: int | None) -> None:
        super().__init__(digits)
        self.digits = digits
        self.line = line


class _Constructor(SafeConstructor):
    """The safe constructor, bounded: the document is measured (depth, aliases expanded) before
    a value is made of it, and an integer too long to be a real bound is refused at its line."""

    def construct_document(self, node: Any) -> Any:
        check_shape(node, _node_children, (MappingNode, SequenceNode))
        return super().construct_document(node)

    def construct_yaml_int(self, node: Any) -> int:
        text = node.value if isinstance(node.value, str) else ""
        if len(text) > MAX_NUMBER_DIGITS:
            raise _TooBig(len(text.lstrip("+-").replace("_", "")), node.start_mark.line + 1)
        return super().construct_yaml_int(node)


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)


def _node_children(node: Any) -> list[tuple[Any, Any]]:
    """A YAML mapping's or sequence's members (key text or index, node)."""
    if isinstance(node, MappingNode):
        return [(k.value if isinstance(k, ScalarNode) else "?", v) for k, v in node.value]
    return list(enumerate(node.value))


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _TooBig(len(text.lstrip("-")), None)
    return int(text)


def _json_depth_line(text: str) -> int:
    """The line where a JSON text first nests deeper than :data:`.limits.MAX_DEPTH`."""
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, m.start()) + 1
        elif token in "]}":
            depth -= 1
    return 1


def _error(message: str, path: Path, line: int | None, pointer: str = "") -> SpecError:
    return SpecError([Diagnostic(Level.ERROR, pointer, message, str(path), line)])


def _too_long(exc: _TooBig, text: str, path: Path) -> SpecError:
    line = exc.line
    if line is None:  # (JSON: the first run of that many digits)
        m = re.search(rf"\d{{{exc.digits}}}", text)
        line = text.count("\n", 0, m.start()) + 1 if m else None
    return _error(f"a number of {exc.digits:,} digits (at most {MAX_NUMBER_DIGITS:,})", path, line)


def _parse_text(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        try:
            doc = json.loads(text, parse_int=_json_int)
        except json.JSONDecodeError as exc:
            raise _error(f"invalid JSON: {exc.msg}", path, exc.lineno) from None
        except _TooBig as exc:
            raise _too_long(exc, text, path) from None
        except RecursionError:
            raise _error(f"nested more than {MAX_DEPTH} levels deep", path, _json_depth_line(text)) from None
        # (JSON has no aliases: its depth and size are checked while it is bundled, which walks
        # every value anyway)
        return doc
    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _Constructor
    try:
        return yaml.load(text)
    except ShapeError as exc:
        line = exc.node.start_mark.line + 1 if isinstance(exc.node, Node) else None
        raise _error(exc.message, path, line, exc.pointer) from None
    except _TooBig as exc:
        raise _too_long(exc, text, path) from None
    except MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        problem = exc.problem or "invalid YAML"
        raise _error(f"invalid YAML: {problem}", path, line) from None
    except Exception as exc:  # ruamel raises several unrelated types for bad input
        raise _error(f"cannot parse: {exc}", path, None) from None


def read_file(path: Path) -> Any:
    """Parse one file; raise SpecError (with file and line) when it is unreadable, malformed, or
    over a limit (:mod:`.limits`)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(f"the file is {size:,} bytes (at most {MAX_FILE_BYTES:,})", path, None)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _error("file not found", path, None) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise _error(f"not UTF-8 text: byte 0x{exc.object[exc.start]:02x} at byte {exc.start}", path, line) from None
    except OSError as exc:
        raise _error(f"cannot read: {exc}", path, None) from None
    return _parse_text(text, path)


@lru_cache(maxsize=8)
def _rt_tree(path: Path, mtime_ns: int, size: int) -> Any:
    """The round-trip tree (with line marks); cached per file version (mtime and size)."""
    y = YAML(typ="rt")
    try:
        return y.load(path.read_text(encoding="utf-8"))
    except Exception:
        return None


def line_of(path: Path, pointer: str) -> int | None:
    """1-based line of the node at ``pointer`` in ``path`` (the nearest existing ancestor)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    tree = _rt_tree(path, stat.st_mtime_ns, stat.st_size)
    if tree is None:
        return None
    node = tree
    line: int | None = 1
    for token in pointer.split("/")[1:]:
        key = unescape_token(token)
        lc = getattr(node, "lc", None)
        if isinstance(node, dict) and key in node:
            if lc is not None:
                with contextlib.suppress(KeyError, TypeError):
                    line = lc.key(key)[0] + 1
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            if lc is not None:
                with contextlib.suppress(KeyError, TypeError, IndexError):
                    line = lc.item(int(key))[0] + 1
            node = node[int(key)]
        else:
            break
    return line


def resolve_pointer(doc: Any, pointer: str) -> Any:
    """Follow a JSON pointer (``/a/b~1c``); raise KeyError when it leads nowhere."""
    node = doc
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = unescape_token(unquote(raw))
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


_COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)

# What a node is, from where it sits: the kind of OpenAPI object expected at each position.
# "*kind" is a map or list whose members are all of that kind; "value" is anything else
# (extensions, examples, unknown keys), whose members are values too.
_SCHEMA_CHILDREN = {
    **dict.fromkeys(("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"), "*schema"),
    **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems"), "*schema"),
    **dict.fromkeys(
        (
            "items",
            "additionalProperties",
            "additionalItems",
            "unevaluatedItems",
            "unevaluatedProperties",
            "not",
            "contains",
            "if",
            "then",
            "else",
            "propertyNames",
        ),
        "schema",
    ),
}
_PARAMETER_CHILDREN = {"schema": "schema", "content": "*mediaType", "examples": "*example"}
#: the operations of an OpenAPI 3 path item, as its keys spell them
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CHILDREN: dict[str, dict[str, str]] = {
    "document": {
        "paths": "paths",
        "webhooks": "*pathItem",
        "components": "components",
        # Swagger 2.0's reusable parts
        "definitions": "*schema",
        "parameters": "*parameter",
        "responses": "*response",
    },
    "components": {
        "schemas": "*schema",
        "parameters": "*parameter",
        "responses": "*response",
        "requestBodies": "*requestBody",
        "headers": "*header",
        "examples": "*example",
        "securitySchemes": "*securityScheme",
        "links": "*link",
        "callbacks": "*callback",
        "pathItems": "*pathItem",
    },
    "pathItem": {"parameters": "*parameter", **dict.fromkeys(HTTP_METHODS, "operation")},
    "operation": {
        "parameters": "*parameter",
        "requestBody": "requestBody",
        "responses": "responses",
        "callbacks": "*callback",
    },
    "response": {"headers": "*header", "content": "*mediaType", "links": "*link", "schema": "schema"},
    "parameter": _PARAMETER_CHILDREN,
    "header": _PARAMETER_CHILDREN,
    "requestBody": {"content": "*mediaType"},
    "mediaType": {"schema": "schema", "examples": "*example", "encoding": "*encoding"},
    "encoding": {"headers": "*header"},
    "schema": _SCHEMA_CHILDREN,
}
# maps whose every non-extension key is an object of one kind
_ANY_KEY = {"paths": "pathItem", "responses": "response", "callback": "pathItem"}
# the components section that holds each kind; other known kinds (operation, mediaType, ...)
# have none, and an unknown "value" goes to schemas
_SECTION_OF = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "securityScheme": "securitySchemes",
    "link": "links",
    "callback": "callbacks",
    "pathItem": "pathItems",
    "value": "schemas",
}
_SWAGGER2_SECTIONS = {"schemas": ("definitions",), "parameters": ("parameters",), "responses": ("responses",)}


def _child_context(context: str, key: object) -> str:
    """What the member ``key`` of a mapping found in ``context`` is (YAML keys may be numbers)."""
    if context.startswith("*"):
        return context[1:]
    if context in _ANY_KEY:
        return "value" if isinstance(key, str) and key.startswith("x-") else _ANY_KEY[context]
    return _CHILDREN.get(context, {}).get(key, "value") if isinstance(key, str) else "value"


def _join(pointer: str, key: str | int) -> str:
    """:func:`pointer_join` for one token, quicker for the common token that needs no escape."""
    if isinstance(key, str) and ("~" in key or "/" in key):
        return pointer_join(pointer, key)
    return f"{pointer}/{key}"


def _item_context(context: str) -> str:
    """What the items of a list found in ``context`` are."""
    if context.startswith("*"):
        return context[1:]
    return "schema" if context == "schema" else "value"  # (``items: [...]``: a list of schemas)


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _component_name(text: str) -> str:
    """``text`` made a valid component name (``^[A-Za-z0-9._-]+$``); may be empty."""
    return _UNSAFE_NAME.sub("_", text).strip("_")


@dataclass(eq=False)
class _Hoist:
    """A target moved into the root's components (one that refers back to itself, or that a
    discriminator's ``mapping`` names).

    Its name is chosen once the whole document is bundled (so it can avoid every other name);
    until then, the references to it (``refs``: the mapping holding each, and its key) hold a
    placeholder.
    """

    ref: str  # a $ref to it, as written (for diagnostics)
    file: Path
    fragment: str
    section: tuple[str, ...]  # where it goes: ("components", "schemas"), or ("definitions",) in 2.0
    placeholder: str
    content: Any = None
    refs: list[tuple[JSONDict, str]] = field(default_factory=list)
    slot: str | None = None  # a root component that is nothing but a $ref to it: its home
    slot_node: JSONDict | None = None

    def names(self) -> Iterator[str]:
        """Candidate names, best first: the fragment's last token (or the file's stem), then
        qualified by the file's stem, then numbered."""
        stem = _component_name(self.file.stem) or "Component"
        tokens = [t for t in self.fragment.split("/") if t]
        name = _component_name(unescape_token(unquote(tokens[-1]))) if tokens else ""
        name = name or stem
        yield name
        if name != stem:
            yield f"{stem}_{name}"
        for n in itertools.count(2):
            yield f"{name}_{n}"

    def point_at(self, name: str) -> None:
        """Make every reference to it a local reference to ``name`` in its section."""
        local = "#" + pointer_join("", *self.section, name)
        for holder, key in self.refs:
            holder[key] = local

    def refers_only_to_itself(self) -> bool:
        """Whether the content is nothing but a $ref to itself (``A: {$ref: '#/A'}``)."""
        return any(holder is self.content for holder, _ in self.refs)


@dataclass(eq=False)
class _Frame:
    """A target being inlined (on the bundler's stack)."""

    context: str  # what the $ref that brought it stands for
    target: Any
    hoist: _Hoist | None = None


@dataclass(frozen=True)
class _Inline:
    """A $ref replaced by its (bundled) target value."""

    value: Any


def _is_mapping_reference(value: object) -> bool:
    """Whether a discriminator ``mapping`` value is a reference (not a bare schema name)."""
    return isinstance(value, str) and ("#" in value or "/" in value or value.endswith((".yaml", ".yml", ".json")))


class _OverBudget(Exception):
    """Bundling went past a limit (:mod:`.limits`): what, in which file and where."""

    def __init__(self, message: str, file: Path, pointer: str) -> None:
        super().__init__(message)
        self.message, self.file, self.pointer = message, file, pointer


@dataclass
class _Bundler:
    root_path: Path
    root: JSONDict
    allow_external: bool = False
    values: int = 0  # the values bundled so far (inlined copies counted)
    depth: int = 0  # how deep the value being bundled sits in the bundled document
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: dict[Path, Any] = field(default_factory=dict)
    done: dict[tuple[Path, str], str | _Hoist] = field(default_factory=dict)
    inlining: dict[tuple[Path, str], _Frame] = field(default_factory=dict)
    hoists: list[_Hoist] = field(default_factory=list)
    located: dict[tuple[Path, str], Path | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root_dir = self.root_path.parent
        version = self.root.get("openapi")
        self.swagger2 = "swagger" in self.root and not isinstance(version, str)
        self.path_item_components = isinstance(version, str) and not version.startswith("3.0")

    def load(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path] = read_file(path)
        return self.files[path]

    def locate(self, base: Path, file_part: str) -> Path | None:
        """The file a $ref's file part names (absolute, or relative to ``base``); None for one
        outside the root's folder tree (symbolic links followed), unless ``allow_external``."""
        key = (base, file_part)
        if key not in self.located:
            target = (base.parent / Path(unquote(file_part))).resolve()
            inside = self.allow_external or target.is_relative_to(self.root_dir)
            self.located[key] = target if inside else None
        return self.located[key]

    def section(self, context: str) -> tuple[str, ...] | None:
        """Where a hoisted target standing for ``context`` goes (None: nowhere can hold it)."""
        kind = _SECTION_OF.get(context)
        if kind is None:
            return None
        if self.swagger2:
            return _SWAGGER2_SECTIONS.get(kind)
        if kind == "pathItems" and not self.path_item_components:
            return None  # (OpenAPI 3.0 has no components/pathItems)
        return ("components", kind)

    def bundle(self, node: Any, base: Path, pointer: str, context: str = "document") -> Any:
        """Rewrite external refs inside ``node`` (which lives in file ``base``, at ``pointer``,
        and stands for an object of kind ``context``). Returns a new tree (shares only scalars)."""
        if not isinstance(node, (dict, list)):
            return node
        self.values += len(node) + 1
        if self.values > MAX_NODES:
            raise _OverBudget(f"the document holds more than {MAX_NODES:,} values, with what its $refs to other files inline", base, pointer)
        if self.depth >= MAX_DEPTH:
            raise _OverBudget(f"nested more than {MAX_DEPTH} levels deep, with what the $refs to other files inline", base, pointer)
        self.depth += 1
        try:
            return self._bundle(node, base, pointer, context)
        finally:
            self.depth -= 1

    def _bundle(self, node: JSONDict | list[Any], base: Path, pointer: str, context: str) -> Any:
        if isinstance(node, list):
            item = _item_context(context)
            return [self.bundle(v, base, _join(pointer, i), item) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            new_ref = self.rewrite(ref, base, pointer, context)
            if isinstance(new_ref, _Inline):
                return new_ref.value
            rest = {
                k: self.bundle(v, base, _join(pointer, k), _child_context(context, k))
                for k, v in node.items()
                if k != "$ref"
            }
            if isinstance(new_ref, str):
                return {"$ref": new_ref, **rest}
            out = {"$ref": new_ref.placeholder, **rest}
            new_ref.refs.append((out, "$ref"))
            if not rest and new_ref.slot is None and base == self.root_path:
                *where, name = [unescape_token(t) for t in pointer.split("/")[1:]] or [""]
                if tuple(where) == new_ref.section:
                    new_ref.slot, new_ref.slot_node = name, out
            return out
        mapping = self.mapping(node.get("discriminator"), base, pointer) if context in ("schema", "value") else None
        # a snapshot: bundling may add components to the root document while it is walked
        out = {}
        for k, v in list(node.items()):
            if k == "discriminator" and mapping is not None:
                at = _join(pointer, k)
                out[k] = {
                    dk: mapping if dk == "mapping" else self.bundle(dv, base, _join(at, dk), "value")
                    for dk, dv in v.items()
                }
            else:
                out[k] = self.bundle(v, base, _join(pointer, k), _child_context(context, k))
        return out

    def mapping(self, disc: Any, base: Path, pointer: str) -> JSONDict | None:
        """A discriminator's ``mapping`` with its references made local (their targets hoisted),
        or None when there is none. Done before the schema's ``oneOf``/``anyOf`` are walked, so
        their $refs to the same targets become $refs to the components too."""
        mapping = disc.get("mapping") if isinstance(disc, dict) else None
        if not isinstance(mapping, dict):
            return None
        at = _join(_join(pointer, "discriminator"), "mapping")
        out: JSONDict = {}
        for tag, value in mapping.items():
            out[tag] = value
            if _is_mapping_reference(value):
                new = self.rewrite(value, base, _join(at, tag), "schema", hoist=True)
                if isinstance(new, str):
                    out[tag] = new
                elif isinstance(new, _Hoist):
                    out[tag] = new.placeholder
                    new.refs.append((out, tag))
        return out

    def rewrite(self, ref: str, base: Path, pointer: str, context: str, *, hoist: bool = False) -> str | _Hoist | _Inline:
        """What the $ref ``ref`` (in ``base`` at ``pointer``) becomes: a $ref string, a target
        hoisted into the root's components, or the target's value itself (never with ``hoist``:
        a target that would be inlined is hoisted instead)."""
        file_part, _, frag = ref.partition("#")
        if not file_part:
            if base == self.root_path:
                return ref
            target_file = base
        else:
            if "://" in file_part:
                self.diagnostics.append(
                    Diagnostic(Level.ERROR, pointer, f"remote $ref not supported: {ref}", str(base))
                )
                return ref
            located = self.locate(base, file_part)
            if located is None:
                self.diagnostics.append(
                    Diagnostic(
                        Level.ERROR,
                        pointer,
                        f"$ref {ref} points outside the spec's folder ({self.root_dir}); --allow-external-refs reads it",
                        str(base),
                    )
                )
                return ref
            target_file = located
            if target_file == self.root_path:
                return f"#{frag}"  # back into the root document: a local reference
        key = (target_file, frag)
        known = self.done.get(key)
        if known is not None:
            return known
        frame = self.inlining.get(key)
        if frame is not None:
            return self.recursion(frame, key, ref, base, pointer)
        try:
            doc = self.load(target_file)
            target = resolve_pointer(doc, frag)
        except SpecError as exc:
            for problem in exc.diagnostics:
                if problem.line is None:  # missing or unreadable: say so where the $ref is written
                    problem = Diagnostic(Level.ERROR, pointer, f"$ref {ref}: {problem.message}", str(base))  # noqa: PLW2901
                self.diagnostics.append(problem)
            return ref
        except KeyError:
            self.diagnostics.append(
                Diagnostic(Level.ERROR, pointer, f"$ref target not found: {ref}", str(base))
            )
            return ref
        parts = frag.lstrip("/").split("/")
        if len(parts) == 3 and parts[0] == "components" and parts[1] in _COMPONENT_KINDS:
            kind, name = parts[1], unescape_token(parts[2])
            local = f"#/components/{kind}/{parts[2]}"
            self.done[key] = local
            bucket = self.root.setdefault("components", {}).setdefault(kind, {})
            bundled = self.bundle(target, target_file, frag, _CHILDREN["components"][kind][1:])
            if name in bucket and bucket[name] != bundled:
                self.diagnostics.append(
                    Diagnostic(
                        Level.ERROR,
                        pointer,
                        f"$ref {ref} brings component {kind}/{name}, which clashes with another of that name",
                        str(base),
                    )
                )
            else:
                bucket[name] = bundled
            return local
        # Anything else: inline a copy, unless it turns out to refer back to itself.
        frame = _Frame(context, target)
        if hoist:
            if not isinstance(target, dict):
                self.diagnostics.append(
                    Diagnostic(Level.ERROR, pointer, f"{ref} must point at a schema object", str(base))
                )
                return ref
            self.recursion(frame, key, ref, base, pointer)
        self.inlining[key] = frame
        inlined = self.bundle(target, target_file, frag, context)
        del self.inlining[key]
        if frame.hoist is None:
            return _Inline(inlined)
        frame.hoist.content = inlined
        self.done[key] = frame.hoist
        return frame.hoist

    def recursion(self, frame: _Frame, key: tuple[Path, str], ref: str, base: Path, pointer: str) -> str | _Hoist:
        """``ref`` leads to a target still being inlined (or to be hoisted): hoist that target."""
        if frame.hoist is not None:
            return frame.hoist
        section = self.section(frame.context)
        if section is None or not isinstance(frame.target, dict):
            article = "an" if frame.context[0] in "aeiou" else "a"
            what = (
                f"{article} {frame.context} object, which no components section can hold"
                if section is None
                else "a value that is not an object, which cannot become a component"
            )
            self.diagnostics.append(
                Diagnostic(Level.ERROR, pointer, f"$ref {ref} leads back to itself through {what}", str(base))
            )
            return ref
        target_file, frag = key
        frame.hoist = _Hoist(ref, target_file, frag, section, f"#/\0hoisted/{len(self.hoists)}")
        self.hoists.append(frame.hoist)
        return frame.hoist

    def place_hoisted(self, doc: JSONDict) -> None:
        """Add the hoisted targets to ``doc``'s components, in the order they were found, and
        point their references at them."""
        for hoist in self.hoists:
            bucket: Any = doc
            for token in hoist.section:
                bucket = bucket.setdefault(token, {}) if isinstance(bucket, dict) else None
            if not isinstance(bucket, dict):
                self.diagnostics.append(
                    Diagnostic(
                        Level.ERROR,
                        pointer_join("", *hoist.section),
                        f"not a mapping, so $ref {hoist.ref} cannot be added to it",
                        str(self.root_path),
                    )
                )
                continue
            if hoist.refers_only_to_itself():
                self.diagnostics.append(
                    Diagnostic(
                        Level.ERROR,
                        hoist.fragment,
                        f"{hoist.file.name}#{hoist.fragment} leads back to itself through $refs only",
                        str(hoist.file),
                    )
                )
                hoist.point_at(next(hoist.names()))
            elif hoist.slot is not None and bucket.get(hoist.slot) is hoist.slot_node:
                hoist.point_at(hoist.slot)
                bucket[hoist.slot] = hoist.content
            else:
                # the first free name, or one already holding the same content (its $refs to
                # itself included, so they are pointed at each candidate before comparing)
                for name in hoist.names():
                    hoist.point_at(name)
                    if name not in bucket or bucket[name] == hoist.content:
                        bucket.setdefault(name, hoist.content)
                        break


def dangling_refs(doc: Any, file: str | None) -> list[Diagnostic]:
    """An error for each local ``$ref`` (or discriminator ``mapping`` reference) that leads
    nowhere, at its own location; and for each ``$ref`` that is not a string (nor a schema: a
    property may be named ``$ref``)."""
    out: list[Diagnostic] = []

    def check(ref: str, pointer: str) -> None:
        try:
            resolve_pointer(doc, ref[1:])
        except KeyError:
            out.append(Diagnostic(Level.ERROR, pointer, f"$ref target not found: {ref}", file))

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, pointer_join(pointer, i))
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                check(ref, pointer)
            elif "$ref" in node and not isinstance(ref, (str, dict, bool)):
                # (a mapping or a boolean is the schema of a property named "$ref")
                out.append(Diagnostic(Level.ERROR, pointer_join(pointer, "$ref"), "$ref must be a string (a URI reference)", file))
                return  # (what else is wrong with it follows from that)
            disc = node.get("discriminator")
            mapping = disc.get("mapping") if isinstance(disc, dict) else None
            if isinstance(mapping, dict):
                for tag, target in mapping.items():
                    if isinstance(target, str) and target.startswith("#"):
                        check(target, pointer_join(pointer, "discriminator", "mapping", tag))
            for k, v in node.items():
                walk(v, pointer_join(pointer, k))

    walk(doc, "")
    return out


def load_document(path: Path, *, allow_external_refs: bool = False) -> tuple[JSONDict, list[Diagnostic]]:
    """Parse the root file and bundle external refs; diagnostics carry file and pointer.

    ``allow_external_refs``: read the files ``$ref``s name outside the root file's folder tree
    (otherwise each such ``$ref`` is an error).
    """
    doc, diagnostics, _ = load_document_sources(path, allow_external_refs=allow_external_refs)
    return doc, diagnostics


def load_document_sources(path: Path, *, allow_external_refs: bool = False) -> tuple[JSONDict, list[Diagnostic], tuple[Path, ...]]:
    """:func:`load_document`, and every file it read (the root first, then in reading order)."""
    path = path.resolve()
    doc = read_file(path)
    if not isinstance(doc, dict):
        raise SpecError([Diagnostic(Level.ERROR, "", "the document is not a mapping", str(path), 1)])
    bundler = _Bundler(path, doc, allow_external=allow_external_refs)
    bundler.files[path] = doc
    try:
        bundled = bundler.bundle(doc, path, "")
    except _OverBudget as exc:
        raise _error(exc.message, exc.file, line_of(exc.file, exc.pointer), exc.pointer) from None
    # components added while bundling were added to `doc`; carry them over.
    if "components" in doc:
        comps = bundled.setdefault("components", {})
        for kind, items in doc["components"].items():
            if isinstance(items, dict):
                dest = comps.setdefault(kind, {})
                for name, value in items.items():
                    dest.setdefault(name, value)
    bundler.place_hoisted(bundled)
    # a file inlined in several places reports its problems once
    return bundled, list(dict.fromkeys(bundler.diagnostics)), tuple(bundler.files)
