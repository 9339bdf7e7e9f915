"""Transfer benchmark: the overlays against raw httpx on a loopback server.

Measures, for an upload and a download of one file (``--size``, default 64 MiB; try ``1G``) and
for a batch upsert of ``--items`` NDJSON items:

- throughput (MB/s, or items/s for batches);
- peak memory growth of the client process (resident set high-water mark minus the resident
  size just before the transfer).

Each case runs in a fresh child process so its memory figure is its own; the server runs in yet
another process (``tests/overlays/server.py``). Run from the repository root::

    python benchmarks/bench_transfer.py [--size 1G] [--items 20000] [--repeat 3]

Not a test: figures depend on the machine. It prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "akeneo_rt_bench"
TOKEN = "bench-token"
NDJSON = "application/vnd.akeneo.collection+json"

CASES = {
    "upload": ["overlay sync", "overlay async", "httpx files= (streamed)", "httpx whole file"],
    "download": ["overlay sync", "overlay async", "httpx stream to file", "httpx .content"],
    "batch": ["overlay sync", "overlay async", "overlay async x4", "httpx hand-rolled"],
}


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("IB").removesuffix("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def rss_bytes() -> int:
    """Current resident set size (Linux /proc; falls back to the high-water mark)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return maxrss_bytes()


def maxrss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# -- the child: one case ---------------------------------------------------------------------


def _items(n: int) -> Any:
    for i in range(n):
        yield {"identifier": f"sku-{i:07d}", "enabled": True, "values": {"n": [{"data": i}]}}


def run_case(
    kind: str, case: str, url: str, file: Path, items: int, out_dir: Path
) -> dict[str, Any]:
    """Run one case in this process; return its measurements."""
    settings = importlib.import_module(f"{PACKAGE}._config").Settings(base_url=url, token=TOKEN)
    sync_http = importlib.import_module(f"{PACKAGE}._sync._http").SyncHttp
    async_http = importlib.import_module(f"{PACKAGE}._async._http").AsyncHttp

    def overlay(flavour: str, module: str) -> Any:
        return importlib.import_module(f"{PACKAGE}._overlays._{flavour}.{module}")

    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    size = file.stat().st_size
    target = out_dir / "downloaded.bin"
    work: Callable[[], Any]

    if kind == "upload":
        path = "/api/rest/v1/media-files"
        if case == "overlay sync":

            def work() -> Any:
                with sync_http(settings) as http:
                    return overlay("sync", "multipart").upload(http, path, {}, file=file)

        elif case == "overlay async":

            def work() -> Any:
                async def go() -> Any:
                    async with async_http(settings) as http:
                        return await overlay("async", "multipart").upload(http, path, {}, file=file)

                return asyncio.run(go())

        elif case.startswith("httpx files="):

            def work() -> Any:
                with httpx.Client() as client, file.open("rb") as fh:
                    files = {"file": (file.name, fh, "application/octet-stream")}
                    return client.post(url + path, files=files, headers=headers)

        else:

            def work() -> Any:
                with httpx.Client() as client:
                    files = {"file": (file.name, file.read_bytes(), "application/octet-stream")}
                    return client.post(url + path, files=files, headers=headers)

        amount, unit = size, "MB/s"
    elif kind == "download":
        path = "/api/rest/v1/media-files/{code}/download"
        params = {"code": f"ok/{file.name}"}
        raw_url = f"{url}/api/rest/v1/media-files/ok/{file.name}/download"
        get_headers = {**headers, "Accept": "*/*"}
        if case == "overlay sync":

            def work() -> Any:
                with sync_http(settings) as http:
                    return overlay("sync", "download").download(http, path, params, to=target)

        elif case == "overlay async":

            def work() -> Any:
                async def go() -> Any:
                    async with async_http(settings) as http:
                        return await overlay("async", "download").download(
                            http, path, params, to=target
                        )

                return asyncio.run(go())

        elif case == "httpx stream to file":

            def work() -> Any:
                with (
                    httpx.Client() as client,
                    client.stream("GET", raw_url, headers=get_headers) as response,
                    target.open("wb") as fh,
                ):
                    for chunk in response.iter_bytes(1 << 16):
                        fh.write(chunk)

        else:

            def work() -> Any:
                with httpx.Client() as client:
                    target.write_bytes(client.get(raw_url, headers=get_headers).content)

        amount, unit = size, "MB/s"
    else:
        path = "/api/rest/v1/products"
        if case == "overlay sync":

            def work() -> Any:
                with sync_http(settings) as http:
                    stream = overlay("sync", "ndjson").upsert_lines(
                        http, path, {}, _items(items), key="identifier"
                    )
                    return sum(1 for _ in stream)

        elif case.startswith("overlay async"):
            concurrency = 4 if case.endswith("x4") else 1

            def work() -> Any:
                async def go() -> int:
                    async with async_http(settings) as http:
                        stream = overlay("async", "ndjson").upsert_lines(
                            http, path, {}, _items(items), key="identifier", concurrency=concurrency
                        )
                        return sum([1 async for _ in stream])

                return asyncio.run(go())

        else:

            def work() -> Any:
                count = 0
                ndjson_headers = {**headers, "Content-Type": NDJSON}
                with httpx.Client() as client:
                    batch: list[bytes] = []

                    def flush() -> int:
                        body = b"\n".join(batch)
                        response = client.patch(url + path, content=body, headers=ndjson_headers)
                        batch.clear()
                        return sum(1 for line in response.iter_lines() if json.loads(line))

                    for item in _items(items):
                        batch.append(json.dumps(item, separators=(",", ":")).encode())
                        if len(batch) == 100:
                            count += flush()
                    if batch:
                        count += flush()
                return count

        amount, unit = items, "items/s"

    for flavour in ("sync", "async"):  # imports are not part of the measurement
        for module in ("ndjson", "multipart", "download"):
            overlay(flavour, module)
    before = rss_bytes()
    started = time.perf_counter()
    work()
    elapsed = time.perf_counter() - started
    growth = max(0, maxrss_bytes() - before)
    rate = amount / elapsed / (1e6 if unit == "MB/s" else 1)
    return {"seconds": elapsed, "rate": rate, "unit": unit, "rss_growth": growth}


# -- the parent: orchestration ---------------------------------------------------------------


def build_runtime(dest: Path) -> None:
    sys.path.insert(0, str(ROOT))
    runtime_pkg = importlib.import_module("tests.support.runtime_pkg")
    runtime_pkg.build_runtime_package(dest, PACKAGE)


def serve(root: Path) -> Any:
    """The loopback server (tests/overlays/server.py) in a process of its own; yields its URL."""
    sys.path.insert(0, str(ROOT))
    return importlib.import_module("tests.overlays.server").server_process(root)


def make_file(path: Path, size: int) -> None:
    block = os.urandom(1 << 20)
    with path.open("wb") as fh:
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= min(left, len(block))


def main() -> None:
    parser = argparse.ArgumentParser(description="Transfer benchmark (overlays vs raw httpx).")
    parser.add_argument("--size", default="64M", help="file size, e.g. 64M, 1G (default 64M)")
    parser.add_argument("--items", type=int, default=10_000, help="batch items (default 10000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case (best is kept)")
    parser.add_argument("--only", choices=sorted(CASES), action="append", help="limit kinds")
    parser.add_argument("--child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        build_dir, kind, case, url, file, items = args.child
        sys.path.insert(0, build_dir)
        with tempfile.TemporaryDirectory() as out:
            result = run_case(kind, case, url, Path(file), int(items), Path(out))
        print(json.dumps(result))
        return

    size = parse_size(args.size)
    with tempfile.TemporaryDirectory(prefix="bench-transfer-") as tmp:
        tmp_path = Path(tmp)
        build_dir = tmp_path / "build"
        build_dir.mkdir()
        build_runtime(build_dir)
        served = tmp_path / "served"
        served.mkdir()
        file = served / "payload.bin"
        make_file(file, size)
        with serve(served) as url:
            rows: list[tuple[str, str, str, str, str]] = []
            for kind, cases in CASES.items():
                if args.only and kind not in args.only:
                    continue
                for case in cases:
                    best: dict[str, Any] | None = None
                    for _ in range(args.repeat):
                        out = subprocess.run(
                            [
                                sys.executable,
                                __file__,
                                "--child",
                                str(build_dir),
                                kind,
                                case,
                                url,
                                str(file),
                                str(args.items),
                            ],
                            cwd=ROOT,
                            capture_output=True,
                            text=True,
                            check=True,
                        )
                        result = json.loads(out.stdout.strip().splitlines()[-1])
                        if best is None or result["seconds"] < best["seconds"]:
                            best = result
                    assert best is not None
                    rows.append(
                        (
                            kind,
                            case,
                            f"{best['seconds']:.3f}",
                            f"{best['rate']:,.1f} {best['unit']}",
                            f"{best['rss_growth'] / 2**20:.1f}",
                        )
                    )

    print(f"file size: {size / 2**20:.0f} MiB; batch items: {args.items:,}; repeat: {args.repeat}")
    header = ("kind", "case", "seconds", "throughput", "peak RSS growth (MiB)")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
