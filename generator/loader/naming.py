"""Names: sanitized Python identifiers and class names, and operation/resource naming rules.

Every identifier that reaches generated code passes through :func:`snake_name` or
:func:`class_name`; both return a valid, non-keyword, ASCII identifier whatever the spec says,
so no spec text can become code.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..diagnostics import Diagnostic, Level, SpecError, pointer_join
from .read import HTTP_METHODS, line_of, read_file

#: Names a generated method, attribute or parameter must not take (they would shadow the
#: runtime's own or Python builtins used in generated code).
RESERVED = frozenset(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {"self", "cls", "str", "int", "float", "bool", "list", "dict", "type", "object", "bytes", "None"}
    | {name for name in dir(BaseModel) if not name.startswith("__")}
)

_NON_WORD = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


#: Letters NFKD does not decompose into ASCII, spelled out (``größe`` -> ``grosse`` keeps the
#: ``ss`` rather than dropping the letter).
_TRANSLIT = str.maketrans({"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D"})


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode("ascii")
    folded = _CAMEL.sub(" ", folded)
    return [w for w in _NON_WORD.split(folded) if w]


def snake_name(text: str, *, fallback: str = "value") -> str:
    """``"Product [uuid]"`` -> ``product_uuid``; keywords get a trailing underscore."""
    words = [w.lower() for w in _ascii_words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in RESERVED or name in _AMBIGUOUS:
        name = f"{name}_"
    return name


#: names pycodestyle refuses as too like digits (E741-E743: ``l``, ``O``, ``I``)
_AMBIGUOUS = frozenset({"l", "O", "I"})


def class_name(text: str, *, fallback: str = "Model") -> str:
    """``"family_variant read"`` -> ``FamilyVariantRead``; always a valid class name."""
    words = _ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if keyword.iskeyword(name) or name in {"None", "True", "False"} or name in _AMBIGUOUS:
        name = f"{name}_"
    return name


_IRREGULAR = {"family": "families", "category": "categories", "currency": "currencies", "entity": "entities"}


def plural(word: str) -> str:
    """English plural of a snake_case noun phrase's last word (``family_variant`` -> ...s).

    A name that :func:`snake_name` escaped with a trailing underscore (``type_``, ``list_``) is
    pluralized without it (``types``, ``lists``), and escaped again if still reserved.
    """
    if word.endswith("_") and word.rstrip("_"):
        out = plural(word.rstrip("_"))
        return f"{out}_" if out in RESERVED else out
    head, _, last = word.rpartition("_")
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith(("s", "x", "sh", "ch")):
        last = last if last.endswith("s") else last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return f"{head}_{last}" if head else last


_SINGULAR_IRREGULAR = {v: k for k, v in _IRREGULAR.items()}


def singular(word: str) -> str:
    """The inverse of :func:`plural` on a snake_case phrase's last word (``variants`` -> ...t)."""
    head, _, last = word.rpartition("_")
    if last in _SINGULAR_IRREGULAR:
        last = _SINGULAR_IRREGULAR[last]
    elif last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 1:
        last = last[:-1]
    return f"{head}_{last}" if head else last


def method_name(text: str, *, fallback: str = "call") -> str:
    """A method name from any text (an ``operationId``, path words): snake_case ASCII, a
    trailing underscore on keywords; builtins are fine as attribute names."""
    words = [w.lower() for w in _ascii_words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in ("None", "True", "False"):
        name = f"{name}_"
    return name


_PARAM_SEGMENT = re.compile(r"\{[^{}/]*\}")


def path_key(http_method: str, path: str) -> str:
    """An override key with every path parameter's name blanked: ``POST /families/{}/variants``
    (matches ``{family_code}`` and ``{family}`` alike)."""
    return f"{http_method.upper()} {_PARAM_SEGMENT.sub('{}', path)}"


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _is_action(segment: str) -> bool:
    """A path word that names an action rather than a sub-collection (not a plural noun)."""
    word = method_name(segment)
    return singular(word) == word


def derive_method_name(http_method: str, path: str, *, kind: str) -> str:
    """The method name from method + path shape (see README, "Naming").

    ``kind`` is the body/response classification (``ndjson_batch``, ``json_batch``,
    ``multipart``, ``binary``, ``json``...).
    """
    segments = [s for s in path.split("/") if s]
    last = segments[-1] if segments else ""
    on_item = bool(segments) and _is_param(last)
    method = http_method.upper()
    if kind == "multipart":
        return "upload"
    if kind == "binary":
        return "download"
    if kind in ("ndjson_batch", "json_batch"):
        return "upsert_many"
    if not on_item and last in ("search",) and method == "POST":
        return "search"
    if not on_item and last == "proposal" and method == "POST":
        return "submit_proposal"
    if not on_item and last == "draft" and method == "GET":
        return "get_draft"
    if method == "GET":
        return "get" if on_item else "list"
    if method == "POST" and not on_item and len(segments) >= 2 and _is_param(segments[-2]) and _is_action(last):
        return method_name(last)  # POST /catalogs/{id}/duplicate: the word is the action
    if method == "POST":
        return "create" if not on_item else "post"
    if method in ("PATCH", "PUT"):
        return "upsert" if on_item else "upsert_many"
    if method == "DELETE":
        return "delete" if on_item else "delete_all"
    return snake_name(method.lower())


class NamingError(ValueError):
    """A malformed naming file entry; ``pointer`` locates it in the file."""

    def __init__(self, message: str, pointer: str = "") -> None:
        super().__init__(message)
        self.pointer = pointer




def _section(data: dict[str, Any], name: str) -> dict[Any, Any]:
    value = data.get(name)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise NamingError(f"'{name}' must be a mapping", f"/{name}")
    return value


@dataclass(frozen=True)
class NamingOverrides:
    """spec/naming.yaml: operations keyed by ``"METHOD /path"`` -> ``"resource.method"``,
    tags -> resource attribute names, and schema names -> class names."""

    operations: dict[str, tuple[str, str]] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    schemas: dict[str, str] = field(default_factory=dict)
    source: str | None = None

    @classmethod
    def from_mapping(cls, data: Any, source: str | None = None) -> NamingOverrides:
        """Parse the file's content; raise :class:`NamingError` on a malformed entry."""
        if data is None:
            return cls(source=source)
        if not isinstance(data, dict):
            raise NamingError("naming file must be a mapping with 'operations', 'tags', 'schemas'")
        unknown = sorted(str(k) for k in data if k not in ("operations", "tags", "schemas"))
        if unknown:
            raise NamingError(f"unknown section {unknown[0]!r} (expected 'operations', 'tags', 'schemas')", f"/{unknown[0]}")
        ops: dict[str, tuple[str, str]] = {}
        for key, value in _section(data, "operations").items():
            method, _, path = str(key).partition(" ")
            if method.lower() not in HTTP_METHODS or not path.startswith("/") or not isinstance(value, str) or value.count(".") != 1 or "" in value.split("."):
                pointer = pointer_join("/operations", str(key))
                raise NamingError(f"operations[{key!r}]: expected 'METHOD /path: resource.method'", pointer)
            res, meth = value.split(".")
            ops[f"{method.upper()} {path}"] = (snake_name(res), snake_name(meth))
        for section in ("tags", "schemas"):
            for k, v in _section(data, section).items():
                if not isinstance(v, str) or not v.strip():
                    pointer = pointer_join(f"/{section}", str(k))
                    raise NamingError(f"{section}[{str(k)!r}]: expected a name", pointer)
        tags = {str(k): snake_name(str(v)) for k, v in _section(data, "tags").items()}
        schemas = {str(k): class_name(str(v)) for k, v in _section(data, "schemas").items()}
        return cls(ops, tags, schemas, source)

    def operation_for(self, http_method: str, path: str) -> tuple[str, str] | None:
        """The ``(resource, method)`` named for an operation: the exact ``METHOD /path`` key, else
        the key whose path parameters are named otherwise (``{family}`` for ``{family_code}``)."""
        exact = self.operations.get(f"{http_method.upper()} {path}")
        if exact is not None:
            return exact
        return self._by_shape.get(path_key(http_method, path))

    @cached_property
    def _by_shape(self) -> dict[str, tuple[str, str]]:
        """The operation entries keyed by :func:`path_key` (the first of each shape)."""
        shapes: dict[str, tuple[str, str]] = {}
        for key, value in self.operations.items():
            method, _, path = key.partition(" ")
            shapes.setdefault(path_key(method, path), value)
        return shapes

    def layered(self, top: NamingOverrides) -> NamingOverrides:
        """These overrides with ``top``'s on top (``top`` wins where both name a thing)."""
        sources = [s for s in (self.source, top.source) if s]
        return NamingOverrides(
            {**self.operations, **top.operations},
            {**self.tags, **top.tags},
            {**self.schemas, **top.schemas},
            " + ".join(sources) or None,
        )

    @classmethod
    def load(cls, path: Path | None) -> NamingOverrides:
        """Read a naming file (none, or a missing one, means no overrides); a malformed file
        raises SpecError with the file, line and pointer of the entry."""
        if path is None or not path.exists():
            return cls()
        try:
            return cls.from_mapping(read_file(path), str(path))
        except NamingError as exc:
            line = line_of(path.resolve(), exc.pointer)
            raise SpecError([Diagnostic(Level.ERROR, exc.pointer, str(exc), str(path), line)]) from None
