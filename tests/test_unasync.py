"""generator.unasync: the rules that derive the sync twin of async runtime source."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path, PurePosixPath

import pytest

from generator.static import runtime_files
from generator.unasync import REPLACEMENTS, sync_path, unasync_source
from tests.support.paths import STATIC


def u(source: str) -> str:
    return unasync_source(textwrap.dedent(source))


def test_async_keywords_are_dropped() -> None:
    assert u("async def f():\n    pass\n") == "def f():\n    pass\n"
    assert unasync_source("    async for x in y:\n") == "    for x in y:\n"
    assert unasync_source("    async with a as b:\n") == "    with a as b:\n"
    assert u("async  def f(): ...\n") == "def f(): ...\n"


def test_await_is_dropped() -> None:
    assert u("x = await f(await g())\n") == "x = f(g())\n"
    assert u("return await self._http.request()\n") == "return self._http.request()\n"


def test_async_as_part_of_a_name_is_kept() -> None:
    assert u("asyncio_mode = 1\nmy_async = 2\n") == "asyncio_mode = 1\nmy_async = 2\n"
    assert u("def awaited(): pass\n") == "def awaited(): pass\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("AsyncIterator[bytes]", "Iterator[bytes]"),
        ("AsyncIterable[T]", "Iterable[T]"),
        ("AsyncGenerator[int, None]", "Generator[int, None]"),
        ("httpx.AsyncClient()", "httpx.Client()"),
        ("httpx.AsyncHTTPTransport()", "httpx.HTTPTransport()"),
        ("httpx.AsyncBaseTransport", "httpx.BaseTransport"),
        ("AsyncHttp(settings)", "SyncHttp(settings)"),
        ("AsyncAkeneo", "Akeneo"),
        ("AsyncPaginator[Family]", "SyncPaginator[Family]"),
        ("@asynccontextmanager", "@contextmanager"),
        ("contextlib.AsyncExitStack()", "contextlib.ExitStack()"),
        ("def __aenter__(self):", "def __enter__(self):"),
        ("def __aexit__(self, *a):", "def __exit__(self, *a):"),
        ("def __aiter__(self):", "def __iter__(self):"),
        ("def __anext__(self):", "def __next__(self):"),
        ("raise StopAsyncIteration", "raise StopIteration"),
        ("response.aclose()", "response.close()"),
        ("response.aiter_bytes(65536)", "response.iter_bytes(65536)"),
        ("response.aiter_lines()", "response.iter_lines()"),
        ("response.aiter_raw()", "response.iter_raw()"),
        ("response.aiter_text()", "response.iter_text()"),
        ("response.aread()", "response.read()"),
        ("asyncio.sleep(delay)", "time.sleep(delay)"),
        ("anext(it)", "next(it)"),
        ("from .._async._http import AsyncHttp", "from .._sync._http import SyncHttp"),
        ("from ._async import ndjson", "from ._sync import ndjson"),
    ],
)
def test_replacements(source: str, expected: str) -> None:
    assert unasync_source(source) == expected


def test_replacements_match_whole_names_only() -> None:
    source = "MyAsyncIterator AsyncIteratorX _async_helper xaclose aclosed asyncio.sleeper\n"
    assert unasync_source(source) == source


def test_every_replacement_is_a_valid_name_or_dotted_name() -> None:
    for old, new in REPLACEMENTS.items():
        assert all(part.isidentifier() for part in old.split(".")), old
        assert all(part.isidentifier() for part in new.split(".")), new


def test_remove_marker_drops_the_line() -> None:
    source = """\
    import asyncio  # unasync: remove
    x = 1
        await asyncio.sleep(0)   #   unasync:  remove
    y = 2
    """
    assert u(source) == "x = 1\ny = 2\n"


def test_sync_marker_replaces_the_line_keeping_its_indentation() -> None:
    source = """\
    import asyncio  # unasync: sync=import time
    def f():
        return await g()  # unasync: sync=return h(blocking=True)
    """
    assert u(source) == "import time\ndef f():\n    return h(blocking=True)\n"


def test_line_endings_and_last_line_are_kept() -> None:
    assert unasync_source("await a()\r\nb = 1") == "a()\r\nb = 1"
    assert unasync_source("x = 1  # unasync: sync=y = 2") == "y = 2"
    assert unasync_source("") == ""


def test_unasync_is_idempotent() -> None:
    once = u("async def f():\n    async with AsyncClient() as c:\n        await c.aclose()\n")
    assert unasync_source(once) == once


@pytest.mark.parametrize(
    ("path", "twin"),
    [
        ("_async/_http.py", "_sync/_http.py"),
        ("_overlays/_async/ndjson.py", "_overlays/_sync/ndjson.py"),
        ("_async/__init__.py", "_sync/__init__.py"),
        ("_config.py", None),
        ("_overlays/_results.py", None),
        ("my_async/x.py", None),
        ("_async.py", None),
    ],
)
def test_sync_path(path: str, twin: str | None) -> None:
    result = sync_path(PurePosixPath(path))
    assert result == (PurePosixPath(twin) if twin else None)


def _async_sources() -> list[Path]:
    return sorted(p for p in STATIC.rglob("*.py") if "_async" in p.relative_to(STATIC).parts and "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _async_sources(), ids=lambda p: p.relative_to(STATIC).as_posix())
def test_every_static_async_source_gives_a_valid_sync_twin(path: Path) -> None:
    twin = unasync_source(path.read_text(encoding="utf-8"))
    tree = ast.parse(twin)
    for node in ast.walk(tree):
        assert not isinstance(node, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await)), (path, ast.dump(node)[:100])
        if isinstance(node, ast.ImportFrom) and node.module:
            assert "_async" not in node.module.split("."), (path, node.module)
        if isinstance(node, ast.Name):
            assert not node.id.startswith("Async") or node.id not in REPLACEMENTS, (path, node.id)


def test_runtime_files_pair_each_async_source_with_its_twin() -> None:
    files = {f.path.as_posix(): f for f in runtime_files(STATIC, PurePosixPath("pkg"))}
    for path in _async_sources():
        rel = path.relative_to(STATIC).as_posix()
        original = files[f"pkg/{rel}"]
        twin = files[f"pkg/{sync_path(PurePosixPath(rel))}"]
        assert original.text == path.read_text(encoding="utf-8") and not original.format
        assert twin.text == unasync_source(original.text) and not twin.format  # black-stable as derived
    assert list(files) == sorted(files)
