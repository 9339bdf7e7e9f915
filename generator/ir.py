"""The intermediate model: what the templates see, and nothing else.

Plain frozen dataclasses built by :mod:`generator.loader.build`. No OpenAPI object and no ``x-``
key leaks past the loader: everything a template needs (Python names, annotations, docstrings,
operation kinds, example values) is decided there and stored here. These classes and fields are
the public API for template forks (the template contract, :mod:`generator.contract`, documented
in docs/templates.md from the docstrings and ``#:`` comments here): renaming or removing one
raises :data:`TEMPLATE_CONTRACT` and goes into the contract's table of renamed and removed fields.

Strings that come from the spec (descriptions, enum values, paths) are stored raw; templates pass
them through the ``pystr`` / ``docstring`` filters, which escape them. Identifiers (``*_name``
fields) are already sanitized.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from .literals import py_literal

#: The version of the template contract: the context templates receive and the classes and
#: fields below. It goes up when a field is renamed or removed (adding one keeps it).
TEMPLATE_CONTRACT = 1


class BodyKind(str, Enum):
    """How a request body travels."""

    NONE = "none"  #: no body
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
    """How a listing walks its pages."""

    NONE = "none"  #: not a listing
    PAGE = "page"  #: page numbers (``page=``)
    SEARCH_AFTER = "search_after"  #: a cursor (``search_after=``)
    BOTH = "both"  #: either (the caller chooses with ``pagination_type``)


#: What a :class:`TypeRef` node is. ``primitive``: a builtin (``str``, ``int``, ``float``,
#: ``bool``, ``None``, ``object``); ``binary``: ``bytes``; ``any``: ``Any``; ``literal``: a
#: ``Literal`` of :attr:`TypeRef.values`; ``list`` / ``dict``: of ``args[0]`` (dict keys are
#: ``str``); ``union``: of ``args``; ``model``: a generated model class; ``runtime``: a name of
#: the package's runtime (``Search``, ``Page``, ``UpsertOutcome``...), generic over ``args``;
#: ``mapping``: ``Mapping[str, args[0]]``; ``discriminated``: a pydantic discriminated union
#: of the models in ``args`` on the field :attr:`TypeRef.discriminator`; ``temporal``: a class
#: of :mod:`datetime` named by :attr:`TypeRef.name` (``datetime`` for ``format: date-time``,
#: ``date`` for ``format: date``); ``sequence``: ``Sequence[args[0]]`` (list-valued query
#: parameters, which take any sequence).
TypeKind = Literal["primitive", "binary", "any", "literal", "list", "dict", "union", "model", "runtime", "mapping", "discriminated", "temporal", "sequence"]


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type as a small tree; its annotation text, the names it needs imported and the models
    it mentions are computed from the tree, never parsed back from text."""

    #: what the node is (see ``TypeKind`` in generator/ir.py: primitive, model, list, union...)
    kind: TypeKind
    name: str = ""  #: the builtin, model class or runtime name (primitive, model, runtime)
    #: the node's arguments (list items, dict values, union members, runtime generics)
    args: tuple[TypeRef, ...] = ()
    values: tuple[str | int | bool, ...] = ()  #: literal values
    discriminator: str | None = None  #: discriminated: the Python name of the tag field

    @property
    def annotation(self) -> str:
        """The annotation text with bare names (``list[Family]``, ``str | None``): for reading
        (docs, API.md); generated modules spell names through :meth:`spelled`."""
        return self.spelled(BARE)

    def spelled(self, names: Spelling) -> str:
        """The annotation text as a module that reaches names through ``names`` writes it."""
        k = self.kind
        if k == "primitive":
            return self.name
        if k == "model":
            return names.models + self.name
        if k == "binary":
            return "bytes"
        if k == "any":
            return f"{names.typing}Any"
        if k == "literal":
            return f"{names.typing}Literal[{', '.join(_literal_text(v) for v in self.values)}]"
        if k == "list":
            return f"list[{self.args[0].spelled(names)}]"
        if k == "dict":
            return f"dict[str, {self.args[0].spelled(names)}]"
        if k == "mapping":
            return f"{names.abc}Mapping[str, {self.args[0].spelled(names)}]"
        if k == "sequence":
            return f"{names.abc}Sequence[{self.args[0].spelled(names)}]"
        if k == "temporal":
            return f"{names.datetime}{self.name}"
        if k == "union":
            return " | ".join(a.spelled(names) for a in self.args)
        if k == "discriminated":
            members = " | ".join(a.spelled(names) for a in self.args)
            return f"{names.typing}Annotated[{members}, {names.pydantic}Field(discriminator={_literal_text(self.discriminator or '')})]"
        name = names.runtime + self.name
        return f"{name}[{', '.join(a.spelled(names) for a in self.args)}]" if self.args else name

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
        wanted = {"any": "Any", "literal": "Literal", "discriminated": "Annotated", "mapping": "Mapping", "sequence": "Sequence"}
        return tuple(sorted({wanted[t.kind] for t in self.walk() if t.kind in wanted}))

    @property
    def temporal(self) -> bool:
        """Whether the annotation mentions a :mod:`datetime` class (its module needs
        ``import datetime``)."""
        return any(t.kind == "temporal" for t in self.walk())

    @property
    def nullable(self) -> bool:
        """Whether None is one of the values (``None``, or a union with it)."""
        if self.kind == "union":
            return any(a.nullable for a in self.args)
        return self.kind == "primitive" and self.name == "None"


@dataclass(frozen=True, slots=True)
class Spelling:
    """How one kind of generated module reaches the names an annotation needs: the prefix
    (a module alias and a dot) of model classes, runtime names, ``typing``, ``collections.abc``
    and pydantic names. Generated modules reach everything but builtins through such aliases,
    so no name from the spec can shadow one of them."""

    models: str = ""
    runtime: str = ""
    typing: str = ""
    abc: str = ""
    pydantic: str = ""
    datetime: str = ""


#: bare names (as written in docs)
BARE = Spelling()
#: resource modules: ``_m.Family``, ``_rt.Page``, ``_t.Any``, ``_abc.Mapping``
IN_RESOURCES = Spelling(models="_m.", runtime="_rt.", typing="_t.", abc="_abc.", datetime="_dt.")
#: models modules: model classes by name (they share one namespace), ``_t.Any``, ``_pd.Field``
IN_MODELS = Spelling(typing="_t.", abc="_abc.", pydantic="_pd.", datetime="_dt.")


def _literal_text(value: object) -> str:
    """Python source of a literal value (str, int, bool), double-quoted, as black leaves it."""
    return py_literal(value)


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a model."""

    #: the attribute's name (sanitized: ``class_`` for ``class``)
    python_name: str
    #: the property's name in JSON (the field's alias)
    json_name: str
    #: the field's type
    type: TypeRef
    #: the property must be present
    required: bool
    #: null is a valid value
    nullable: bool
    #: the property's description (raw text)
    description: str | None = None
    default_repr: str | None = None  #: Python literal text of the default, when optional
    #: the spec marks it deprecated
    deprecated: bool = False
    #: the spec marks it readOnly
    read_only: bool = False
    secret: bool = False  #: a credential (password, token, secret): kept out of reprs


@dataclass(frozen=True, slots=True)
class Model:
    """A pydantic model (``kind == "object"``) or a type alias (``"alias"``: a discriminated
    union; enums are ``Literal`` types, not models)."""

    #: the class (or alias) name
    class_name: str
    #: ``object`` (a pydantic model) or ``alias``
    kind: str
    module: str  #: models module name (``families``, ``common``)
    #: its fields, in the spec's order (objects)
    fields: tuple[Field, ...] = ()
    extra: str = "allow"  #: pydantic extra: allow | forbid | ignore
    #: the schema's description (raw text)
    description: str | None = None
    #: aliases: the aliased type
    alias_of: TypeRef | None = None
    depends_on: tuple[str, ...] = ()  #: other model class names used by the fields
    #: the JSON pointer of the schema in the spec (for messages)
    source_pointer: str = ""
    #: holds a credential, itself or through a nested model: validation errors must not echo input
    holds_secrets: bool = False
    #: holds Akeneo product values (a ``values`` map of attribute code to ``{locale, scope,
    #: data}`` lists): the class also inherits the runtime's ``_values.HasValues`` (``value()``,
    #: ``values_for()`` and the typed readers)
    value_access: bool = False


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path, query, header or cookie parameter: one argument of the method."""

    #: the argument's name (sanitized: ``from_`` for ``from``)
    python_name: str
    #: the name in the request
    wire_name: str
    location: str  #: path | query | header
    #: the argument's type
    type: TypeRef
    #: the argument must be given
    required: bool
    #: the spec's description (raw text)
    description: str | None = None
    #: Python literal text of the server's default, when the spec gives one
    default_repr: str | None = None
    #: the values the spec allows (a ``Literal`` type)
    enum_values: tuple[str | int, ...] = ()
    #: the spec's minimum, when it gives one
    minimum: float | None = None
    #: the spec's maximum
    maximum: float | None = None
    #: a path value keeps its ``/`` (media file codes)
    keeps_slashes: bool = False
    #: a list-valued query parameter (its type a ``sequence``): its values travel joined by
    #: :attr:`separator`, or one pair per value
    is_list: bool = False
    #: how a list's values are joined in one pair (``,``: ``style: form, explode: false``;
    #: ``" "``: spaceDelimited; ``|``: pipeDelimited); None: one pair per value (``explode: true``)
    separator: str | None = None
    example_repr: str = "None"  #: a valid example value as Python source
    #: the same example as it travels: query text, or the path value before percent-encoding
    #: (None: the parameter is left out of the request)
    example_wire: str | None = None
    #: where the parameter exists (the spec's ``x-versions``: ``("7.0", "SaaS")``); () for everywhere
    editions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Part:
    """One field of a multipart body."""

    #: the argument's name
    python_name: str
    #: the field's name in the body
    wire_name: str
    #: the part carrying the file
    is_file: bool
    #: a text part holding a JSON document
    is_json: bool
    #: the part must be given
    required: bool
    #: the spec's description (raw text)
    description: str | None = None
    #: a valid example value as Python source
    example_repr: str = "None"
    type: TypeRef | None = None  #: the value's type (url-encoded form fields; None: text or JSON)


@dataclass(frozen=True, slots=True)
class Body:
    """The request body: how it travels, its type, its parts (multipart and form bodies)."""

    #: how the body travels
    kind: BodyKind
    #: its media type (empty without a body)
    content_type: str
    #: the spec requires a body
    required: bool = True
    type: TypeRef | None = None  #: the body (JSON) or one item (batches)
    #: multipart or url-encoded form fields
    parts: tuple[Part, ...] = ()
    #: the spec's description (raw text)
    description: str | None = None
    example_json: str | None = None  #: compact JSON of an example body or item
    example_items_json: tuple[str, ...] = ()  #: batches: compact JSON of each example item
    #: multipart parts (wire names) of which exactly one must be given (``oneOf`` of ``required``)
    one_of_parts: tuple[str, ...] = ()

    @property
    def file_part(self) -> Part | None:
        """The multipart part that carries the file."""
        return next((p for p in self.parts if p.is_file), None)

    @property
    def text_parts(self) -> tuple[Part, ...]:
        """The form fields beside the file (or all of a url-encoded form's)."""
        return tuple(p for p in self.parts if not p.is_file)

    @property
    def json_part_names(self) -> tuple[str, ...]:
        """Wire names of the text parts that carry a JSON document."""
        return tuple(p.wire_name for p in self.parts if p.is_json and not p.is_file)


@dataclass(frozen=True, slots=True)
class Response:
    """One documented response of an operation."""

    status: str  #: "200", "201", "default", "4XX"
    #: its media type (None: no body)
    content_type: str | None
    #: the body's type (None: no body, or not JSON)
    type: TypeRef | None
    #: the header names it documents
    headers: tuple[str, ...] = ()
    #: the spec's description (raw text)
    description: str | None = None
    #: compact JSON of an example body
    example_json: str | None = None
    #: the body is a file's bytes
    binary: bool = False


# -- what an operation does: one small frozen dataclass per kind of call ---------------------------
# Templates map each ``kind`` to one macro; code that handles operations matches on the classes, so
# mypy names every place a new kind must be handled.


@dataclass(frozen=True, slots=True)
class JsonCall:
    """One request and one reply: a JSON, form or no body in; a parsed reply (``MODEL``), text
    (``TEXT``), created-or-updated (``UPSERT``, ``CREATED``) or nothing (``NONE``) out."""

    #: what the method returns
    result: ResultKind
    #: a model reply that a success may also leave out (201 without a body beside a 207 report):
    #: the method returns None then
    empty_ok: bool = False
    #: the call kind's tag
    kind: Literal["json"] = "json"


@dataclass(frozen=True, slots=True)
class PageListing:
    """A list endpoint answering envelopes (``_embedded.items``, ``_links.next``): a lazy
    iterator over every item, and one page at a time."""

    #: one item's type
    item_type: TypeRef
    #: how the pages are walked
    pagination: Pagination
    #: the call kind's tag
    kind: Literal["page"] = "page"


@dataclass(frozen=True, slots=True)
class NdjsonBatch:
    """Items sent one JSON object a line, in chunks; one status line per item comes back."""

    #: one input item's type
    item_type: TypeRef
    key: str  #: the field naming each result: identifier | uuid | code
    #: the call kind's tag
    kind: Literal["ndjson_batch"] = "ndjson_batch"


@dataclass(frozen=True, slots=True)
class ArrayBatch:
    """Items sent as a JSON array, in chunks; an array of per-item statuses comes back."""

    #: one input item's type
    item_type: TypeRef
    #: the field naming each result: identifier | uuid | code
    key: str
    #: the call kind's tag
    kind: Literal["json_batch"] = "json_batch"


@dataclass(frozen=True, slots=True)
class Upload:
    """A ``multipart/form-data`` file upload, streamed."""

    #: the reply header carrying the new file's code (``Location`` or a dialect's own); None:
    #: the reply itself (an ``UploadResult``) is returned
    code_header: str | None
    #: the call kind's tag
    kind: Literal["upload"] = "upload"


@dataclass(frozen=True, slots=True)
class Download:
    """A binary reply streamed to a file, a file object or an iterator of bytes."""

    stream_name: str  #: the method streaming the bytes (``iter_bytes``; ``aiter_bytes`` when async)
    #: the call kind's tag
    kind: Literal["download"] = "download"


Call = JsonCall | PageListing | NdjsonBatch | ArrayBatch | Upload | Download

_RESULT_OF_KIND = {
    "page": ResultKind.PAGE,
    "ndjson_batch": ResultKind.BATCH,
    "json_batch": ResultKind.BATCH,
    "upload": ResultKind.UPLOAD,
    "download": ResultKind.BINARY,
}


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation and the method that calls it."""

    #: the method's name (``list``, ``get``, ``upsert_many``...)
    python_name: str
    #: the module name of the resource it belongs to
    resource: str
    http_method: str  #: the HTTP method, upper case
    #: the path template (``/api/rest/v1/families/{code}``), raw
    path: str
    #: the spec's operationId (or one derived from method and path)
    operation_id: str
    #: the spec's summary (raw text)
    summary: str | None
    #: the spec's description (raw text)
    description: str | None
    #: the spec's tags
    tags: tuple[str, ...]
    #: the spec marks it deprecated
    deprecated: bool
    #: the path parameters, in path order
    path_params: tuple[Parameter, ...]
    #: the query parameters
    query_params: tuple[Parameter, ...]
    #: the header parameters (``Accept`` and ``Content-Type`` left out)
    header_params: tuple[Parameter, ...]
    #: the request body (``BodyKind.NONE`` without one)
    body: Body
    #: the documented responses, by status
    responses: tuple[Response, ...]
    call: Call  #: what the operation does: one of the call kinds below
    return_type: TypeRef  #: what the method returns (``Family``, ``UpsertOutcome``, ``str``...)
    auth_scheme: str = "bearer"  #: bearer (access token) | basic (client id and secret) | none
    #: parameters sent as cookies (one ``Cookie`` header)
    cookie_params: tuple[Parameter, ...] = ()
    #: the operation exists in the Enterprise Edition only
    enterprise_only: bool = False
    #: where the operation exists (the spec's ``x-versions``: ``("6.0", "7.0", "SaaS")``); ()
    #: for everywhere (see :func:`edition_note`)
    editions: tuple[str, ...] = ()
    #: deprecated operations: the text of the DeprecationWarning the method emits
    deprecation_warning: str | None = None
    #: the documented statuses that mean success
    success_statuses: tuple[str, ...] = ()
    #: the JSON pointer of the operation in the spec (for messages)
    source_pointer: str = ""
    #: requests per second the API allows for this operation (the spec's ``x-rate-limit``;
    #: None: only the API-wide limits apply); the client paces its calls to it
    rate_limit: float | None = None

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """Every parameter: path, query, header, then cookie ones (the method's argument order)."""
        return (*self.path_params, *self.query_params, *self.header_params, *self.cookie_params)

    # -- views of ``call``, for templates and tests that ask one question of any kind ---------

    @property
    def result(self) -> ResultKind:
        """What a successful call gives back (the call kind's, for the ones that have several)."""
        call = self.call
        if isinstance(call, JsonCall):
            return call.result
        return _RESULT_OF_KIND[call.kind]

    @property
    def item_type(self) -> TypeRef | None:
        """List items (page listings) or input items (batches)."""
        return self.call.item_type if isinstance(self.call, PageListing | NdjsonBatch | ArrayBatch) else None

    @property
    def pagination(self) -> Pagination:
        """How a listing's pages are walked (``Pagination.NONE`` for other calls)."""
        return self.call.pagination if isinstance(self.call, PageListing) else Pagination.NONE

    @property
    def batch_key(self) -> str | None:
        """The field naming each batch result (batches only, else None)."""
        return self.call.key if isinstance(self.call, NdjsonBatch | ArrayBatch) else None

    @property
    def code_header(self) -> str | None:
        """The reply header carrying an upload's new code (uploads only, else None)."""
        return self.call.code_header if isinstance(self.call, Upload) else None

    @property
    def stream_name(self) -> str | None:
        """The method streaming a download's bytes (downloads only, else None)."""
        return self.call.stream_name if isinstance(self.call, Download) else None

    @property
    def authenticated(self) -> bool:
        """Whether the call sends the access token."""
        return self.auth_scheme == "bearer"


@dataclass(frozen=True, slots=True)
class Resource:
    """A group of operations: one attribute of the client, one resources module with a blocking class and its ``Async`` twin."""

    attr_name: str  #: attribute on the client (``family_variants``)
    class_name: str  #: sync class (``FamilyVariants``); async is ``Async`` + class_name
    module: str  #: resources module name
    #: its operations, in method order
    operations: tuple[Operation, ...]
    #: the tag's description, when the spec gives one
    description: str | None = None
    #: the model class names its methods' signatures mention, sorted
    models_used: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Server:
    """One server the spec lists."""

    #: its URL, variables filled in with their defaults
    url: str
    #: the spec's description of it
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Api:
    """The whole API: what every template receives as ``api``."""

    #: the spec's ``info.title``
    title: str
    #: the spec's ``info.version``
    version: str
    #: the spec's ``info.description`` (raw text: pass it through ``docstring``)
    description: str | None
    #: the servers the spec lists, variables filled in with their defaults
    servers: tuple[Server, ...]
    #: the resources, in the order of the client's attributes
    resources: tuple[Resource, ...]
    #: every model, sorted by class name
    models: tuple[Model, ...]
    source_name: str  #: the spec's file name as given on the command line (for headers)
    #: the generated package's name (``--package-name``)
    package_name: str
    #: the names of the models modules (``models/<name>.py``), sorted
    model_modules: tuple[str, ...] = field(default=())
    client_class: str = "Client"  #: the blocking client's class; the async one is ``Async`` + it
    #: prefix of the environment variables the client reads its settings from (``AKENEO`` ->
    #: ``AKENEO_BASE_URL``)
    env_prefix: str = "API"
    dialect: str = "generic"  #: the dialect the spec was read in
    #: the reply statuses that mean success (Akeneo: 200, 201, 204; plain OpenAPI: any 2xx)
    success_statuses: tuple[int, ...] = tuple(range(200, 300))
    #: every edition the spec's ``x-versions`` name, in their order (() when none do)
    editions: tuple[str, ...] = ()
    #: the edition the client was generated for (``--edition``; None: everything)
    edition: str | None = None

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation of every resource, in order."""
        return tuple(op for r in self.resources for op in r.operations)

    @property
    def rate_limits(self) -> dict[str, float]:
        """The operations' own rate limits, by ``"METHOD /path/template"``, sorted (what the
        client's ``rate_limits`` setting defaults to)."""
        return {f"{op.http_method} {op.path}": op.rate_limit for op in sorted(self.operations, key=lambda o: (o.path, o.http_method)) if op.rate_limit is not None}


#: the edition name ``x-versions`` gives Akeneo's cloud edition (the others are version numbers)
SAAS = "SaaS"


def edition_note(editions: tuple[str, ...], every: tuple[str, ...] = (), enterprise: bool = False) -> str | None:
    """Where an operation or a parameter exists, for docstrings, against ``every`` edition the
    spec names (in order, versions then SaaS): ``SaaS only``; ``since 7.0`` (added after the
    first version); ``2.1 to 3.x only`` (gone from later versions); ``not on SaaS``; with
    ``Enterprise Edition`` for an Enterprise-only one. None when it exists from the first
    version to the last (and on SaaS when the spec names it), or no editions are known."""
    parts: list[str] = []
    versions = [e for e in editions if e.lower() != SAAS.lower()]
    known = [e for e in every if e.lower() != SAAS.lower()]
    if editions and not versions:
        parts.append("SaaS only")
    elif versions and known:
        if versions[-1] != known[-1]:
            parts.append(f"{versions[0]} to {versions[-1]} only" if len(versions) > 1 else f"{versions[0]} only")
        elif versions[0] != known[0]:
            parts.append(f"since {versions[0]}")
        if len(versions) == len(editions) and len(known) < len(every):
            parts.append("not on SaaS")
    if enterprise:
        parts.append("Enterprise Edition")
    return ", ".join(parts) or None


def in_edition(editions: tuple[str, ...], edition: str) -> bool:
    """Whether something that exists in ``editions`` (() for everywhere) exists in ``edition``
    (a version as ``x-versions`` spells it, or ``saas``; case does not matter)."""
    return not editions or edition.lower() in {e.lower() for e in editions}
