"""The intermediate model: what the templates see, and nothing else.

Plain frozen dataclasses built by :mod:`generator.loader.build`. No OpenAPI object and no ``x-``
key leaks past the loader: everything a template needs (Python names, annotations, docstrings,
operation kinds, example values) is decided there and stored here. These fields are the public
API for template forks; a test renders a custom template touching them.

Strings that come from the spec (descriptions, enum values, paths) are stored raw; templates pass
them through the ``pystr`` / ``docstring`` filters, which escape them. Identifiers (``*_name``
fields) are already sanitized.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal


class BodyKind(str, Enum):
    """How a request body travels."""

    NONE = "none"
    JSON = "json"  #: one JSON document
    NDJSON_BATCH = "ndjson_batch"  #: application/vnd.akeneo.collection+json, one object a line
    JSON_BATCH = "json_batch"  #: a JSON array of items, answered by an array of statuses
    MULTIPART = "multipart"  #: multipart/form-data upload
    FORM = "form"  #: application/x-www-form-urlencoded


class ResultKind(str, Enum):
    """What a successful response gives back to the caller."""

    NONE = "none"  #: nothing (204, or 201 without a body or code header)
    MODEL = "model"  #: a parsed JSON body
    UPSERT = "upsert"  #: created (201) or updated (204)
    CREATED = "created"  #: 201 with Location; returns the Location/code
    PAGE = "page"  #: a list envelope (_links, _embedded.items)
    BATCH = "batch"  #: per-item results of a batch
    UPLOAD = "upload"  #: the new file's code
    BINARY = "binary"  #: a file's bytes
    TEXT = "text"  #: a text body


class Pagination(str, Enum):
    NONE = "none"
    PAGE = "page"
    SEARCH_AFTER = "search_after"
    BOTH = "both"


#: What a :class:`TypeRef` node is. ``primitive``: a builtin (``str``, ``int``, ``float``,
#: ``bool``, ``None``, ``object``); ``binary``: ``bytes``; ``any``: ``Any``; ``literal``: a
#: ``Literal`` of :attr:`TypeRef.values`; ``list`` / ``dict``: of ``args[0]`` (dict keys are
#: ``str``); ``union``: of ``args``; ``model``: a generated model class; ``runtime``: a name of
#: the package's runtime (``Search``, ``Page``, ``UpsertOutcome``...), generic over ``args``;
#: ``mapping``: ``Mapping[str, args[0]]``; ``discriminated``: a pydantic discriminated union
#: of the models in ``args`` on the field :attr:`TypeRef.discriminator`.
TypeKind = Literal["primitive", "binary", "any", "literal", "list", "dict", "union", "model", "runtime", "mapping", "discriminated"]


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type as a small tree; its annotation text, the names it needs imported and the models
    it mentions are computed from the tree, never parsed back from text."""

    kind: TypeKind
    name: str = ""  #: the builtin, model class or runtime name (primitive, model, runtime)
    args: tuple[TypeRef, ...] = ()
    values: tuple[str | int | bool, ...] = ()  #: literal values
    discriminator: str | None = None  #: discriminated: the Python name of the tag field

    @property
    def annotation(self) -> str:
        """The annotation text (``list[Family]``, ``str | None``)."""
        k = self.kind
        if k in ("primitive", "model"):
            return self.name
        if k == "binary":
            return "bytes"
        if k == "any":
            return "Any"
        if k == "literal":
            return f"Literal[{', '.join(_literal_text(v) for v in self.values)}]"
        if k == "list":
            return f"list[{self.args[0].annotation}]"
        if k == "dict":
            return f"dict[str, {self.args[0].annotation}]"
        if k == "mapping":
            return f"Mapping[str, {self.args[0].annotation}]"
        if k == "union":
            return " | ".join(a.annotation for a in self.args)
        if k == "discriminated":
            members = " | ".join(a.annotation for a in self.args)
            return f"Annotated[{members}, Field(discriminator={_literal_text(self.discriminator or '')})]"
        return f"{self.name}[{', '.join(a.annotation for a in self.args)}]" if self.args else self.name

    def walk(self) -> Iterator[TypeRef]:
        """This node and every node below it, depth first."""
        yield self
        for arg in self.args:
            yield from arg.walk()

    @property
    def models(self) -> tuple[str, ...]:
        """The model class names the type mentions, sorted."""
        return tuple(sorted({t.name for t in self.walk() if t.kind == "model"}))

    @property
    def runtime_names(self) -> tuple[str, ...]:
        """The runtime names the type mentions (``Search``, ``Page``), sorted."""
        return tuple(sorted({t.name for t in self.walk() if t.kind == "runtime"}))

    @property
    def typing_names(self) -> tuple[str, ...]:
        """What the annotation needs from ``typing`` / ``collections.abc`` (``Any``, ``Literal``,
        ``Annotated``, ``Mapping``), sorted."""
        wanted = {"any": "Any", "literal": "Literal", "discriminated": "Annotated", "mapping": "Mapping"}
        return tuple(sorted({wanted[t.kind] for t in self.walk() if t.kind in wanted}))

    @property
    def nullable(self) -> bool:
        """Whether None is one of the values (``None``, or a union with it)."""
        if self.kind == "union":
            return any(a.nullable for a in self.args)
        return self.kind == "primitive" and self.name == "None"


def _literal_text(value: object) -> str:
    """Python source of a literal value (str, int, bool), as ``repr`` writes it but with
    double quotes and ASCII escapes, the way black leaves it."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)
    return repr(value)


@dataclass(frozen=True, slots=True)
class Field:
    python_name: str
    json_name: str
    type: TypeRef
    required: bool
    nullable: bool
    description: str | None = None
    default_repr: str | None = None  #: Python literal text of the default, when optional
    deprecated: bool = False
    read_only: bool = False
    secret: bool = False  #: a credential (password, token, secret): kept out of reprs


@dataclass(frozen=True, slots=True)
class Model:
    """A pydantic model (``kind == "object"``) or a type alias (``"alias"``: a discriminated
    union; enums are ``Literal`` types, not models)."""

    class_name: str
    kind: str
    module: str  #: models module name (``families``, ``common``)
    fields: tuple[Field, ...] = ()
    extra: str = "allow"  #: pydantic extra: allow | forbid | ignore
    description: str | None = None
    alias_of: TypeRef | None = None
    depends_on: tuple[str, ...] = ()  #: other model class names used by the fields
    source_pointer: str = ""
    #: holds a credential, itself or through a nested model: validation errors must not echo input
    holds_secrets: bool = False


@dataclass(frozen=True, slots=True)
class Parameter:
    python_name: str
    wire_name: str
    location: str  #: path | query | header
    type: TypeRef
    required: bool
    description: str | None = None
    default_repr: str | None = None
    enum_values: tuple[str | int, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    keeps_slashes: bool = False
    example_repr: str = "None"  #: a valid example value as Python source
    #: the same example as it travels: query text, or the path value before percent-encoding
    #: (None: the parameter is left out of the request)
    example_wire: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """One field of a multipart body."""

    python_name: str
    wire_name: str
    is_file: bool
    is_json: bool
    required: bool
    description: str | None = None
    example_repr: str = "None"
    type: TypeRef | None = None  #: the value's type (url-encoded form fields; None: text or JSON)


@dataclass(frozen=True, slots=True)
class Body:
    kind: BodyKind
    content_type: str
    required: bool = True
    type: TypeRef | None = None  #: the body (JSON) or one item (batches)
    parts: tuple[Part, ...] = ()
    description: str | None = None
    example_json: str | None = None  #: compact JSON of an example body or item
    example_items_json: tuple[str, ...] = ()  #: batches: compact JSON of each example item
    #: multipart parts (Python names) of which exactly one must be given (``oneOf`` of ``required``)
    one_of_parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Response:
    status: str  #: "200", "201", "default", "4XX"
    content_type: str | None
    type: TypeRef | None
    headers: tuple[str, ...] = ()
    description: str | None = None
    example_json: str | None = None
    binary: bool = False


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation and the method that calls it."""

    python_name: str
    resource: str
    http_method: str  #: upper case
    path: str
    operation_id: str
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    deprecated: bool
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    header_params: tuple[Parameter, ...]
    body: Body
    responses: tuple[Response, ...]
    result: ResultKind
    return_type: TypeRef  #: what the method returns (``Family``, ``UpsertOutcome``, ``str``...)
    item_type: TypeRef | None = None  #: list items (PAGE) or batch input items (BATCH)
    pagination: Pagination = Pagination.NONE
    batch_key: str | None = None  #: identifier | uuid | code for batch results
    #: batch upserts: the overlay function called (``ndjson.upsert_lines``, ``json_batch.upsert_array``)
    batch_call: str | None = None
    code_header: str | None = None  #: Location or a header carrying the new code
    #: uploads with a code header: the message raised when the reply lacks it
    no_code_error: str | None = None
    #: downloads: the method streaming the bytes (``iter_bytes``; ``aiter_bytes`` when async)
    stream_name: str | None = None
    authenticated: bool = True
    auth_scheme: str = "bearer"  #: bearer (access token) | basic (client id and secret) | none
    versions: tuple[str, ...] = ()
    enterprise_only: bool = False
    #: deprecated operations: the text of the DeprecationWarning the method emits
    deprecation_warning: str | None = None
    success_statuses: tuple[str, ...] = ()
    source_pointer: str = ""


@dataclass(frozen=True, slots=True)
class Resource:
    attr_name: str  #: attribute on the client (``family_variants``)
    class_name: str  #: sync class (``FamilyVariants``); async is ``Async`` + class_name
    module: str  #: resources module name
    operations: tuple[Operation, ...]
    description: str | None = None
    models_used: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    description: str | None
    servers: tuple[Server, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    source_name: str  #: the spec's file name as given on the command line (for headers)
    package_name: str
    model_modules: tuple[str, ...] = field(default=())

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)
