"""A loopback HTTP server playing the PIM for the overlay tests (and the transfer benchmark).

It runs in a thread of the test process (batch tests script its faults with Python callables)
or as a separate process (``python -m tests.overlays.server --root DIR``; it prints its port),
so that memory measured in the client process is the client's alone.

Endpoints:

- ``PATCH`` on any collection path: a batch upsert. NDJSON (``application/vnd.akeneo.collection
  +json``) answers one result line per input line; ``application/json`` answers a JSON array.
  An item is created (201) the first time its identifier/code/uuid is seen on that path and
  updated (204) afterwards; an item with ``"invalid": true`` gets a 422 result with field errors.
  ``fault`` (a callable given the request number and the decoded items) may return a
  :class:`Fault` to answer with an error status, a dropped connection or a truncated reply.
- ``POST /api/rest/v1/media-files`` (and the other upload paths): reads the multipart body as it
  arrives, hashes the file part, and answers 201 with ``Location`` (product and category media)
  or a code header (asset and reference entity media); ``X-Test-*`` headers echo what arrived.
  PAM reference file uploads answer 201 with an ``errors`` body.
- ``GET .../media-files/<mode>/<name>/download`` (and ``/asset-media-files/<mode>/<name>``)
  serves ``<root>/<name>``; ``mode`` is ``ok``, ``drop`` (connection closed mid-body), ``evil``
  (``Content-Disposition`` with ``../../evil``), ``ext`` (``filename*``), ``nodisp`` (no
  ``Content-Disposition``), ``short`` (declares more bytes than it sends, then closes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

NDJSON = "application/vnd.akeneo.collection+json"
KEYS = ("identifier", "uuid", "code")


@dataclass(frozen=True)
class Fault:
    """How to spoil one batch request.

    kind: ``status`` (answer ``status`` with ``headers``), ``drop`` (apply the items, send half
    the reply, close the connection), ``truncate`` (apply the items, answer only the first
    ``keep`` results).
    """

    kind: str
    status: int = 500
    headers: tuple[tuple[str, str], ...] = ()
    keep: int = 0


@dataclass
class BatchLog:
    """What the batch endpoint saw."""

    requests: int = 0
    sizes: list[int] = field(default_factory=list)
    applied: dict[tuple[str, str], int] = field(default_factory=dict)
    faults: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def setup(self) -> None:
        super().setup()
        # answer headers and body without waiting for a delayed ACK (Nagle)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # -- helpers --------------------------------------------------------------------------

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        hdrs = {"Content-Length": str(len(body))}
        if body and not any(k.lower() == "content-type" for k in headers or {}):
            hdrs["Content-Type"] = "application/json"
        hdrs.update(headers or {})
        for name, value in hdrs.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._drain()
        body = json.dumps({"code": status, "message": message}).encode()
        self._send(status, body, headers)

    def _drain(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        remaining = length - getattr(self, "_consumed", 0)
        while remaining > 0:
            data = self.rfile.read(min(remaining, 1 << 16))
            if not data:
                break
            remaining -= len(data)
        self._consumed = length

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        self._consumed = length
        return data

    def _abort(self) -> None:
        """Close the connection at once (no more bytes)."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- batch ----------------------------------------------------------------------------

    def do_PATCH(self) -> None:
        srv = self.server
        path = urlsplit(self.path).path
        raw = self._read_body()
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == NDJSON:
            items = [json.loads(line) for line in raw.split(b"\n") if line.strip()]
            as_array = False
        elif ctype == "application/json":
            items = json.loads(raw)
            as_array = True
        else:
            self._error(415, f"unsupported content type {ctype!r}")
            return
        with srv.lock:
            srv.log.requests += 1
            number = srv.log.requests
            srv.log.sizes.append(len(items))
        fault = srv.fault(number, items) if srv.fault is not None else None
        if fault is not None:
            with srv.lock:
                srv.log.faults.append(fault.kind if fault.kind != "status" else str(fault.status))
        if fault is not None and fault.kind == "status":
            self._error(fault.status, "injected failure", dict(fault.headers))
            return
        if len(items) > srv.max_batch:
            self._error(
                413, f"Too many resources to process, {srv.max_batch} is the maximum allowed."
            )
            return
        results = [self._apply(path, i + 1, item, as_array) for i, item in enumerate(items)]
        if fault is not None and fault.kind == "truncate":
            results = results[: fault.keep]
        if as_array:
            body = json.dumps(results).encode()
        else:
            body = b"\n".join(json.dumps(r, ensure_ascii=False).encode() for r in results)
        if fault is not None and fault.kind == "drop":
            self.send_response(200)
            self.send_header("Content-Type", NDJSON if not as_array else "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self._abort()
            return
        self._send(200, body, {"Content-Type": NDJSON if not as_array else "application/json"})

    def _apply(self, path: str, line: int, item: Any, as_array: bool) -> dict[str, Any]:
        srv = self.server
        key = next((k for k in KEYS if isinstance(item, dict) and k in item), None)
        result: dict[str, Any] = {} if as_array else {"line": line}
        if key is None:
            result.update({"status_code": 422, "message": "missing identifier"})
            return result
        value = str(item[key])
        result[key] = value
        if item.get("invalid"):
            result.update(
                {
                    "status_code": 422,
                    "message": "Validation failed.",
                    "errors": [
                        {"property": "values", "message": "bad value", "attribute": "name"},
                        {"property": "family", "message": "unknown family"},
                    ],
                }
            )
            return result
        if "_links" in item:
            result.update({"status_code": 400, "message": "_links sent"})
            return result
        if not srv.remember:
            result["status_code"] = 201
            return result
        with srv.lock:
            seen = srv.log.applied.get((path, value), 0)
            srv.log.applied[(path, value)] = seen + 1
        result["status_code"] = 204 if seen else 201
        return result

    # -- uploads --------------------------------------------------------------------------

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        ctype = self.headers.get("Content-Type") or ""
        if not ctype.startswith("multipart/form-data"):
            self._error(415, "multipart/form-data expected")
            return
        boundary = ctype.split("boundary=", 1)[1].strip().strip('"').encode()
        length = int(self.headers.get("Content-Length") or -1)
        if length < 0:
            self._error(411, "Content-Length required")
            return
        parts = parse_multipart(self.rfile, length, boundary)
        self._consumed = length
        file_part = next((p for p in parts if p.filename is not None), None)
        if file_part is None:
            self._error(422, "no file part")
            return
        fields = {p.name: p.value.decode() for p in parts if p.filename is None}
        code = f"a/b/{file_part.sha256[:8]}/{file_part.sha256[8:16]}_{file_part.filename}"
        headers = {
            "X-Test-Sha256": file_part.sha256,
            "X-Test-Size": str(file_part.size),
            "X-Test-Filename": quote(file_part.filename or ""),
            "X-Test-Part-Type": file_part.content_type or "",
            "X-Test-Field": file_part.name,
            "X-Test-Fields": quote(json.dumps(fields, sort_keys=True)),
        }
        host = self.headers.get("Host") or "localhost"
        body = b""
        if path.endswith("/asset-media-files"):
            headers["Asset-media-file-code"] = code
            headers["Location"] = f"http://{host}{path}/{quote(code)}"
        elif path.endswith("/reference-entities-media-files"):
            headers["Reference-entities-media-file-code"] = code
        elif "/reference-files/" in path or "/variation-files/" in path:
            headers["Location"] = f"http://{host}{path}"
            body = json.dumps(
                {
                    "message": "Some variation files could not be generated.",
                    "errors": [{"channel": "mobile", "locale": None, "message": "too small"}],
                }
            ).encode()
        else:
            headers["Location"] = f"http://{host}{path}/{quote(code)}"
        self._send(201, body, headers)

    # -- downloads ------------------------------------------------------------------------

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        for prefix in ("/api/rest/v1/media-files/", "/api/rest/v1/asset-media-files/"):
            if path.startswith(prefix):
                rest = path[len(prefix) :].removesuffix("/download")
                break
        else:
            self._error(404, "not found")
            return
        mode, _, name = rest.partition("/")
        accept = self.headers.get("Accept") or ""
        if accept != "*/*":
            self._error(406, f"Accept */* expected, got {accept!r}")
            return
        file = self.server.root / name
        if not file.is_file():
            self._error(404, f"no file {name}")
            return
        size = file.stat().st_size
        headers = {"Content-Type": "application/octet-stream", "Content-Length": str(size)}
        if mode == "evil":
            headers["Content-Disposition"] = 'attachment; filename="../../evil"'
        elif mode == "ext":
            headers["Content-Disposition"] = (
                "attachment; filename=\"plain.bin\"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.bin"
            )
        elif mode != "nodisp":
            headers["Content-Disposition"] = f'attachment; filename="{Path(name).name}"'
        if mode == "short":
            headers["Content-Length"] = str(size + 1000)
        self.send_response(200)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        limit = size // 2 if mode == "drop" else size
        sent = 0
        with file.open("rb") as fh:
            while sent < limit:
                data = fh.read(min(1 << 16, limit - sent))
                if not data:
                    break
                try:
                    self.wfile.write(data)
                except OSError:
                    return
                sent += len(data)
        if mode in ("drop", "short"):
            self._abort()


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str | None
    size: int = 0
    sha256: str = ""
    value: bytes = b""


def _header_params(line: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for piece in line.split(";")[1:]:
        key, _, val = piece.strip().partition("=")
        out[key.strip().lower()] = val.strip().strip('"')
    return out


def parse_multipart(stream: Any, length: int, boundary: bytes) -> list[Part]:
    """Parse a multipart body read from ``stream`` in 64 KiB pieces, hashing each part (only
    small parts keep their value)."""
    delim = b"\r\n--" + boundary
    parts: list[Part] = []
    remaining = length
    buf = b"\r\n"

    def more() -> bool:
        nonlocal remaining, buf
        if remaining <= 0:
            return False
        data = stream.read(min(1 << 16, remaining))
        if not data:
            remaining = 0
            return False
        remaining -= len(data)
        buf += data
        return True

    # preamble up to the first delimiter
    while (at := buf.find(delim)) < 0:
        if not more():
            return parts
    buf = buf[at + len(delim) :]
    while True:
        while len(buf) < 2 and more():
            pass
        if buf.startswith(b"--"):
            break
        while (end := buf.find(b"\r\n\r\n")) < 0:
            if not more():
                return parts
        head = buf[:end].decode("utf-8", "replace")
        buf = buf[end + 4 :]
        name = filename = ctype = None
        for line in head.split("\r\n"):
            low = line.lower()
            if low.startswith("content-disposition"):
                params = _header_params(line)
                name, filename = params.get("name"), params.get("filename")
            elif low.startswith("content-type"):
                ctype = line.split(":", 1)[1].strip()
        part = Part(name or "", filename, ctype)
        digest = hashlib.sha256()
        keep = filename is None
        while True:
            at = buf.find(delim)
            if at >= 0:
                chunk, buf = buf[:at], buf[at + len(delim) :]
                digest.update(chunk)
                part.size += len(chunk)
                if keep:
                    part.value += chunk
                break
            safe = max(0, len(buf) - len(delim))
            chunk, buf = buf[:safe], buf[safe:]
            digest.update(chunk)
            part.size += len(chunk)
            if keep:
                part.value += chunk
            if not more():
                part.sha256 = digest.hexdigest()
                parts.append(part)
                return parts
        part.sha256 = digest.hexdigest()
        parts.append(part)
        while len(buf) < 2 and more():
            pass
        if buf.startswith(b"\r\n"):
            buf = buf[2:]
    while more():
        pass
    return parts


class LoopbackServer(ThreadingHTTPServer):
    """The server; ``fault`` and ``max_batch`` script the batch endpoint."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, root: Path | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root or Path(".")
        self.lock = threading.Lock()
        self.log = BatchLog()
        self.fault: Callable[[int, list[Any]], Fault | None] | None = None
        self.max_batch = 100
        #: record what was applied (``log.applied``: 201 then 204); a soak turns it off
        self.remember = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


@contextmanager
def server_process(root: Path) -> Iterator[str]:
    """This server in a process of its own, serving files from ``root``; yields its base URL."""
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.overlays.server", "--root", str(root)],
        cwd=repo,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().strip())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    server = LoopbackServer(args.root)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sys.stdout.flush()


if __name__ == "__main__":
    main()
