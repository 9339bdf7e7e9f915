"""Fixtures for the overlay tests: loopback servers, and a "kit" that runs each call with the
synchronous or the asynchronous flavour. The runtime package (with overlays) is the ``rt``
fixture of tests/conftest.py."""

from __future__ import annotations

import asyncio
import importlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.runtime_pkg import RUNTIME_PACKAGE

from . import server as loopback
from .server import LoopbackServer

PACKAGE = RUNTIME_PACKAGE
TOKEN = "test-token"
BIG_SIZE = 65 * 1024 * 1024 + 12345  # a little over 64 MiB, not a multiple of the chunk size


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LoopbackServer]:
    """An in-process loopback server (batch tests script its faults)."""
    srv = LoopbackServer(tmp_path).start()
    try:
        yield srv
    finally:
        srv.stop()


@dataclass
class ServerProcess:
    """The loopback server running in another process (its memory is not ours)."""

    url: str
    root: Path


@pytest.fixture(scope="session")
def files_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("served")


@pytest.fixture(scope="session")
def server_process(files_root: Path) -> Iterator[ServerProcess]:
    with loopback.server_process(files_root) as url:
        yield ServerProcess(url, files_root)


@pytest.fixture(scope="session")
def big_file(files_root: Path) -> Path:
    """A file a little over 64 MiB (random-looking, so nothing compresses it), written once."""
    path = files_root / "big.bin"
    block = os.urandom(1 << 20)
    with path.open("wb") as fh:
        remaining = BIG_SIZE
        n = 0
        while remaining > 0:
            piece = bytes([n & 0xFF]) + block[1 : min(len(block), remaining)]
            fh.write(piece)
            remaining -= len(piece)
            n += 1
    return path


@dataclass
class Kit:
    """One flavour (sync or async) of the runtime, with helpers that work for both.

    Every helper opens a transport (``SyncHttp``/``AsyncHttp``) with a ready token and a
    recording sleep, makes the call, and closes the transport.
    """

    flavour: str
    rt: ModuleType
    url: str
    delays: list[float] = field(default_factory=list)
    settings_overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    def mod(self, name: str) -> ModuleType:
        """An overlay module of this flavour (``ndjson``, ``json_batch``, ...)."""
        return importlib.import_module(f"{PACKAGE}._overlays._{self.flavour}.{name}")

    def settings(self) -> Any:
        opts: dict[str, Any] = {
            "base_url": self.url,
            "token": TOKEN,
            "retry_jitter": False,
            "backoff_base": 0.01,
            "max_retries": 3,
        }
        opts.update(self.settings_overrides)
        return self.rt._config.Settings(**opts)

    def _sync_http(self) -> Any:
        return self.rt._sync._http.SyncHttp(self.settings(), sleep=self.delays.append)

    def _async_http(self) -> Any:
        async def sleep(seconds: float) -> None:
            self.delays.append(seconds)

        return self.rt._async._http.AsyncHttp(self.settings(), sleep=sleep)

    def call(self, fn: Callable[[Any, ModuleType], Any], module: str) -> Any:
        """``fn(http, module)`` in this flavour: sync returns its value; for async, ``fn``
        returns an awaitable or an async iterable (collected into a list)."""
        mod = self.mod(module)
        if not self.is_async:
            with self._sync_http() as http:
                out = fn(http, mod)
                if hasattr(out, "__next__"):
                    out = list(out)
                return out

        async def run() -> Any:
            async with self._async_http() as http:
                out = fn(http, mod)
                if hasattr(out, "__anext__"):
                    return [item async for item in out]
                return await out

        return asyncio.run(run())

    def each(
        self, fn: Callable[[Any, ModuleType], Any], module: str, on_item: Callable[[Any], None]
    ) -> list[Any]:
        """Iterate what ``fn`` returns, calling ``on_item`` as each item arrives."""
        mod = self.mod(module)
        if not self.is_async:
            with self._sync_http() as http:
                out = []
                for item in fn(http, mod):
                    on_item(item)
                    out.append(item)
                return out

        async def run() -> list[Any]:
            async with self._async_http() as http:
                out = []
                async for item in fn(http, mod):
                    on_item(item)
                    out.append(item)
                return out

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def kit(rt: ModuleType, server: LoopbackServer, flavour: str) -> Kit:
    return Kit(flavour, rt, server.url)


@pytest.fixture
def pkit(rt: ModuleType, server_process: ServerProcess, flavour: str) -> Kit:
    """A kit talking to the server process (uploads and downloads)."""
    return Kit(flavour, rt, server_process.url)
