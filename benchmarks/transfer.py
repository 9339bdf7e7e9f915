"""Transfers: batch upserts, uploads and downloads of the generated client against raw httpx.

- ``products.upsert_many`` of many items against raw httpx sending the same NDJSON batches of
  100 lines (and reading the result lines);
- ``media_files.upload`` of one file against httpx ``files=`` streaming it from disk;
- ``media_files.download`` to a path against httpx streaming the reply into a file.

Each case runs in a fresh child process (``python -m benchmarks.transfer CASE...``, which prints
its measurement as JSON), so its memory figure is its own: the growth of the peak resident size
over the resident size just before the transfer (the imports are done by then). The server is
tests/overlays/server.py, in yet another process.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

from .measure import (
    MIB,
    ROOT,
    Context,
    Row,
    Sample,
    alternate,
    mib_cell,
    ratio_row,
    ratio_text,
)

sys.path.insert(0, str(ROOT / "generated"))

import httpx2 as httpx
from akeneo_pim import Akeneo, AsyncAkeneo

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
NDJSON = "application/vnd.akeneo.collection+json"
PRODUCTS = "/api/rest/v1/products"
MEDIA_FILES = "/api/rest/v1/media-files"
BATCH = 100
PRODUCT_FIELD = {"identifier": "sku-0000001", "attribute": "picture", "scope": None, "locale": None}
UPLOAD_FORM = {"product": json.dumps(PRODUCT_FIELD)}  #: the form field raw httpx sends too
THROUGHPUT_LIMIT = 1 / 0.9  #: ours / raw time: at least 0.9x the throughput
MEMORY_LIMIT = 32 * MIB  #: peak RSS growth of an upload or a download, ours


def _proc_status(field: str) -> int | None:
    """A size of /proc/self/status (``VmRSS``, ``VmHWM``) in bytes; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _maxrss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def restart_peak() -> None:
    """Start the high-water mark again from the current size (Linux; elsewhere a no-op)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass


def rss_bytes() -> int:
    """Current resident set size (elsewhere than Linux: the high-water mark)."""
    return _proc_status("VmRSS") or _maxrss_bytes()


def peak_rss_bytes() -> int:
    """Resident set high-water mark of this process's memory since it was started or
    :func:`restart_peak` (not ``ru_maxrss``, which on Linux also keeps the parent's peak)."""
    return _proc_status("VmHWM") or _maxrss_bytes()


def make_file(path: Path, size: int) -> None:
    block = os.urandom(MIB)
    with path.open("wb") as fh:
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= min(left, len(block))


# -- the child: one case ---------------------------------------------------------------------


def _items(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"identifier": f"sku-{i:07d}", "enabled": True, "values": {"n": [{"data": i}]}}


def _ndjson_bodies(n: int) -> Iterator[bytes]:
    """The bodies raw httpx sends: the items as NDJSON, 100 lines each."""
    batch: list[bytes] = []
    for item in _items(n):
        batch.append(json.dumps(item, separators=(",", ":")).encode())
        if len(batch) == BATCH:
            yield b"\n".join(batch)
            batch.clear()
    if batch:
        yield b"\n".join(batch)


def _result_lines(response: httpx.Response) -> int:
    return sum(1 for line in response.text.splitlines() if json.loads(line))


SyncWork = Callable[[str, Path, int, Path], object]
AsyncWork = Callable[[str, Path, int, Path], Coroutine[Any, Any, object]]


def ours_batch(url: str, file: Path, items: int, target: Path) -> object:
    with Akeneo(url, token=TOKEN) as pim:
        return sum(1 for _ in pim.products.upsert_many(_items(items)))


async def ours_batch_async(url: str, file: Path, items: int, target: Path) -> object:
    async with AsyncAkeneo(url, token=TOKEN) as pim:
        return sum([1 async for _ in pim.products.upsert_many(_items(items))])


def raw_batch(url: str, file: Path, items: int, target: Path) -> object:
    headers = {**HEADERS, "Content-Type": NDJSON}
    with httpx.Client(base_url=url, headers=headers) as client:
        return sum(_result_lines(client.patch(PRODUCTS, content=b)) for b in _ndjson_bodies(items))


async def raw_batch_async(url: str, file: Path, items: int, target: Path) -> object:
    headers = {**HEADERS, "Content-Type": NDJSON}
    async with httpx.AsyncClient(base_url=url, headers=headers) as client:
        count = 0
        for body in _ndjson_bodies(items):
            count += _result_lines(await client.patch(PRODUCTS, content=body))
        return count


def ours_upload(url: str, file: Path, items: int, target: Path) -> object:
    with Akeneo(url, token=TOKEN) as pim:
        return pim.media_files.upload(file, product=PRODUCT_FIELD)


async def ours_upload_async(url: str, file: Path, items: int, target: Path) -> object:
    async with AsyncAkeneo(url, token=TOKEN) as pim:
        return await pim.media_files.upload(file, product=PRODUCT_FIELD)


def raw_upload(url: str, file: Path, items: int, target: Path) -> object:
    with httpx.Client(base_url=url, headers=HEADERS) as client, file.open("rb") as fh:
        files = {"file": (file.name, fh, "application/octet-stream")}
        return client.post(MEDIA_FILES, files=files, data=UPLOAD_FORM).raise_for_status()


async def raw_upload_async(url: str, file: Path, items: int, target: Path) -> object:
    async with httpx.AsyncClient(base_url=url, headers=HEADERS) as client:
        with file.open("rb") as fh:
            files = {"file": (file.name, fh, "application/octet-stream")}
            response = await client.post(MEDIA_FILES, files=files, data=UPLOAD_FORM)
        return response.raise_for_status()


def ours_download(url: str, file: Path, items: int, target: Path) -> object:
    with Akeneo(url, token=TOKEN) as pim:
        return pim.media_files.download(f"ok/{file.name}", to=target)


async def ours_download_async(url: str, file: Path, items: int, target: Path) -> object:
    async with AsyncAkeneo(url, token=TOKEN) as pim:
        return await pim.media_files.download(f"ok/{file.name}", to=target)


def _download_url(url: str, file: Path) -> str:
    return f"{url}{MEDIA_FILES}/ok/{file.name}/download"


def raw_download(url: str, file: Path, items: int, target: Path) -> object:
    headers = {**HEADERS, "Accept": "*/*"}
    with (
        httpx.Client(headers=headers) as client,
        client.stream("GET", _download_url(url, file)) as response,
        target.open("wb") as fh,
    ):
        for chunk in response.raise_for_status().iter_bytes(1 << 16):
            fh.write(chunk)
    return target


async def raw_download_async(url: str, file: Path, items: int, target: Path) -> object:
    headers = {**HEADERS, "Accept": "*/*"}
    async with (
        httpx.AsyncClient(headers=headers) as client,
        client.stream("GET", _download_url(url, file)) as response,
    ):
        with target.open("wb") as fh:
            chunks: AsyncIterator[bytes] = response.raise_for_status().aiter_bytes(1 << 16)
            async for chunk in chunks:
                fh.write(chunk)
    return target


#: (kind, side) -> the sync and the async work of that case
CASES: dict[tuple[str, str], tuple[SyncWork, AsyncWork]] = {
    ("batch", "ours"): (ours_batch, ours_batch_async),
    ("batch", "raw"): (raw_batch, raw_batch_async),
    ("upload", "ours"): (ours_upload, ours_upload_async),
    ("upload", "raw"): (raw_upload, raw_upload_async),
    ("download", "ours"): (ours_download, ours_download_async),
    ("download", "raw"): (raw_download, raw_download_async),
}


def run_case(kind: str, side: str, flavour: str, url: str, file: Path, items: int) -> Sample:
    """One case, in this process: seconds and peak RSS growth."""
    sync_work, async_work = CASES[(kind, side)]
    for module in ("resources.products", "resources.media_files"):  # not part of the figure
        importlib.import_module(f"akeneo_pim.{module}")
    with tempfile.TemporaryDirectory(prefix="bench-transfer-") as out:
        target = Path(out) / "downloaded.bin"
        os.sync()  # no dirty pages left by the previous round: each starts with the same write-back
        restart_peak()
        before = rss_bytes()
        start = time.perf_counter()
        if flavour == "sync":
            sync_work(url, file, items, target)
        else:
            asyncio.run(async_work(url, file, items, target))
        seconds = time.perf_counter() - start
        return Sample(seconds, max(0, peak_rss_bytes() - before))


def child(kind: str, side: str, flavour: str, url: str, file: Path, items: int) -> Sample:
    """:func:`run_case` in a fresh child process."""
    command = [sys.executable, "-m", "benchmarks.transfer", kind, side, flavour, url, str(file)]
    done = subprocess.run(
        [*command, str(items)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Sample(result["seconds"], result["peak_rss"])


# -- the parent: the figures -----------------------------------------------------------------


def _serve(root: Path) -> Any:
    """tests/overlays/server.py in a process of its own; a context manager yielding its URL."""
    sys.path.insert(0, str(ROOT))
    return importlib.import_module("tests.overlays.server").server_process(root)


def _size_text(size: int) -> str:
    return f"{size / (1 << 30):g} GiB" if size >= 1 << 30 else f"{size / MIB:g} MiB"


def transfer_rows(ctx: Context, kinds: tuple[str, ...]) -> list[Row]:
    items = 5_000 if ctx.quick else 100_000
    size = 32 * MIB if ctx.quick else 1 << 30
    rows = []
    served = ctx.fresh("served")
    served.mkdir()
    file = served / "payload.bin"
    if "upload" in kinds or "download" in kinds:
        make_file(file, size)
    labels = {
        "batch": f"upsert_many, {items:,} items vs httpx NDJSON batches of {BATCH}",
        "upload": f"upload {_size_text(size)} (media_files.upload) vs httpx files= streamed",
        "download": f"download {_size_text(size)} (media_files.download) vs httpx stream to file",
    }
    with _serve(served) as url:
        for flavour in ("sync", "async"):
            for kind in kinds:

                def side(name: str, kind: str = kind, flavour: str = flavour) -> Sample:
                    return child(kind, name, flavour, url, file, items)

                ours_m, raw_m = alternate(ctx.rounds, lambda: side("ours"), lambda: side("raw"))
                label = f"{labels[kind]}, {flavour}"
                rows.append(
                    ratio_row(f"{label} (time)", ours_m.seconds, raw_m.seconds, THROUGHPUT_LIMIT)
                )
                memory = f"{label}: peak RSS growth"
                ours_cell, raw_cell = mib_cell(ours_m.peak_rss), mib_cell(raw_m.peak_rss)
                ratio = ratio_text(ours_m.peak_rss, raw_m.peak_rss)
                if kind == "batch":
                    rows.append(Row(memory, ours_cell, raw_cell, ratio))
                else:
                    met = ours_m.peak_rss < MEMORY_LIMIT
                    target = f"ours < {MEMORY_LIMIT // MIB} MiB"
                    rows.append(Row(memory, ours_cell, raw_cell, ratio, target, met))
    return rows


def batch(ctx: Context) -> list[Row]:
    """``upsert_many`` against raw NDJSON batches, sync and async: time and memory."""
    return transfer_rows(ctx, ("batch",))


def transfer(ctx: Context) -> list[Row]:
    """Upload and download of one large file, sync and async: time and memory."""
    return transfer_rows(ctx, ("upload", "download"))


if __name__ == "__main__":
    kind, side, flavour, url, path, items = sys.argv[1:]
    sample = run_case(kind, side, flavour, url, Path(path), int(items))
    print(json.dumps({"seconds": sample.seconds, "peak_rss": sample.peak_rss}))
