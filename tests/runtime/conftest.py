"""Fixtures for runtime tests: a scripted loopback server, and a "kit" that runs each I/O test
once with the synchronous and once with the asynchronous flavour. The runtime package itself is
the ``rt`` fixture of tests/conftest.py."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pytest

from tests.support.httplib import httpx
from tests.support.scripted_server import ScriptedServer


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    try:
        yield srv
    finally:
        srv.stop()


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Kit:
    """One flavour (sync or async) of the runtime, with helpers that work for both."""

    flavour: str
    rt: ModuleType
    server: ScriptedServer
    delays: list[float] = field(default_factory=list)
    clock: FakeClock = field(default_factory=FakeClock)
    opened: list[Any] = field(default_factory=list)

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    @property
    def mod(self) -> ModuleType:
        """The flavour's subpackage (``_async`` or ``_sync``)."""
        return getattr(self.rt, f"_{self.flavour}")

    @property
    def Http(self) -> type:
        return self.mod._http.AsyncHttp if self.is_async else self.mod._http.SyncHttp

    @property
    def Paginator(self) -> type:
        p = self.mod._pagination
        return p.AsyncPaginator if self.is_async else p.SyncPaginator

    def settings(self, **overrides: Any) -> Any:
        values: dict[str, Any] = {
            "client_id": "client-id-1",
            "secret": "s3cr3t-value",
            "username": "api-user",
            "password": "pa55w0rd-value",
            "retry_jitter": False,
            "backoff_base": 0.5,
        }
        values.update(overrides)
        base_url = values.pop("base_url", self.server.url)
        return self.rt._config.Settings(base_url, **values)

    def http(self, settings: Any = None, **kwargs: Any) -> Any:
        """A transport on the test server with recorded sleeps and the fake clock."""
        if self.is_async:

            async def sleep(seconds: float) -> None:
                self.delays.append(seconds)

        else:

            def sleep(seconds: float) -> None:  # type: ignore[misc]
                self.delays.append(seconds)

        kwargs.setdefault("sleep", sleep)
        kwargs.setdefault("clock", self.clock)
        http = self.Http(settings if settings is not None else self.settings(), **kwargs)
        self.opened.append(http)
        return http

    def client(self, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
        return httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)

    async def call(self, value: Any) -> Any:
        """Await ``value`` when the flavour is async; return it as is otherwise."""
        return await value if inspect.isawaitable(value) else value

    async def collect(self, iterable: Any) -> list[Any]:
        """All items of a (sync or async) iterable."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)

    async def first(self, iterable: Any) -> Any:
        """Pull one item out of a (sync or async) iterator."""
        if hasattr(iterable, "__anext__"):
            return await iterable.__anext__()
        return next(iter(iterable))

    async def close(self, http: Any) -> None:
        await self.call(http.aclose() if self.is_async else http.close())

    async def read_stream(self, cm: Any) -> tuple[Any, bytes]:
        """Enter a (sync or async) stream context and read the body."""
        if self.is_async:
            async with cm as response:
                data = b"".join([chunk async for chunk in response.aiter_bytes()])
                return response, data
        with cm as response:
            return response, b"".join(response.iter_bytes())


@pytest.fixture(params=["sync", "async"])
async def kit(
    request: pytest.FixtureRequest, rt: ModuleType, server: ScriptedServer
) -> AsyncIterator[Kit]:
    k = Kit(request.param, rt, server)
    try:
        yield k
    finally:
        for http in k.opened:
            await k.close(http)
