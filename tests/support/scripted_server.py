"""A scripted HTTP server on 127.0.0.1 for runtime tests and the generated package's tests.

Each test installs handlers (``server.on(...)``) that turn a recorded request into a
:class:`Reply`; every request is kept in ``server.requests`` exactly as received (raw path,
headers, body). A reply can also drop the connection without answering.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str  # raw request target: path and query, as sent on the wire
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """What to answer: a status, a body (bytes, text or JSON-able) and headers."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering
    delay: float = 0.0  # seconds to wait before answering
    #: a body sent in chunks (``Transfer-Encoding: chunked``) as the iterator yields them,
    #: ``chunk_delay`` seconds apart (an endless or drip-fed body); ``body`` is then ignored
    chunks: Callable[[], Iterator[bytes]] | None = None
    chunk_delay: float = 0.0
    #: the ``Content-Length`` announced, whatever the body's length
    content_length: int | None = None

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            data = self.body
        elif isinstance(self.body, str):
            data = self.body.encode()
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        else:
            data = json.dumps(self.body).encode()
            headers.setdefault("Content-Type", "application/json")
        return data, headers


def json_reply(body: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, body, {k.replace("_", "-"): v for k, v in headers.items()})


def error_reply(status: int, message: str, **extra: Any) -> Reply:
    return Reply(status, {"code": status, "message": message, **extra})


Handler = Callable[[Recorded], Reply]


def sequence(*replies: Reply) -> Handler:
    """A handler answering with ``replies`` in turn, then repeating the last one."""
    queue = list(replies)
    lock = threading.Lock()

    def handle(_: Recorded) -> Reply:
        with lock:
            return queue.pop(0) if len(queue) > 1 else queue[0]

    return handle


class TokenIssuer:
    """Handles ``POST /api/oauth/v1/token``: issues ``access-N``/``refresh-N`` tokens.

    ``refuse_refresh`` answers 422 to refresh grants; ``expires_in`` sets the lifetime.
    """

    def __init__(self, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.issued = 0
        self.refuse_refresh = False
        self.refuse_all: Reply | None = None
        self.lock = threading.Lock()

    @property
    def current(self) -> str:
        return f"access-{self.issued}"

    def __call__(self, request: Recorded) -> Reply:
        if self.refuse_all is not None:
            return self.refuse_all
        body = request.json()
        if body.get("grant_type") == "refresh_token" and self.refuse_refresh:
            return error_reply(422, "Refresh token is invalid or has expired")
        with self.lock:
            self.issued += 1
            n = self.issued
        return json_reply(
            {
                "access_token": f"access-{n}",
                "expires_in": self.expires_in,
                "token_type": "bearer",
                "scope": None,
                "refresh_token": f"refresh-{n}",
            }
        )


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # the client went away (timeouts, dropped connections)
            return
        super().handle_error(request, client_address)


class ScriptedServer:
    """The server: ``on(method, path, handler)`` routes by exact path (query ignored), or by
    path prefix when the path ends with ``*``; unmatched requests get 404."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.routes: list[tuple[str, str, Handler]] = []
        self.tokens = TokenIssuer()
        self.on("POST", "/api/oauth/v1/token", self.tokens)
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def on(self, method: str, path: str, handler: Handler | Reply) -> None:
        if isinstance(handler, Reply):
            reply = handler
            handler = lambda _req: reply  # noqa: E731
        self.routes.insert(0, (method.upper(), path, handler))

    def api_requests(self) -> list[Recorded]:
        """Requests other than token requests."""
        return [r for r in self.requests if r.path != "/api/oauth/v1/token"]

    def token_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == "/api/oauth/v1/token"]

    def dispatch(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
        for method, path, handler in self.routes:
            if method != request.method:
                continue
            if path.endswith("*"):
                if request.path.startswith(path[:-1]):
                    return handler(request)
            elif request.path == path:
                return handler(request)
        return error_reply(404, f"No route for {request.method} {request.path}")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks: list[bytes] = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _handle(self) -> None:
                body = self._body()
                recorded = Recorded(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                reply = server.dispatch(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.close()
                    return
                data, headers = reply.encoded()
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if reply.chunks is not None:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for chunk in reply.chunks():
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                    return
                length = len(data) if reply.content_length is None else reply.content_length
                self.send_header("Content-Length", str(length))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                if length != len(data):
                    self.close_connection = True

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _handle

        return _Handler


def page_envelope(
    items: Iterable[Any],
    *,
    next_href: str | None = None,
    self_href: str = "",
    current_page: int | None = None,
    items_count: int | None = None,
    embedded: bool = True,
) -> dict[str, Any]:
    links: dict[str, Any] = {"self": {"href": self_href}, "first": {"href": self_href}}
    if next_href is not None:
        links["next"] = {"href": next_href}
    envelope: dict[str, Any] = {"_links": links}
    if current_page is not None:
        envelope["current_page"] = current_page
    if items_count is not None:
        envelope["items_count"] = items_count
    if embedded:
        envelope["_embedded"] = {"items": list(items)}
    return envelope
