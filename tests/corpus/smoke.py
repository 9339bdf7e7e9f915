"""Calling every generated method once against a recording transport.

The calls are planned from the intermediate model (what the templates rendered the methods
from): path parameters positional, the rest keyword-only, values from the spec's examples
(``example_repr``) or, without one, a value of the parameter's type. A recording
``httpx.MockTransport`` answers each request with the operation's first success status and its
example body, and every method must send exactly one request with the operation's HTTP method
and a path matching its template.

A method that raises before sending anything is a failure; one that raises while reading the
reply (an example that does not match its schema, say) is counted, not failed.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal
from urllib.parse import parse_qsl, quote

from generator.ir import Api, BodyKind, Operation, ResultKind, TypeRef
from tests.support.httplib import httpx

BASE_URL = "http://corpus.test/base"
BASE_PATH = "/base"
TOKEN_PATH = "/api/oauth/v1/token"  # the runtime's token endpoint (templates/static/_async/_auth.py)
FILE_CONTENT = b"corpus file content\n"
FILE_NAME = "corpus.txt"
CODE = "corpus-code"
#: statuses the runtime treats as success (templates/static/_async/_http.py)
CLIENT_SUCCESS = frozenset({200, 201, 204})
#: query parameters a paginator walks itself (not in the lazy method's signature)
CURSOR_PARAMS = ("page", "search_after")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
#: what a path segment may hold unencoded (RFC 3986 pchar), besides letters and digits
_PCHAR = "/:@!$&'()*+,;=-._~%"

Style = Literal["plain", "paginator", "page", "batch", "download", "stream"]
_MISSING: Any = object()


# -- argument values ---------------------------------------------------------------------------


def typed_value(t: TypeRef | None, names: Mapping[str, object]) -> Any:
    """A plain value of type ``t`` (for parameters without a usable example)."""
    if t is None:
        return "corpus"
    k = t.kind
    if k == "primitive":
        return {"str": "corpus", "int": 1, "float": 1.5, "bool": True, "None": None, "object": {}}.get(t.name, "corpus")
    if k == "binary":
        return b"corpus"
    if k == "literal":
        return t.values[0] if t.values else "corpus"
    if k == "list":
        return []
    if k in ("dict", "mapping", "model", "discriminated"):
        return {}
    if k == "union":
        members = [a for a in t.args if not a.nullable]
        # a plain member first: str | Search reads better as "corpus"
        members.sort(key=lambda a: a.kind not in ("primitive", "literal"))
        return typed_value(members[0], names) if members else None
    if k == "runtime":
        factory = names.get(t.name)
        return factory() if callable(factory) else {}
    return "corpus"  # any


def example_value(source: str, names: Mapping[str, object]) -> Any:
    """The value of an example's Python source: a literal, or an expression over the package's
    public names (``Search().where(...)``); ``_MISSING`` when it is neither."""
    try:
        return ast.literal_eval(source)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        pass
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return _MISSING
    if any(isinstance(node, ast.Name) and node.id not in names for node in ast.walk(tree)):
        return _MISSING
    try:
        return eval(compile(tree, "<example>", "eval"), {"__builtins__": {}}, dict(names))
    except Exception:
        return _MISSING


def value_for(source: str, t: TypeRef | None, names: Mapping[str, object], *, required: bool) -> Any:
    """An example's value; without one, a value of the type when required, else None (left out)."""
    value = example_value(source, names)
    if value is _MISSING:
        value = None
    if value is None and required:
        value = typed_value(t, names)
    if value is None and required:
        value = "corpus"
    return value


# -- planning ----------------------------------------------------------------------------------


@dataclass
class Call:
    """One method call and the request it must send."""

    label: str  #: ``resource.method``
    op: Operation
    method: str
    style: Style
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    sent_query: tuple[str, ...] = ()  #: wire names of the query parameters given
    sent_headers: tuple[str, ...] = ()  #: wire names of the header parameters given


def _params(op: Operation, names: Mapping[str, object], *, listing: bool) -> tuple[dict[str, Any], tuple[str, ...], tuple[str, ...]]:
    kwargs: dict[str, Any] = {}
    query: list[str] = []
    headers: list[str] = []
    for p in (*op.query_params, *op.header_params):
        if listing and p.location == "query" and p.wire_name in CURSOR_PARAMS:
            continue
        if not p.required and p.example_wire is None:
            continue
        value = value_for(p.example_repr, p.type, names, required=p.required)
        if value is None:
            continue
        kwargs[p.python_name] = value
        (query if p.location == "query" else headers).append(p.wire_name)
    return kwargs, tuple(query), tuple(headers)


def _body(op: Operation, names: Mapping[str, object]) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments carrying the request body."""
    body = op.body
    if body.kind in (BodyKind.NDJSON_BATCH, BodyKind.JSON_BATCH):
        items = [json.loads(t) for t in body.example_items_json] or ([json.loads(body.example_json)] if body.example_json else [{}])
        return [], {"items": items[:100]}
    if body.kind is BodyKind.JSON:
        value = json.loads(body.example_json) if body.example_json is not None else typed_value(body.type, names)
        return [value], {}
    if body.kind in (BodyKind.MULTIPART, BodyKind.FORM):
        positional: list[Any] = []
        kwargs: dict[str, Any] = {}
        one_of = set(body.one_of_parts)
        chosen_one = False
        for part in body.parts:
            if part.is_file:
                positional.append(FILE_CONTENT)
                continue
            if part.wire_name in one_of:
                if chosen_one:
                    continue
                chosen_one = True
                required = True
            else:
                required = part.required
            fallback_type = part.type if part.type is not None else TypeRef("dict") if part.is_json else None
            value = value_for(part.example_repr, fallback_type, names, required=required)
            if value is not None:
                kwargs[part.python_name] = value
        if body.kind is BodyKind.MULTIPART and op.result is ResultKind.UPLOAD:
            kwargs["filename"] = FILE_NAME
        return positional, kwargs
    return [], {}


def plan(api: Api, names: Mapping[str, object], download_dir: Path) -> list[Call]:
    """Every method of every resource, with its arguments."""
    calls: list[Call] = []
    for resource in api.resources:
        for op in resource.operations:
            path_args = tuple(value_for(p.example_repr, p.type, names, required=True) for p in op.path_params)
            prefix = resource.attr_name
            if op.result is ResultKind.BINARY:
                # (a download's query and header parameters are given like any other method's;
                # one answering a POST takes its JSON body too)
                positional, body_kwargs = _body(op, names)
                kwargs, query, headers = _params(op, names, listing=False)
                kwargs = {**body_kwargs, **kwargs}
                args = path_args + tuple(positional)
                folder = download_dir / f"{len(calls)}"
                folder.mkdir(parents=True)
                calls.append(Call(f"{prefix}.{op.python_name}", op, op.python_name, "download", args, {**kwargs, "to": folder}, query, headers))
                stream = op.stream_name or "iter_bytes"
                calls.append(Call(f"{prefix}.{stream}", op, stream, "stream", args, dict(kwargs), query, headers))
                continue
            if op.result is ResultKind.PAGE:
                kwargs, query, headers = _params(op, names, listing=True)
                calls.append(Call(f"{prefix}.{op.python_name}", op, op.python_name, "paginator", path_args, kwargs, query, headers))
                kwargs, query, headers = _params(op, names, listing=False)
                page = op.python_name + "_page"
                calls.append(Call(f"{prefix}.{page}", op, page, "page", path_args, kwargs, query, headers))
                continue
            positional, body_kwargs = _body(op, names)
            kwargs, query, headers = _params(op, names, listing=False)
            style: Style = "batch" if op.result is ResultKind.BATCH else "plain"
            calls.append(Call(f"{prefix}.{op.python_name}", op, op.python_name, style, path_args + tuple(positional), {**body_kwargs, **kwargs}, query, headers))
    return calls


# -- answering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str | None
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    #: batches: the reply is one result per item sent (``BodyKind.NDJSON_BATCH`` or ``JSON_BATCH``)
    batch: BodyKind | None = None
    batch_key: str = "code"

    def batch_reply(self, request: httpx.Request) -> bytes:
        """A result per item of the request, keyed like the item (what the API answers)."""
        text = request.content.decode()
        if self.batch is BodyKind.NDJSON_BATCH:
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
            lines = [{"line": n, self.batch_key: _key(item, self.batch_key), "status_code": 201} for n, item in enumerate(items, 1)]
            return "\n".join(json.dumps(line) for line in lines).encode()
        items = json.loads(text) if text.strip() else []
        return json.dumps([{self.batch_key: _key(item, self.batch_key), "status_code": 201} for item in items]).encode()


def _key(item: object, key: str) -> object:
    return item.get(key) if isinstance(item, dict) else None


def _drop_next_link(text: str) -> str:
    """A list page without its ``next`` link (each method call must send a single request)."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict) and isinstance(value.get("_links"), dict):
        value["_links"] = {k: v for k, v in value["_links"].items() if k != "next"}
    return json.dumps(value)


def answer_for(op: Operation) -> Answer:
    """The operation's first success status with its example body (or an empty one / ``{}``)."""
    first = op.success_statuses[0] if op.success_statuses else None
    status = int(first) if first is not None and first.isdigit() else 204 if op.result is ResultKind.NONE else 200
    response = next((r for r in op.responses if r.status == first), None)
    headers: list[tuple[str, str]] = []
    if op.code_header and op.code_header.lower() != "location":
        headers.append((op.code_header, CODE))
    if status == 204:
        return Answer(status, None, b"", tuple(headers))
    ctype = response.content_type if response is not None else None
    if op.result is ResultKind.BINARY:
        return Answer(status, ctype or "application/octet-stream", FILE_CONTENT, tuple(headers))
    if op.result is ResultKind.BATCH:
        batch_type = ctype or ("application/vnd.akeneo.collection+json" if op.body.kind is BodyKind.NDJSON_BATCH else "application/json")
        return Answer(status, batch_type, b"", tuple(headers), batch=op.body.kind, batch_key=op.batch_key or "code")
    example = response.example_json if response is not None else None
    if example is not None:
        if op.result is ResultKind.PAGE:
            example = _drop_next_link(example)
        if op.result is ResultKind.TEXT:
            value = json.loads(example)  # a text example is stored as a JSON string
            text = value if isinstance(value, str) else example
            return Answer(status, ctype or "text/plain", text.encode(), tuple(headers))
        json_type = ctype if ctype and "json" in ctype else "application/json"
        return Answer(status, json_type, example.encode(), tuple(headers))
    if op.result is ResultKind.NONE:
        return Answer(status, None, b"", tuple(headers))
    if op.result is ResultKind.TEXT:
        return Answer(status, ctype or "text/plain", b"corpus text", tuple(headers))
    return Answer(status, "application/json", b"{}", tuple(headers))


_TOKEN_REPLY = json.dumps({"access_token": "t2", "expires_in": 3600, "token_type": "bearer", "scope": None, "refresh_token": "r2"}).encode()


class Recorder:
    """The mock transport's handler: records every request, answers the current call's way."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = Answer(200, "application/json", b"{}")
        self.token_endpoint = False  #: the operation called is the token endpoint itself

    def is_token_request(self, request: httpx.Request) -> bool:
        return not self.token_endpoint and _raw_path(request) == BASE_PATH + TOKEN_PATH

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.is_token_request(request):
            return httpx.Response(200, headers={"Content-Type": "application/json"}, content=_TOKEN_REPLY)
        a = self.answer
        body = a.batch_reply(request) if a.batch is not None else a.body
        headers = list(a.headers)
        if a.content_type:
            headers.append(("Content-Type", a.content_type))
        if a.status == 201 or any(k.lower() == "location" for k, _ in a.headers):
            headers.append(("Location", str(request.url.copy_with(query=None)) + "/" + CODE))
        return httpx.Response(a.status, headers=headers, content=body)

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not self.is_token_request(r)]


def _raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii").split("?", 1)[0]


def path_pattern(op: Operation) -> re.Pattern[str]:
    """The operation's path under the base path, each parameter as ``[^/?]+`` (``.+`` when it
    keeps its slashes); a query written in the path template (``/responses?beta=true``) is left
    to :func:`template_query`."""
    template = op.path.split("?", 1)[0]
    slashes = {p.wire_name for p in op.path_params if p.keeps_slashes}
    out, pos = [re.escape(BASE_PATH)], 0
    for m in _PLACEHOLDER.finditer(template):
        out.append(_literal(template[pos : m.start()]))
        out.append(".+" if m.group(1) in slashes else "[^/?]+")
        pos = m.end()
    out.append(_literal(template[pos:]))
    return re.compile("".join(out))


def _literal(text: str) -> str:
    """A literal piece of a path template, as written or percent-encoded (``<`` travels as ``%3C``)."""
    encoded = quote(text, safe=_PCHAR)
    return re.escape(text) if encoded == text else f"(?:{re.escape(text)}|{re.escape(encoded)})"


def template_query(op: Operation) -> list[tuple[str, str]]:
    """The query written in the operation's path template, if any."""
    return parse_qsl(op.path.split("?", 1)[1], keep_blank_values=True) if "?" in op.path else []


# -- running -----------------------------------------------------------------------------------


@dataclass
class SmokeReport:
    calls: int = 0
    failures: list[str] = field(default_factory=list)
    #: calls that sent the right request but raised while reading the reply: label -> error
    reply_errors: dict[str, str] = field(default_factory=dict)

    def reply_error_summary(self) -> str:
        """Counts by exception type, then each method's error (sync and async flavours merged)."""
        kinds = Counter(e.split(":", 1)[0] for e in self.reply_errors.values())
        lines = [f"{n} x {kind}" for kind, n in kinds.most_common()]
        merged: dict[tuple[str, str], list[str]] = {}
        for label, error in sorted(self.reply_errors.items()):
            method, _, flavour = label.partition(" ")
            merged.setdefault((method, error), []).append(flavour.strip("[]"))
        lines += [f"  {method} [{', '.join(flavours)}]: {error}" for (method, error), flavours in merged.items()]
        return "\n".join(lines)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"


def _check(call: Call, flavour: str, recorder: Recorder, error: BaseException | None, report: SmokeReport, api_error: type[BaseException]) -> None:
    label = f"{call.label} [{flavour}]"
    sent = recorder.api_requests()
    if error is not None and not sent:
        report.failures.append(f"{label}: raised before sending a request: {_one_line(error)}")
        return
    problems: list[str] = []
    status = recorder.answer.status
    if isinstance(error, api_error) and status not in CLIENT_SUCCESS and str(status) in call.op.success_statuses:
        # not a reply that does not match its schema: the client refuses a documented success status
        problems.append(f"the operation's documented success status {status} raised {_one_line(error)}")
        error = None
    if len(sent) != 1:
        problems.append(f"sent {len(sent)} requests ({', '.join(f'{r.method} {r.url}' for r in sent)}), expected 1")
    if sent:
        request = sent[0]
        if request.method != call.op.http_method:
            problems.append(f"sent {request.method}, expected {call.op.http_method}")
        raw = _raw_path(request)
        if not path_pattern(call.op).fullmatch(raw):
            problems.append(f"sent path {raw}, expected {BASE_PATH}{call.op.path.split('?', 1)[0]}")
        pairs = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        absent = [f"{k}={v}" for k, v in template_query(call.op) if (k, v) not in pairs]
        if absent:
            problems.append(f"the path template's query {', '.join(absent)} was not sent (sent: {request.url.query.decode('ascii') or 'none'})")
        query = {name for name, _ in pairs}
        missing = [name for name in call.sent_query if name not in query]
        if missing:
            problems.append(f"query parameter(s) given but not sent: {', '.join(missing)} (sent: {request.url.query.decode('ascii') or 'none'})")
        missing = [name for name in call.sent_headers if name not in request.headers]
        if missing:
            problems.append(f"header parameter(s) given but not sent: {', '.join(missing)}")
    if problems:
        report.failures.append(f"{label}: " + "; ".join(problems) + (f" (then raised {_one_line(error)})" if error is not None else ""))
    elif error is not None:
        report.reply_errors[label] = _one_line(error)


def _sync_call(client: Any, call: Call) -> None:
    method = getattr(getattr(client, call.label.split(".", 1)[0]), call.method)
    result = method(*call.args, **call.kwargs)
    if call.style in ("paginator", "batch"):
        list(result)
    elif call.style == "stream":
        b"".join(result)


async def _async_call(client: Any, call: Call) -> None:
    resource = getattr(client, call.label.split(".", 1)[0])
    if call.style == "stream":
        async for _ in getattr(resource, "a" + call.method)(*call.args, **call.kwargs):
            pass
        return
    result = getattr(resource, call.method)(*call.args, **call.kwargs)
    if call.style in ("paginator", "batch"):
        async for _ in result:
            pass
    else:
        await result


@contextmanager
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated operations warn when called
        yield


def _client_options(recorder: Recorder, client_type: type[httpx.Client] | type[httpx.AsyncClient]) -> dict[str, Any]:
    # client_id/secret: operations of the token endpoint send them as HTTP Basic credentials
    # max_retries=0: a reply the runtime would retry shows as an error, not as more requests
    return {"token": "t", "client_id": "corpus-id", "secret": "corpus-secret", "max_retries": 0, "http_client": client_type(transport=httpx.MockTransport(recorder))}


def client_classes(api: Api, package: ModuleType) -> tuple[Any, Any]:
    """The blocking and async client classes (``Akeneo`` / ``AsyncAkeneo`` for Akeneo specs)."""
    name = getattr(api, "client_class", "Akeneo")
    return getattr(package, name), getattr(package, "Async" + name)


def run_smoke(api: Api, package: ModuleType, calls: list[Call]) -> SmokeReport:
    """Call every planned method with the blocking client, then with the async one."""
    report = SmokeReport()
    recorder = Recorder()
    api_error: type[BaseException] = package.errors.APIError

    def prepare(call: Call) -> None:
        recorder.requests = []
        recorder.answer = answer_for(call.op)
        recorder.token_endpoint = call.op.path == TOKEN_PATH
        report.calls += 1

    sync_client, async_client = client_classes(api, package)
    client = sync_client(BASE_URL, **_client_options(recorder, httpx.Client))
    with _quiet():
        for call in calls:
            prepare(call)
            error: BaseException | None = None
            try:
                _sync_call(client, call)
            except Exception as exc:
                error = exc
            _check(call, "sync", recorder, error, report, api_error)
    client.close()

    async def run_async() -> None:
        aclient = async_client(BASE_URL, **_client_options(recorder, httpx.AsyncClient))
        with _quiet():
            for call in calls:
                prepare(call)
                error: BaseException | None = None
                try:
                    await _async_call(aclient, call)
                except Exception as exc:
                    error = exc
                _check(call, "async", recorder, error, report, api_error)
        await aclient.aclose()

    asyncio.run(run_async())
    return report


@contextmanager
def imported(out: Path, name: str) -> Iterator[ModuleType]:
    """The generated package ``name`` imported from ``out``; forgotten afterwards."""
    sys.path.insert(0, str(out))
    try:
        package = importlib.import_module(name)
        where = Path(str(package.__file__)).resolve()
        assert where.is_relative_to(out.resolve()), f"{name} imported from {where}, not from {out}"
        yield package
    finally:
        sys.path.remove(str(out))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]


def public_names(package: ModuleType) -> dict[str, object]:
    return {n: getattr(package, n) for n in getattr(package, "__all__", ()) if hasattr(package, n)}
