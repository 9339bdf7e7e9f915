# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The endpoint tests' own server: answers every operation from the spec's examples.

One function, :func:`respond`, decides the answer to a request; it serves both the offline
transport (``httpx.MockTransport``, no socket) and :class:`LoopbackServer`, a threaded HTTP
server on 127.0.0.1 that stands in for Prism where Prism cannot answer faithfully (NDJSON
bodies, which Prism parses as one JSON document, and path values containing ``/``, which it
cannot route). Before answering it validates what it can,
the way the PIM does: the route, the credentials, ``Accept``, ``Content-Type``, the body (JSON,
one JSON object a line, a JSON array, multipart parts) and the query parameters; an invalid
request gets the PIM's error status, so the client under test raises.

Valid requests are answered with the operation's success status and example body; batches
with one status per item sent, uploads with a ``Location`` (and code header) naming
:data:`UPLOADED_CODE`, downloads with :data:`FILE_CONTENT`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

__all__ = [
    "FILE_CONTENT",
    "UPLOADED_CODE",
    "Answer",
    "LoopbackServer",
    "Operation",
    "Router",
    "respond",
]

#: the bytes every download answers (and every upload test sends)
FILE_CONTENT = b"\x89PNG\r\n\x1a\n endpoint test file \x00\xff" * 4
#: the code every upload answers (it contains slashes, as media file codes do)
UPLOADED_CODE = "1/2/3/4/1234abcd5678ef_example.jpg"
NDJSON = "application/vnd.akeneo.collection+json"
MAX_ITEMS = 100


@dataclass(frozen=True)
class Operation:
    """One operation as the servers see it (rows generated in ``_operations.py``)."""

    id: str
    method: str
    path: str
    auth: str  #: bearer | basic | none
    accept: str  #: the Accept value the client must send
    body: str  #: none | json | ndjson | json_array | multipart | form
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


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    operation: str | None = None


class Router:
    """Finds the operation a method and raw path address (most literal path first)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        routes = []
        for op in operations:
            pattern = ""
            for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", op.path):
                pattern += re.escape(literal)
                if name:
                    group = re.sub(r"\W", "_", name)
                    pattern += (
                        f"(?P<{group}>.+?)" if name in op.slash_params else f"(?P<{group}>[^/]+)"
                    )
            literal_size = len(re.sub(r"\{[^}]+\}", "", op.path))
            routes.append((-literal_size, op.path, re.compile(pattern + "/?"), op))
        self._routes = sorted(routes, key=lambda r: (r[0], r[1], r[3].method))

    def match(self, method: str, path: str) -> tuple[Operation | None, bool]:
        """(operation, whether some operation has this path)."""
        seen = False
        for _, _, pattern, op in self._routes:
            if pattern.fullmatch(path):
                seen = True
                if op.method == method:
                    return op, True
        return None, seen


def _error(status: int, message: str, op: Operation | None = None) -> Answer:
    body = json.dumps({"code": status, "message": message}).encode()
    return Answer(status, [("Content-Type", "application/json")], body, op.id if op else None)


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _check_auth(op: Operation, headers: Mapping[str, str]) -> str | None:
    value = headers.get("authorization", "")
    if op.auth == "bearer" and not (value.startswith("Bearer ") and value[7:].strip()):
        return "Authentication is required"
    if op.auth == "basic":
        try:
            decoded = (
                base64.b64decode(value[6:], validate=True).decode()
                if value.startswith("Basic ")
                else ""
            )
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        if ":" not in decoded:
            return "The client id and secret are required (HTTP Basic)"
    return None


def _check_query(op: Operation, query: list[tuple[str, str]]) -> str | None:
    given = dict(query)
    for name, required, enum, minimum, maximum in op.query:
        if name not in given:
            if required:
                return f"query parameter {name!r} is required"
            continue
        value = given[name]
        if enum and value not in {str(e) for e in enum}:
            return f"query parameter {name!r} must be one of {', '.join(str(e) for e in enum)}"
        if minimum is not None or maximum is not None:
            try:
                number = float(value)
            except ValueError:
                return f"query parameter {name!r} must be a number"
            if (minimum is not None and number < minimum) or (
                maximum is not None and number > maximum
            ):
                return f"query parameter {name!r} is out of range"
    return None


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]]:
    """(name, file name, content) of each part of a multipart/form-data body."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts.append(
            (str(name or ""), part.get_filename(), payload if isinstance(payload, bytes) else b"")
        )
    return parts


def _read_body(op: Operation, content_type: str, body: bytes) -> tuple[Any, Answer | None]:
    """The decoded body, or an error answer."""
    if op.body == "none":
        return None, None
    if op.content_type and _media_type(content_type) != _media_type(op.content_type):
        return None, _error(
            415,
            f'"{content_type}" in "Content-Type" header is not valid. Only "{op.content_type}" is allowed.',
            op,
        )
    if op.body in ("json", "json_array"):
        try:
            value = json.loads(body)
        except ValueError:
            return None, _error(400, "Invalid JSON message received", op)
        if op.body == "json_array":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                return None, _error(400, "A JSON array of objects is expected", op)
            if len(value) > MAX_ITEMS:
                return None, _error(
                    413, f"Too many resources to process, {MAX_ITEMS} is the maximum allowed.", op
                )
        return value, None
    if op.body == "ndjson":
        items = []
        for line in body.split(b"\n"):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                return None, _error(400, "Invalid JSON message received", op)
            if not isinstance(item, dict):
                return None, _error(400, "Each line must be a JSON object", op)
            items.append(item)
        if len(items) > MAX_ITEMS:
            return None, _error(
                413, f"Too many resources to process, {MAX_ITEMS} is the maximum allowed.", op
            )
        return items, None
    if op.body == "multipart":
        if "boundary=" not in content_type:
            return None, _error(415, "multipart/form-data needs a boundary", op)
        parts = parse_multipart(content_type, body)
        names = {name for name, _, _ in parts}
        for name, filename, content in parts:
            if name == op.file_part and not filename:
                return None, _error(422, f"The part {name!r} must be a file (with a file name)", op)
            if name in op.json_parts:
                try:
                    json.loads(content)
                except ValueError:
                    return None, _error(400, f"The part {name!r} must be JSON", op)
        missing = [
            n
            for n in (*op.required_parts, *([op.file_part] if op.file_part else []))
            if n not in names
        ]
        if missing:
            return None, _error(422, f"Missing part(s): {', '.join(missing)}", op)
        return parts, None
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)), None


def _batch_answer(op: Operation, items: list[Any]) -> Answer:
    key = op.batch_key or "code"
    if op.body == "ndjson":
        lines = [
            json.dumps({"line": n, key: item.get(key), "status_code": 204})
            for n, item in enumerate(items, 1)
        ]
        return Answer(200, [("Content-Type", NDJSON)], "\n".join(lines).encode(), op.id)
    statuses = [{key: item.get(key), "status_code": 204} for item in items]
    return Answer(200, [("Content-Type", "application/json")], json.dumps(statuses).encode(), op.id)


def respond(
    router: Router, method: str, target: str, headers: Mapping[str, str], body: bytes, origin: str
) -> Answer:
    """The answer to one request (``headers`` with lower-case names; ``origin``: scheme://host)."""
    raw_path, _, raw_query = target.partition("?")
    op, path_known = router.match(method.upper(), raw_path)
    if op is None:
        return _error(405 if path_known else 404, f"No route for {method} {unquote(raw_path)}")
    problem = _check_auth(op, headers)
    if problem:
        return _error(401, problem, op)
    if op.accept == "application/json" and "application/json" not in headers.get("accept", ""):
        return _error(
            406,
            f'"{headers.get("accept", "")}" in "Accept" header is not valid. Only "application/json" is allowed.',
            op,
        )
    problem = _check_query(op, parse_qsl(raw_query, keep_blank_values=True))
    if problem:
        return _error(422, problem, op)
    decoded, error = _read_body(op, headers.get("content-type", ""), body)
    if error is not None:
        return error
    if op.result == "batch":
        return _batch_answer(op, decoded or [])
    answer = Answer(op.status, [], b"", op.id)
    if op.result == "binary":
        answer.headers += [
            ("Content-Type", op.answer_type or "application/octet-stream"),
            ("Content-Disposition", 'attachment; filename="example.jpg"'),
        ]
        answer.body = FILE_CONTENT
        return answer
    if op.result in ("upload", "created"):
        code = UPLOADED_CODE if op.result == "upload" else "created_1"
        answer.headers.append(("Location", f"{origin}{raw_path.rstrip('/')}/{code}"))
        if op.code_header and op.code_header.lower() != "location":
            answer.headers.append((op.code_header, code))
    if op.answer is not None and op.status != 204:
        answer.headers.append(("Content-Type", op.answer_type or "application/json"))
        answer.body = op.answer.encode()
    return answer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _serve(self) -> None:
        body = self._body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        answer = respond(
            self.server.router,
            self.command,
            self.path,
            headers,
            body,
            f"http://{headers.get('host', '127.0.0.1')}",
        )
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest shows failures, not every request."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    router: Router


class LoopbackServer:
    """:func:`respond` over HTTP on 127.0.0.1 (an ephemeral port), in a background thread."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.router = Router(operations)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="endpoint-tests-loopback", daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
