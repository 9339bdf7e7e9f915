"""What the endpoint test templates lay out: one test case per generated method call.

The generated endpoint tests (``templates/endpoint_tests``) call every method with the example
arguments the loader chose, then compare the request that went on the wire with what is
computed here: the path with its values percent-encoded (``/`` kept), the query pairs, the
``Accept`` and ``Content-Type`` headers and the body. The expectations are data, not code:
``_cases.json`` (:func:`cases_json`) holds each case's request and the result a model call
must dump back to, and the test modules hold only the calls. The loopback server and the
offline transport answer from :func:`operation_table` (``_operations.json``), built from the
same IR. Nothing here knows a
particular endpoint: every value comes from the IR (spec examples, or values synthesized from
schemas).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from .imports import import_lines
from .ir import (
    Api,
    BodyKind,
    JsonCall,
    Model,
    Operation,
    Parameter,
    Resource,
    ResultKind,
    Spelling,
    TypeRef,
)
from .literals import json_value, py_literal, wire_text
from .loader.classify import is_json_type

#: the file name every upload test sends (the harness checks it on the wire)
UPLOAD_FILENAME = "example.jpg"
#: the Accept header of JSON calls, and of downloads
ACCEPT_JSON = "application/json"
ACCEPT_ANY = "*/*"
#: query parameters a paginator walks by itself (not arguments of ``list``)
CURSOR_PARAMS = ("page", "search_after")
_PRIMITIVES = {"str", "int", "float", "bool", "bytes"}


@dataclass(frozen=True)
class Case:
    """One generated method called by one test pair (sync and async).

    Attributes:
        op_id: ``resource.method`` of the operation (the report's key).
        key: the case's key in ``_cases.json`` (``resource.method called``: ``families.list_page``).
        http_method: the operation's HTTP method (upper case).
        const: the module constant holding the expectation (``LIST_PAGE``), read from
            ``_cases.json``; the body the call sends is its ``.json``.
        method: the generated method called (``list_page``, ``iter_bytes``).
        call: how the test calls it: ``plain`` (returns the result), ``paginator`` (first
            item), ``batch`` (all results), ``download`` (into a buffer), ``iter_bytes``.
        args: the call's arguments as Python source, in order.
        path: the expected raw path (values percent-encoded, ``/`` kept).
        query: the expected query pairs (name, text), in any order.
        headers: expected extra headers (header parameters).
        accept: the expected ``Accept`` header.
        content_type: the expected media type of the body (None: no body).
        body_kind: ``none`` | ``json`` | ``ndjson`` | ``json_array`` | ``multipart`` | ``form``.
        body: the JSON body, the batch items or the form fields the call sends (and the request
            must carry), None without one.
        body_adapter: the body annotation when the argument must be built with a TypeAdapter
            (unions of models, lists) from the constant's ``.json``, else None.
        parts: multipart fields sent besides the file: (name, expected value: the decoded JSON
            for JSON fields, else the text; is_json).
        file_part / file_name: the multipart field carrying the file, and the file's name.
        result: the ResultKind value, for the result checks.
        result_isinstance: second argument of ``isinstance`` for the result (None: no check).
        item_isinstance: the same for each item of a list, page or paginator.
        batch_key: field naming batch results (``identifier``, ``uuid``, ``code``).
        sends: how many items a batch test sends.
        deprecated: the method warns that the operation is deprecated.
        raises: the exception the call raises by design (an upload whose documented success
            answer reports errors raises ``UploadError``), else None.
    """

    op_id: str
    key: str
    const: str
    http_method: str
    method: str
    call: str
    args: tuple[str, ...]
    path: str
    query: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    accept: str
    content_type: str | None
    body_kind: str
    body: Any = None
    body_adapter: str | None = None
    parts: tuple[tuple[str, Any, bool], ...] = ()
    file_part: str | None = None
    file_name: str | None = None
    result: str = "none"
    result_isinstance: str | None = None
    item_isinstance: str | None = None
    #: the runtime's names the checks use (``Page``, ``UpsertLine``...), imported bare
    runtime_names: tuple[str, ...] = ()
    batch_key: str | None = None
    sends: int = 0
    raises: str | None = None
    deprecated: bool = False
    #: lists: how many items the served example page holds (None: not a list)
    example_items: int | None = None
    #: models: the served example (JSON), which the parsed result must dump back to
    expected: Any = None
    #: the sync test's function name (``test_list_page``; the async one adds ``_async``),
    #: distinct in its module (methods ``o`` and ``o_async`` get ``test_o`` and ``test_o_async_``)
    test_name: str = ""

    def record(self) -> dict[str, Any]:
        """The case as ``_cases.json`` holds it: the fields of the harness's ``Expect``."""
        return {
            "operation": self.op_id,
            "method": self.http_method,
            "path": self.path,
            "query": [list(pair) for pair in self.query],
            "headers": [list(pair) for pair in self.headers],
            "accept": self.accept,
            "content_type": self.content_type,
            "body": self.body_kind,
            "json": self.body,
            "parts": [list(part) for part in self.parts],
            "file_part": self.file_part,
            "file_name": self.file_name,
            "deprecated": self.deprecated,
            "expected": self.expected,
        }


@dataclass(frozen=True)
class ResourceTests:
    """The view of one ``test_<resource>.py``: its cases and its import sections."""

    resource: Resource  #: the resource under test
    cases: tuple[Case, ...]  #: one per method called, in operation order
    #: the test module's import lines, in sections
    import_sections: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class OperationRow:
    """What the offline transport and the loopback server know of one operation."""

    op_id: str
    method: str
    path: str
    auth: str
    accept: str
    body: str
    content_type: str | None
    query: tuple[tuple[str, bool, tuple[str | int, ...], float | None, float | None], ...]
    required_parts: tuple[str, ...]
    json_parts: tuple[str, ...]
    file_part: str | None
    status: int
    answer_type: str | None
    answer: str | None
    result: str
    batch_key: str | None
    code_header: str | None
    slash_params: tuple[str, ...]
    read_only: bool
    prism: bool


# -- helpers -----------------------------------------------------------------------------------


def op_id(op: Operation) -> str:
    return f"{op.resource}.{op.python_name}"


def expected_path(op: Operation) -> str:
    """The raw path the example call must produce: values percent-encoded, ``/`` kept."""
    path = op.path
    for p in op.path_params:
        wire = p.example_wire if p.example_wire is not None else ""
        path = path.replace("{" + p.wire_name + "}", quote(wire, safe="/"))
    return path


def _query_pairs(p: Parameter) -> list[tuple[str, str]]:
    """The query pairs a parameter's example travels as: one, or one per value of an exploded
    list (``ids=1&ids=2``)."""
    if p.is_list and p.separator is None:
        values = eval_literal(p.example_repr)
        if isinstance(values, list):
            return [(p.wire_name, text) for v in values if (text := wire_text(v)) is not None]
    return [(p.wire_name, p.example_wire or "")]


def _sent_query(op: Operation, method: str) -> list[Parameter]:
    """Query parameters the test passes to ``method`` (the paginator walks the cursors)."""
    params = [p for p in op.query_params if p.example_wire is not None or p.required]
    if op.result is ResultKind.PAGE:
        if method == op.python_name:
            params = [p for p in params if p.wire_name not in CURSOR_PARAMS]
        else:
            style = next((p.example_wire for p in params if p.wire_name == "pagination_type"), None)
            params = [p for p in params if p.wire_name != "search_after" and not (p.wire_name == "page" and style == "search_after")]
    return params


def _class_check(name: str, known: dict[str, Model]) -> str | None:
    """The ``isinstance`` argument for a named model (``_m.Family``, a tuple of classes), or None."""
    model = known.get(name)
    if model is None:
        return None
    if model.kind == "object":
        return f"{MODELS}{name}"
    alias_of = model.alias_of
    if alias_of is None:
        return None
    if alias_of.kind != "model" and alias_of.models and all(m in known and known[m].kind == "object" for m in alias_of.models):
        classes = [f"{MODELS}{m}" for m in alias_of.models]
        return classes[0] if len(classes) == 1 else "(" + ", ".join(classes) + ")"
    return _isinstance_of(alias_of, known)[0]


def _named_check(t: TypeRef, known: dict[str, Model]) -> str | None:
    if t.kind == "primitive":
        return t.name if t.name in _PRIMITIVES else None
    if t.kind == "model":
        return _class_check(t.name, known)
    return "bytes" if t.kind == "binary" else None


def _isinstance_of(t: TypeRef | None, known: dict[str, Model]) -> tuple[str | None, str | None]:
    """(result isinstance argument, item isinstance argument) for a type, or Nones."""
    if t is None:
        return None, None
    if t.kind == "union":
        members = [a for a in t.args if not a.nullable]
        if len(members) == 1:
            t = members[0]
        else:
            checks = [_named_check(a, known) for a in members]
            if all(c is not None and not c.startswith("(") for c in checks):
                return "(" + ", ".join(c for c in checks if c) + ")", None
            return None, None
    if t.kind == "list":
        return "list", _named_check(t.args[0], known)
    if t.kind == "dict":
        return "dict", None
    return _named_check(t, known), None


def _is_read_only(op: Operation) -> bool:
    """Safe against a real PIM: reads, searches and the token request."""
    if op.http_method in ("GET", "HEAD", "OPTIONS"):
        return True
    if op.http_method == "POST" and op.path.rstrip("/").endswith("/search"):
        return True
    return op.auth_scheme == "basic"


def _prism_serves(op: Operation) -> bool:
    """Whether Prism answers this operation faithfully (else: our loopback server)."""
    if op.body.kind is BodyKind.NDJSON_BATCH:
        return False  # one JSON document expected for any +json type
    if op.result is ResultKind.BINARY:
        return False  # Prism makes up a body; ours serves known bytes, so the download is checked
    return not any("/" in (p.example_wire or "") for p in op.path_params)  # no route for it


def _body_kind(op: Operation) -> str:
    return {
        BodyKind.NONE: "none",
        BodyKind.JSON: "json",
        BodyKind.NDJSON_BATCH: "ndjson",
        BodyKind.JSON_BATCH: "json_array",
        BodyKind.MULTIPART: "multipart",
        BodyKind.FORM: "form",
    }[op.body.kind]


def _accept(op: Operation) -> str:
    return ACCEPT_ANY if op.result is ResultKind.BINARY else ACCEPT_JSON


def _batch_items(op: Operation) -> list[Any]:
    items = [json.loads(t) for t in op.body.example_items_json] or ([json.loads(op.body.example_json)] if op.body.example_json else [{}])
    return [drop_links(i) for i in items[:100]]


def drop_links(value: Any) -> Any:
    """A body as it travels: the ``_links`` read from the API are never sent back."""
    return {k: v for k, v in value.items() if k != "_links"} if isinstance(value, dict) else value


# -- cases -------------------------------------------------------------------------------------


def _cases(op: Operation, known: dict[str, Model]) -> list[Case]:
    methods: list[tuple[str, str]]
    if op.result is ResultKind.PAGE:
        methods = [(op.python_name, "paginator"), (op.python_name + "_page", "plain")]
    elif op.result is ResultKind.BINARY:
        methods = [(op.python_name, "download"), (op.stream_name or "iter_bytes", "iter_bytes")]
    elif op.result is ResultKind.BATCH:
        methods = [(op.python_name, "batch")]
    else:
        methods = [(op.python_name, "plain")]
    out = []
    for method, call in methods:
        const = method.upper()
        args = [p.example_repr for p in op.path_params]
        body: dict[str, Any] = {"body_kind": _body_kind(op)}
        if op.body.kind is BodyKind.MULTIPART:
            file_part = next((p for p in op.body.parts if p.is_file), None)
            args.append("FILE_CONTENT")
            parts = []
            for part in op.body.parts:
                if part.is_file or part.example_repr == "None":
                    continue
                args.append(f"{part.python_name}={part.example_repr}")
                value = eval_literal(part.example_repr)
                if part.is_json and isinstance(value, str):
                    value = json.loads(value)
                parts.append((part.wire_name, json_value(value) if part.is_json else str(value), part.is_json))
            args.append(f"filename={py_literal(UPLOAD_FILENAME)}")
            body.update(parts=tuple(parts), file_part=file_part.wire_name if file_part else None, file_name=UPLOAD_FILENAME)
        elif op.body.kind in (BodyKind.NDJSON_BATCH, BodyKind.JSON_BATCH):
            items = _batch_items(op)
            body.update(body=json_value(items), sends=len(items))
            args.append(f"{const}.json")
        elif op.body.kind is BodyKind.FORM:
            fields = {}
            for part in op.body.parts:
                value = eval_literal(part.example_repr)
                if value is not None and wire_text(value) is not None:
                    args.append(f"{part.python_name}={part.example_repr}")
                    fields[part.wire_name] = wire_text(value)
            body.update(body=fields)
        elif op.body.kind is BodyKind.JSON:
            value = drop_links(json.loads(op.body.example_json) if op.body.example_json else {})
            t = op.body.type
            adapter = None if t is None or t.kind in ("model", "dict", "any") else t.spelled(IN_TESTS)
            body.update(body=json_value(value), body_adapter=adapter)
            args.append(f"{const}_BODY_ARG" if adapter else f"{const}.json")
        sent = _sent_query(op, method) if call not in ("download", "iter_bytes") else []
        args += [f"{p.python_name}={p.example_repr}" for p in sent]
        args += [f"{p.python_name}={p.example_repr}" for p in (*op.header_params, *op.cookie_params) if p.example_wire is not None]
        if call == "download":
            args.append("to=sink")
        result_is: str | None
        item_is: str | None
        if call == "batch":
            result_is, item_is = "list", "UpsertLine"
        elif call == "paginator":
            result_is, item_is = "list", _isinstance_of(op.item_type, known)[0]
        elif op.result is ResultKind.PAGE:
            result_is, item_is = "Page", _isinstance_of(op.item_type, known)[0]
        elif call == "iter_bytes":
            result_is, item_is = "bytes", None
        elif op.result is ResultKind.MODEL:
            result_is, item_is = _isinstance_of(op.return_type, known)
            if result_is is not None and isinstance(op.call, JsonCall) and op.call.empty_ok:
                result_is = f"({result_is.strip('()')}, type(None))"  # (a success without a body)
        elif op.result is ResultKind.TEXT:
            result_is, item_is = "str", None
        elif op.result is ResultKind.NONE:
            result_is, item_is = None, None
        else:
            result_is, item_is = op.return_type.annotation, None
        raises = "UploadError" if op.result is ResultKind.UPLOAD and _reports_errors(op) else None
        runtime: tuple[str, ...] = ("UpsertLine",) if call == "batch" else ("Page",) if result_is == "Page" else ()
        if result_is == op.return_type.annotation:
            runtime = op.return_type.runtime_names
        runtime += (raises,) if raises else ()
        out.append(
            Case(
                op_id=op_id(op),
                key=f"{op_id(op).rsplit('.', 1)[0]}.{method}",
                const=const,
                http_method=op.http_method,
                deprecated=op.deprecated,
                method=method,
                call=call,
                args=tuple(args),
                path=expected_path(op),
                query=tuple(pair for p in sent for pair in _query_pairs(p)),
                headers=tuple((p.wire_name, p.example_wire) for p in op.header_params if p.example_wire is not None),
                accept=_accept(op),
                content_type=op.body.content_type if op.body.kind is not BodyKind.NONE else None,
                result=op.result.value,
                result_isinstance=result_is,
                item_isinstance=item_is,
                batch_key=op.batch_key,
                raises=raises,
                runtime_names=runtime,
                example_items=_example_items(op) if op.result is ResultKind.PAGE else None,
                expected=_expected_model(op) if op.result is ResultKind.MODEL and call == "plain" else None,
                **body,
            )
        )
    return out


def _served_example(op: Operation) -> object:
    text = _answer(op)[2]
    return json.loads(text) if text else None


def _example_items(op: Operation) -> int | None:
    """Items in the example page our servers answer with (None when it has no item list)."""
    served = _served_example(op)
    if isinstance(served, list):
        return len(served)
    embedded = served.get("_embedded") if isinstance(served, dict) else None
    items = embedded.get("items") if isinstance(embedded, dict) else None
    return len(items) if isinstance(items, list) else None


def _expected_model(op: Operation) -> object:
    """The served example (a JSON object or array): a parsed result dumped back must equal it."""
    served = _served_example(op)
    return served if isinstance(served, (dict, list)) else None


def _reports_errors(op: Operation) -> bool:
    """Whether the answer our servers (and Prism) give carries a list of errors."""
    served = _served_example(op)
    return isinstance(served, dict) and bool(served.get("errors"))


def eval_literal(source: str) -> Any:
    """The value of an example's Python source (literals only; anything else is None)."""
    try:
        return ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return None


#: how endpoint test modules reach the models (``_m.Family``): no model name can meet theirs
MODELS = "_m."
IN_TESTS = Spelling(models=MODELS, typing="_t.", abc="_abc.", datetime="_dt.")


#: names a case's constant cannot take: the harness's (imported beside them) and those
#: pycodestyle calls ambiguous (E741: ``l``, ``O``, ``I``)
_NOT_CONSTANTS = frozenset({"FILE_CONTENT", "UPLOADED_CODE", "I", "L", "O"})


def _distinct_names(cases: list[Case]) -> list[Case]:
    """Each case's constant and test functions made distinct in their module, a trailing
    underscore at a time: constants none of :data:`_NOT_CONSTANTS`, and a test pair's names
    (``test_o``, ``test_o_async``) none of another pair's (method ``o_async``)."""
    constants: set[str] = set()
    tests: set[str] = set()
    out = []
    for c in cases:
        const = c.const
        while const in constants or const in _NOT_CONSTANTS:
            const += "_"
        constants.add(const)
        test = f"test_{c.method}"
        while test in tests or f"{test}_async" in tests:
            test += "_"
        tests.update((test, f"{test}_async"))
        out.append(replace(c, const=const, test_name=test))
    return out


def resource_tests(resource: Resource, api: Api) -> ResourceTests:
    known = {m.class_name: m for m in api.models}
    cases = _distinct_names([c for op in resource.operations for c in _cases(op, known)])
    pkg = api.package_name
    std: dict[str, set[str]] = {}
    plain: set[str] = set()
    third: dict[str, set[str]] = {}
    local: dict[str, set[str]] = {"._harness": {"Endpoint", "expect"}}
    for c in cases:
        text = " ".join(x for x in (c.result_isinstance, c.item_isinstance, c.body_adapter, c.raises) if x)
        if MODELS in text:
            third.setdefault(pkg, set()).add(f"models as {MODELS[:-1]}")
        if "_t." in text:
            plain.add("typing as _t")
        if "_abc." in text:
            plain.add("collections.abc as _abc")
        if "_dt." in text or any("_dt." in a for a in c.args):
            plain.add("datetime as _dt")
        for name in c.runtime_names:
            third.setdefault(pkg if name in ("Page", "UpsertOutcome") else f"{pkg}._overlays._results", set()).add(name)
        if any("Search(" in a for a in c.args):
            third.setdefault(pkg, set()).add("Search")
        if c.body_adapter:
            third.setdefault("pydantic", set()).add("TypeAdapter")
        helper = {"paginator": "afirst first", "batch": "acollect", "iter_bytes": "ajoin FILE_CONTENT", "download": "FILE_CONTENT"}.get(c.call, "")
        local["._harness"].update(helper.split())
        if c.call == "download":
            plain.add("io")
        if c.file_part:
            local["._harness"].add("FILE_CONTENT")
        if c.expected is not None:
            local["._harness"].add("as_json")
        if c.result == ResultKind.UPLOAD.value and c.result_isinstance == "str" and not c.raises:
            local.setdefault("._loopback", set()).add("UPLOADED_CODE")
    sections = [*import_lines(std, {}, plain), *import_lines({}, third), *import_lines({}, local)]
    return ResourceTests(resource=resource, cases=tuple(cases), import_sections=tuple(tuple(s) for s in sections))


# -- the table the offline transport and the loopback server answer from ------------------------


def _answer(op: Operation) -> tuple[int, str | None, str | None]:
    """(status, content type, body text) our servers answer a valid request with."""
    success = [r for r in op.responses if r.status in op.success_statuses]
    if not success:
        return (204 if op.result is ResultKind.NONE else 200), None, None
    if op.result in (ResultKind.MODEL, ResultKind.PAGE, ResultKind.TEXT, ResultKind.BATCH):
        chosen = next((r for r in success if r.example_json is not None), success[0])
    elif op.result is ResultKind.BINARY:
        chosen = next((r for r in success if r.binary), success[0])
    elif op.result in (ResultKind.UPLOAD, ResultKind.CREATED):
        chosen = next((r for r in success if r.status == "201"), success[0])
    else:
        chosen = success[0]
    ctype = chosen.content_type
    if ctype and not chosen.binary and not is_json_type(ctype) and not ctype.startswith("text/"):
        ctype = ACCEPT_JSON
    status = int(chosen.status) if chosen.status.isdigit() else 204 if op.result is ResultKind.NONE else 200
    return status, ctype, chosen.example_json


def operation_table(api: Api) -> list[OperationRow]:
    rows = []
    for op in api.operations:
        status, ctype, answer = _answer(op)
        parts = op.body.parts
        rows.append(
            OperationRow(
                op_id=op_id(op),
                method=op.http_method,
                path=op.path,
                auth=op.auth_scheme,
                accept=_accept(op),
                body=_body_kind(op),
                content_type=op.body.content_type if op.body.kind is not BodyKind.NONE else None,
                query=tuple((p.wire_name, p.required, p.enum_values, p.minimum, p.maximum) for p in op.query_params),
                required_parts=tuple(p.wire_name for p in parts if p.required),
                json_parts=tuple(p.wire_name for p in parts if p.is_json),
                file_part=next((p.wire_name for p in parts if p.is_file), None),
                status=status,
                answer_type=ctype,
                answer=answer,
                result=op.result.value,
                batch_key=op.batch_key,
                code_header=op.code_header,
                slash_params=tuple(p.wire_name for p in op.path_params if p.keeps_slashes),
                read_only=_is_read_only(op),
                prism=_prism_serves(op),
            )
        )
    return rows


def operations_json(api: Api) -> str:
    """The rows of :func:`operation_table` as the JSON ``_operations.json`` holds (tuples are
    arrays; ``_operations.py`` turns them back into tuples)."""
    rows = [{"id": row.op_id, **{name: getattr(row, name) for name in OperationRow.__dataclass_fields__ if name != "op_id"}} for row in operation_table(api)]
    return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"


def cases_json(views: Iterable[ResourceTests]) -> str:
    """``_cases.json``: every case's record (:meth:`Case.record`) by key, in resource order."""
    records = {c.key: c.record() for view in views for c in view.cases}
    return json.dumps(records, indent=1, ensure_ascii=False) + "\n"


def endpoint_test_files(api: Api) -> list[tuple[str, str, dict[str, Any]]]:
    """(output file name, template, extra context) of every file under ``endpoint_tests/``."""
    files: list[tuple[str, str, dict[str, Any]]] = [
        ("README.md", "endpoint_tests/README.md.jinja", {}),
        ("__init__.py", "endpoint_tests/__init__.py.jinja", {}),
        ("conftest.py", "endpoint_tests/conftest.py.jinja", {}),
        ("_harness.py", "endpoint_tests/_harness.py.jinja", {}),
        ("_loopback.py", "endpoint_tests/_loopback.py.jinja", {}),
        ("_operations.py", "endpoint_tests/_operations.py.jinja", {}),
        ("_package.py", "endpoint_tests/_package.py.jinja", {}),
        ("_operations.json", "endpoint_tests/_operations.json.jinja", {"operations_json": operations_json(api)}),
    ]
    views = [resource_tests(resource, api) for resource in api.resources]
    files.append(("_cases.json", "endpoint_tests/_cases.json.jinja", {"cases_json": cases_json(views)}))
    for view in views:
        files.append((f"test_{view.resource.module}.py", "endpoint_tests/test_resource.py.jinja", {"resource": view.resource, "view": view}))
    return files
