"""Read a spec file (YAML or JSON) and bundle its relative-file ``$ref``s into one document.

Parsing uses ruamel.yaml's fast safe loader; line numbers are looked up lazily (with the
round-trip loader) only when a diagnostic needs one, so large specs load quickly.
Local ``$ref``s stay references (the builder resolves them, cycles included). A ``$ref`` into
another file is brought into the root document: targets under ``components/<kind>/<name>`` are
added to the root's components under the same name (a clash with different content is an
error), anything else is inlined. Cycles across files are handled by visiting each component
once; a cycle through inlined (non-component) nodes cannot be bundled and is an error.
"""

from __future__ import annotations

import contextlib
import copy
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from ..diagnostics import Diagnostic, Level, SpecError, pointer_join, unescape_token

JSONDict = dict[str, Any]


def _parse_text(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                [Diagnostic(Level.ERROR, "", f"invalid JSON: {exc.msg}", str(path), exc.lineno)]
            ) from None
    try:
        return YAML(typ="safe", pure=False).load(text)
    except MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        problem = exc.problem or "invalid YAML"
        raise SpecError([Diagnostic(Level.ERROR, "", f"invalid YAML: {problem}", str(path), line)]) from None
    except Exception as exc:  # ruamel raises several unrelated types for bad input
        raise SpecError([Diagnostic(Level.ERROR, "", f"cannot parse: {exc}", str(path))]) from None


def read_file(path: Path) -> Any:
    """Parse one file; raise SpecError (with file and line) when it is unreadable or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([Diagnostic(Level.ERROR, "", "file not found", str(path))]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Diagnostic(Level.ERROR, "", f"cannot read: {exc}", str(path))]) from None
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


@dataclass
class _Bundler:
    root_path: Path
    root: JSONDict
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: dict[Path, Any] = field(default_factory=dict)
    done: dict[tuple[Path, str], str] = field(default_factory=dict)
    inlining: set[tuple[Path, str]] = field(default_factory=set)

    def load(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path] = read_file(path)
        return self.files[path]

    def bundle(self, node: Any, base: Path, pointer: str) -> Any:
        """Rewrite external refs inside ``node`` (which lives in file ``base``)."""
        if isinstance(node, list):
            return [self.bundle(v, base, pointer_join(pointer, i)) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            new_ref = self.rewrite(ref, base, pointer)
            if isinstance(new_ref, dict):
                return new_ref
            rest = {k: self.bundle(v, base, pointer_join(pointer, k)) for k, v in list(node.items()) if k != "$ref"}
            return {"$ref": new_ref, **rest}
        # a snapshot: bundling may add components to the root document while it is walked
        return {k: self.bundle(v, base, pointer_join(pointer, k)) for k, v in list(node.items())}

    def rewrite(self, ref: str, base: Path, pointer: str) -> str | JSONDict:
        file_part, _, frag = ref.partition("#")
        if not file_part:
            if base == self.root_path:
                return ref
            target_file = base
        else:
            if "://" in file_part:
                self.diagnostics.append(
                    Diagnostic(Level.ERROR, pointer, f"remote $ref not supported: {ref}", str(self.root_path))
                )
                return ref
            target_file = (base.parent / unquote(file_part)).resolve()
            if target_file == self.root_path:
                return f"#{frag}"  # back into the root document: a local reference
        key = (target_file, frag)
        if key in self.done:
            return self.done[key]
        if key in self.inlining:
            self.diagnostics.append(
                Diagnostic(
                    Level.ERROR,
                    pointer,
                    f"$ref {ref} leads back to itself outside components/; move the target under components/",
                    str(base),
                )
            )
            return ref
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
            bundled = self.bundle(copy.deepcopy(target), target_file, frag)
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
        # Not a component: inline a copy (a cycle through inlined nodes cannot be bundled).
        self.inlining.add(key)
        inlined = self.bundle(copy.deepcopy(target), target_file, frag)
        self.inlining.discard(key)
        if isinstance(inlined, dict):
            return inlined
        self.diagnostics.append(
            Diagnostic(Level.ERROR, pointer, f"$ref {ref} must point at an object", str(base))
        )
        return ref


def dangling_refs(doc: Any, file: str | None) -> list[Diagnostic]:
    """An error for each local ``$ref`` that leads nowhere, at the ``$ref``'s own location."""
    out: list[Diagnostic] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, pointer_join(pointer, i))
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                try:
                    resolve_pointer(doc, ref[1:])
                except KeyError:
                    out.append(Diagnostic(Level.ERROR, pointer, f"$ref target not found: {ref}", file))
            for k, v in node.items():
                walk(v, pointer_join(pointer, k))

    walk(doc, "")
    return out


def load_document(path: Path) -> tuple[JSONDict, list[Diagnostic]]:
    """Parse the root file and bundle external refs; diagnostics carry file and pointer."""
    path = path.resolve()
    doc = read_file(path)
    if not isinstance(doc, dict):
        raise SpecError([Diagnostic(Level.ERROR, "", "the document is not a mapping", str(path), 1)])
    bundler = _Bundler(path, doc)
    bundler.files[path] = doc
    bundled = bundler.bundle(doc, path, "")
    # components added while bundling were added to `doc`; carry them over.
    if "components" in doc:
        comps = bundled.setdefault("components", {})
        for kind, items in doc["components"].items():
            if isinstance(items, dict):
                dest = comps.setdefault(kind, {})
                for name, value in items.items():
                    dest.setdefault(name, value)
    return bundled, bundler.diagnostics
