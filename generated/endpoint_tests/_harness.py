# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""What every endpoint test uses: where requests go, how they are recorded and checked.

Modes (see conftest.py for how one is chosen):

- ``offline``: an in-process ``httpx.MockTransport`` answers from the spec's examples
  (:func:`._loopback.respond`); no socket is opened.
- ``prism``: the base URL is a Prism mock server serving the same spec with request validation;
  operations Prism cannot answer faithfully go to :class:`._loopback.LoopbackServer` instead.
- ``live``: the base URL is a real PIM, with real credentials; operations that write are run
  only when writes are allowed, and a documented 404/422 (example data absent from that PIM)
  counts as answered, not as exercised.

Every request is recorded on its way out and compared with the test's :class:`Expect`, read
from ``_cases.json`` (:func:`expect`).
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import httpx2 as httpx
import pydantic
import pytest
from akeneo_pim import Akeneo, AsyncAkeneo, errors

from ._loopback import (
    FILE_CONTENT,
    Answer,
    LoopbackServer,
    Operation,
    Router,
    parse_multipart,
    respond,
)
from ._operations import OPERATIONS

__all__ = [
    "FILE_CONTENT",
    "Endpoint",
    "Expect",
    "Session",
    "acollect",
    "afirst",
    "ajoin",
    "expect",
    "first",
]

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)

MODES = ("offline", "prism", "live")
OFFLINE_BASE_URL = "https://pim.endpoint-tests.invalid"
TOKEN = "endpoint-test-token"
CREDENTIALS = {
    "client_id": "endpoint-client",
    "secret": "endpoint-secret",
    "username": "endpoint-user",
    "password": "endpoint-password",
}
#: statuses a real PIM answers when the example's data does not exist there
ANSWERED = (404, 422)


@dataclass(frozen=True)
class Expect:
    """The request one generated method call must send."""

    operation: str  #: ``resource.method`` (the report's key)
    method: str
    path: str  #: raw path: values percent-encoded, ``/`` kept
    query: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    accept: str = "application/json"
    content_type: str | None = None
    body: str = "none"  #: none | json | ndjson | json_array | multipart | form
    json: Any = None  #: the decoded body (JSON), the items (NDJSON, arrays) or the form fields
    parts: tuple[tuple[str, Any, bool], ...] = ()  #: (name, value, is JSON) besides the file
    file_part: str | None = None
    file_name: str | None = None  #: the name the file part must carry
    deprecated: bool = False  #: the method warns (DeprecationWarning) when called
    expected: Any = None  #: what a model result dumps back to (the example answer), if known


@cache
def _cases() -> dict[str, dict[str, Any]]:
    cases: dict[str, dict[str, Any]] = json.loads(
        Path(__file__).with_name("_cases.json").read_text(encoding="utf-8")
    )
    return cases


def expect(key: str) -> Expect:
    """The expectation of the case ``key`` (``resource.method``), from ``_cases.json``."""
    case = dict(_cases()[key])
    for name in ("query", "headers", "parts"):
        case[name] = tuple(tuple(member) for member in case[name])
    return Expect(**case)


@dataclass(frozen=True)
class Target:
    kind: str  #: mock | prism | loopback | live
    base_url: str

    @property
    def exact(self) -> bool:
        """Whether our own code answers (so answers are known to the byte)."""
        return self.kind in ("mock", "loopback")


@dataclass
class Session:
    """The run's mode and targets, shared by every test (built once by conftest.py)."""

    mode: str = "offline"
    base_url: str | None = None
    token: str | None = None
    credentials: dict[str, str] = field(default_factory=dict)
    allow_writes: bool = False
    router: Router = field(default_factory=lambda: Router(OPERATIONS.values()))
    _loopback: LoopbackServer | None = None

    def target(self, op: Operation) -> Target:
        if self.mode == "offline":
            return Target("mock", OFFLINE_BASE_URL)
        if self.mode == "prism" and not op.prism:
            if self._loopback is None:
                self._loopback = LoopbackServer(OPERATIONS.values())
            return Target("loopback", self._loopback.base_url)
        return Target(self.mode, str(self.base_url))

    def client_options(self) -> dict[str, Any]:
        if self.mode == "live":
            options: dict[str, Any] = dict(self.credentials)
            if self.token:
                options["token"] = self.token
            return options
        return {"token": TOKEN, **CREDENTIALS, "max_retries": 0}

    def close(self) -> None:
        if self._loopback is not None:
            self._loopback.close()
            self._loopback = None


class _Recording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, log: list[httpx.Request]) -> None:
        self._inner, self._log = inner, log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._log.append(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, log: list[httpx.Request]) -> None:
        self._inner, self._log = inner, log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._log.append(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _warns(expect: Expect) -> AbstractContextManager[object]:
    """A deprecated operation's method must say so; others must not warn."""
    return pytest.warns(DeprecationWarning) if expect.deprecated else nullcontext()


def _to_httpx(answer: Answer) -> httpx.Response:
    """The answer as a streamed response, read (and counted) the way a network one is."""
    headers = [*answer.headers, ("Content-Length", str(len(answer.body)))]
    return httpx.Response(answer.status, headers=headers, stream=httpx.ByteStream(answer.body))


class Endpoint:
    """The ``endpoint`` fixture: runs one generated method call and checks its requests."""

    def __init__(self, session: Session, calls: list[tuple[str, str, str]]) -> None:
        self.session = session
        self.calls = calls  #: (operation, flavour, target kind) of each call made
        self.requests: list[httpx.Request] = []
        self.exact = True  #: the last call was answered by our own code

    def _mock(self, request: httpx.Request) -> httpx.Response:
        headers = {k.lower(): v for k, v in request.headers.items()}
        target = request.url.raw_path.decode("ascii")
        origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        return _to_httpx(
            respond(self.session.router, request.method, target, headers, request.content, origin)
        )

    def _prepare(self, expect: Expect, flavour: str) -> Target:
        op = OPERATIONS[expect.operation]
        target = self.session.target(op)
        self.exact = target.exact
        self.requests = []
        self.calls.append((expect.operation, flavour, target.kind))
        if self.session.mode == "live":
            if not op.read_only and not self.session.allow_writes:
                pytest.skip("writes to a live PIM need AKENEO_TEST_ALLOW_WRITES=1")
            if op.auth == "basic" and not {"client_id", "secret"} <= set(self.session.credentials):
                pytest.skip("needs AKENEO_TEST_CLIENT_ID and AKENEO_TEST_SECRET")
        return target

    def _answered(self, error: errors.APIError) -> None:
        if self.session.mode == "live" and error.status_code in ANSWERED:
            pytest.skip(f"answered {error.status_code}: the example's data is not on this PIM")

    def run_sync(self, expect: Expect, call: Callable[[Akeneo], T]) -> T:
        """Call with a blocking client, then check every request it sent."""
        target = self._prepare(expect, "sync")
        inner: httpx.BaseTransport = (
            httpx.MockTransport(self._mock) if target.kind == "mock" else httpx.HTTPTransport()
        )
        with httpx.Client(transport=_Recording(inner, self.requests), timeout=30.0) as http:
            pim = Akeneo(target.base_url, http_client=http, **self.session.client_options())
            try:
                with _warns(expect):
                    result = call(pim)
            except errors.APIError as error:
                self._answered(error)
                raise
            finally:
                pim.close()
        self.check(expect)
        return result

    def run_async(self, expect: Expect, call: Callable[[AsyncAkeneo], Awaitable[T]]) -> T:
        """Call with an async client (in a fresh event loop), then check every request."""
        target = self._prepare(expect, "async")

        async def main() -> T:
            inner: httpx.AsyncBaseTransport = (
                httpx.MockTransport(self._mock)
                if target.kind == "mock"
                else httpx.AsyncHTTPTransport()
            )
            recording = _AsyncRecording(inner, self.requests)
            async with httpx.AsyncClient(transport=recording, timeout=30.0) as http:
                options = self.session.client_options()
                pim = AsyncAkeneo(target.base_url, http_client=http, **options)
                try:
                    return await call(pim)
                finally:
                    await pim.aclose()

        try:
            with _warns(expect):
                result = asyncio.run(main())
        except errors.APIError as error:
            self._answered(error)
            raise
        self.check(expect)
        return result

    def raises_sync(self, expect: Expect, error: type[E], call: Callable[[Akeneo], object]) -> E:
        """Like :meth:`run_sync` for a call whose documented answer makes it raise ``error``."""
        with pytest.raises(error) as info:
            self.run_sync(expect, call)
        self.check(expect)
        return info.value

    def raises_async(
        self,
        expect: Expect,
        error: type[E],
        call: Callable[[AsyncAkeneo], Awaitable[object]],
    ) -> E:
        with pytest.raises(error) as info:
            self.run_async(expect, call)
        self.check(expect)
        return info.value

    # -- the wire ------------------------------------------------------------------------------

    def check(self, expect: Expect) -> None:
        """Every recorded request matches ``expect``."""
        assert self.requests, f"{expect.operation}: no request was sent"
        for request in self.requests:
            self._check_one(expect, request)

    def _check_one(self, expect: Expect, request: httpx.Request) -> None:
        where = f"{expect.operation} ({request.method} {request.url})"
        assert request.method == expect.method, f"{where}: method"
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        assert raw_path.endswith(
            expect.path
        ), f"{where}: path {raw_path!r}, expected {expect.path!r}"
        assert sorted(parse_qsl(raw_query, keep_blank_values=True)) == sorted(
            expect.query
        ), f"{where}: query {raw_query!r}"
        assert (
            request.headers.get("accept") == expect.accept
        ), f"{where}: Accept {request.headers.get('accept')!r}"
        for name, value in expect.headers:
            assert request.headers.get(name) == value, f"{where}: header {name}"
        self._check_auth(OPERATIONS[expect.operation], request, where)
        content_type = request.headers.get("content-type")
        if expect.content_type is None:
            assert not request.content, f"{where}: unexpected body"
            return
        assert content_type is not None, f"{where}: no Content-Type"
        assert (
            content_type.split(";")[0].strip() == expect.content_type
        ), f"{where}: Content-Type {content_type!r}"
        self._check_body(expect, request.content, content_type, where)

    def _check_auth(self, op: Operation, request: httpx.Request, where: str) -> None:
        value = request.headers.get("authorization")
        live = self.session.mode == "live"
        if op.auth == "bearer":
            assert value is not None and value.startswith("Bearer "), f"{where}: no bearer token"
            assert live or value == f"Bearer {TOKEN}", f"{where}: not the client's token"
        elif op.auth == "basic":
            assert value is not None and value.startswith(
                "Basic "
            ), f"{where}: no HTTP Basic credentials"
            pair = f"{CREDENTIALS['client_id']}:{CREDENTIALS['secret']}".encode()
            assert (
                live or value == "Basic " + base64.b64encode(pair).decode()
            ), f"{where}: not the client's id and secret"
        else:
            assert value is None, f"{where}: credentials sent to an open endpoint"

    def _check_body(self, expect: Expect, content: bytes, content_type: str, where: str) -> None:
        if expect.body in ("json", "json_array"):
            assert json.loads(content) == expect.json, f"{where}: JSON body"
        elif expect.body == "ndjson":
            lines = [json.loads(line) for line in content.split(b"\n") if line.strip()]
            assert lines == expect.json, f"{where}: NDJSON body (one object a line)"
        elif expect.body == "form":
            assert (
                dict(parse_qsl(content.decode(), keep_blank_values=True)) == expect.json
            ), f"{where}: form fields"
        elif expect.body == "multipart":
            assert "boundary=" in content_type, f"{where}: multipart without boundary"
            parts = {
                name: (filename, data)
                for name, filename, data in parse_multipart(content_type, content)
            }
            assert expect.file_part in parts, f"{where}: no file part {expect.file_part!r}"
            assert parts[expect.file_part] == (
                expect.file_name,
                FILE_CONTENT,
            ), f"{where}: file part"
            for name, value, is_json in expect.parts:
                assert name in parts, f"{where}: no part {name!r}"
                text = parts[name][1].decode()
                assert (json.loads(text) if is_json else text) == value, f"{where}: part {name!r}"
            extra = set(parts) - {expect.file_part, *(name for name, _, _ in expect.parts)}
            assert not extra, f"{where}: unexpected parts {sorted(extra)}"


# -- small helpers the tests call --------------------------------------------------------------


def as_json(value: object, like: object = None) -> object:
    """A parsed result as the JSON it came from (models dumped by alias, unset fields left out).

    With ``like`` (the JSON the result was parsed from), a date or date-time written back in
    another spelling of the same value (``Z`` for ``+00:00``, fewer fraction digits) is given
    ``like``'s spelling, so that comparing the two compares values, not spellings."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):  # a pydantic model
        return _spelled_like(dump(mode="json", by_alias=True, exclude_unset=True), like)
    if isinstance(value, list):
        likes = like if isinstance(like, list) and len(like) == len(value) else [None] * len(value)
        return [as_json(item, other) for item, other in zip(value, likes, strict=True)]
    if isinstance(value, dict):
        likes = like if isinstance(like, dict) else {}
        return {key: as_json(item, likes.get(key)) for key, item in value.items()}
    return _spelled_like(value, like)


_TEMPORAL = (pydantic.TypeAdapter(datetime.datetime), pydantic.TypeAdapter(datetime.date))


def _spelled_like(value: object, like: object) -> object:
    if isinstance(value, list) and isinstance(like, list) and len(value) == len(like):
        return [_spelled_like(v, other) for v, other in zip(value, like, strict=True)]
    if isinstance(value, dict) and isinstance(like, dict):
        return {key: _spelled_like(v, like.get(key)) for key, v in value.items()}
    if isinstance(value, str) and isinstance(like, str) and value != like:
        for adapter in _TEMPORAL:
            try:
                ours, theirs = adapter.validate_python(value), adapter.validate_python(like)
            except ValueError:
                continue
            same_offset = (
                not isinstance(ours, datetime.datetime) or ours.utcoffset() == theirs.utcoffset()
            )
            return like if ours == theirs and same_offset else value
    return value


def first(items: Iterable[T], count: int = 1) -> list[T]:
    """The first ``count`` items (a paginator requests only what is needed)."""
    return list(islice(items, count))


async def afirst(items: AsyncIterable[T], count: int = 1) -> list[T]:
    out: list[T] = []
    if count <= 0:
        return out
    async for item in items:
        out.append(item)
        if len(out) >= count:
            break
    return out


async def acollect(items: AsyncIterable[T]) -> list[T]:
    return [item async for item in items]


async def ajoin(chunks: AsyncIterable[bytes]) -> bytes:
    return b"".join([chunk async for chunk in chunks])
