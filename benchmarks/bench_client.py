"""Client overhead against raw httpx, side by side on a loopback server; and import time.

    python benchmarks/bench_client.py [--requests 2000] [--pages 50] [--repeat 3]

Prints a table. Each figure is the best of --repeat runs, measured in the same process
against the same server, so ratios compare like with like:

- get: one JSON object per request (``pim.families.get`` vs ``httpx.Client.get`` + ``json()``);
- list: iterate every item of --pages pages of 100 families, following ``_links.next``;
- import: seconds to ``import akeneo_pim`` (fresh interpreter) vs ``import httpx, pydantic``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generated"))

import httpx  # noqa: E402
from akeneo_pim import Akeneo  # noqa: E402

FAMILY = {
    "code": "shoes",
    "attribute_as_label": "name",
    "attribute_as_image": None,
    "attributes": ["sku", "name", "description", "size", "color"],
    "attribute_requirements": {"ecommerce": ["sku", "name"], "mobile": ["sku"]},
    "labels": {"en_US": "Shoes", "fr_FR": "Chaussures"},
}


def make_server(pages: int) -> ThreadingHTTPServer:
    item = json.dumps(FAMILY).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/api/rest/v1/families":
                page = int(parse_qs(url.query).get("page", ["1"])[0])
                base = f"http://127.0.0.1:{self.server.server_address[1]}/api/rest/v1/families"
                links = {"self": {"href": f"{base}?page={page}&limit=100"}}
                if page < pages:
                    links["next"] = {"href": f"{base}?page={page + 1}&limit=100"}
                body = json.dumps(
                    {"_links": links, "current_page": page, "_embedded": {"items": [FAMILY] * 100}}
                ).encode()
            else:
                body = item
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


def _serve(pages: int, port_out: multiprocessing.Queue[int]) -> None:
    server = make_server(pages)
    port_out.put(server.server_address[1])
    server.serve_forever()


def start_server(pages: int) -> tuple[multiprocessing.Process, int]:
    """The server runs in its own process, so it does not compete for this one's GIL."""
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_serve, args=(pages, ports), daemon=True)
    proc.start()
    return proc, ports.get(timeout=30)


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def import_time(statement: str, repeat: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    results = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT / "generated",
        )
        results.append(float(out.stdout.strip()))
    return min(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    proc, port = start_server(args.pages)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": "Bearer t", "Accept": "application/json"}
    rows: list[tuple[str, str, float, float]] = []

    with httpx.Client(base_url=base, headers=headers) as raw, Akeneo(base, token="t") as pim:

        def raw_get() -> None:
            for _ in range(args.requests):
                raw.get("/api/rest/v1/families/shoes").json()

        def client_get() -> None:
            for _ in range(args.requests):
                pim.families.get("shoes")

        def raw_list() -> None:
            url: str | None = "/api/rest/v1/families?limit=100"
            while url:
                data = raw.get(url).json()
                for _item in data["_embedded"]["items"]:
                    pass
                url = data["_links"].get("next", {}).get("href")

        def client_list() -> None:
            for _family in pim.families.list():
                pass

        client_get()  # warm up connections and adapters
        rows.append(
            (
                "get (models.Family)",
                f"{args.requests} requests",
                best(args.repeat, raw_get),
                best(args.repeat, client_get),
            )
        )
        rows.append(
            (
                "list (parsed items)",
                f"{args.pages * 100} items",
                best(args.repeat, raw_list),
                best(args.repeat, client_list),
            )
        )
    proc.terminate()

    baseline = import_time("import httpx, pydantic", args.repeat)
    ours = import_time("import akeneo_pim", args.repeat)
    full = import_time(
        "import akeneo_pim; akeneo_pim.Akeneo('http://x', token='t').products", args.repeat
    )

    print(f"{'case':<24} {'work':<16} {'raw httpx s':>12} {'akeneo_pim s':>13} {'ratio':>7}")
    for name, work, raw_s, ours_s in rows:
        print(f"{name:<24} {work:<16} {raw_s:>12.3f} {ours_s:>13.3f} {ours_s / raw_s:>7.2f}")
    print()
    print(f"{'import':<41} {'seconds':>12}")
    print(f"{'import httpx, pydantic (baseline)':<41} {baseline:>12.3f}")
    print(f"{'import akeneo_pim':<41} {ours:>12.3f}")
    print(f"{'import + first resource (products)':<41} {full:>12.3f}")


if __name__ == "__main__":
    main()
