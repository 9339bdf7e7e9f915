"""Requests: the generated client (generated/akeneo_pim) against raw httpx, sync and async.

Both sides run in this process against the same loopback server, which runs in a process of
its own (so that it does not compete for this one's GIL):

- one GET parsed into its model (``families.get`` -> ``models.Family``) against
  ``httpx get`` + ``json()``, many times in a row;
- pagination: iterate every product of 100-item pages, following ``_links.next``, against
  the same walk with httpx and ``json()``.

Each round of each side opens its own client, after a warm-up round of both.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .measure import ROOT, Context, Row, Sample, alternate, ratio_row, timed

sys.path.insert(0, str(ROOT / "generated"))

import httpx2 as httpx
from akeneo_pim import Akeneo, AsyncAkeneo

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
FAMILY_PATH = "/api/rest/v1/families/shoes"
PRODUCTS_PATH = "/api/rest/v1/products"
PAGE_SIZE = 100
GET_LIMIT = 1.15  #: ours / raw, one GET parsed into its model
THROUGHPUT_LIMIT = 1 / 0.9  #: ours / raw time: at least 0.9x the throughput

FAMILY = {
    "code": "shoes",
    "attribute_as_label": "name",
    "attribute_as_image": None,
    "attributes": ["sku", "name", "description", "size", "color"],
    "attribute_requirements": {"ecommerce": ["sku", "name"], "mobile": ["sku"]},
    "labels": {"en_US": "Shoes", "fr_FR": "Chaussures"},
}


def product(n: int) -> dict[str, Any]:
    return {
        "uuid": f"00000000-0000-4000-8000-{n:012d}",
        "identifier": f"sku-{n:07d}",
        "enabled": True,
        "family": "shoes",
        "categories": ["summer", "men"],
        "groups": [],
        "parent": None,
        "values": {
            "name": [{"locale": "en_US", "scope": None, "data": f"Shoe {n}"}],
            "description": [{"locale": "en_US", "scope": "ecommerce", "data": "A shoe."}],
            "price": [
                {"locale": None, "scope": None, "data": [{"amount": "49.90", "currency": "EUR"}]}
            ],
        },
        "associations": {"X_SELL": {"products": [], "product_models": [], "groups": []}},
        "created": "2024-01-02T03:04:05+00:00",
        "updated": "2024-01-02T03:04:05+00:00",
    }


def make_server(pages: int) -> ThreadingHTTPServer:
    """Answers ``GET /api/rest/v1/families/<code>`` with one family and ``GET
    /api/rest/v1/products?page=N`` with ``pages`` pages of 100 products."""
    family = json.dumps(FAMILY).encode()
    items = [product(n) for n in range(PAGE_SIZE)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == PRODUCTS_PATH:
                page = int(parse_qs(url.query).get("page", ["1"])[0])
                base = f"http://127.0.0.1:{self.server.server_address[1]}{PRODUCTS_PATH}"
                links = {"self": {"href": f"{base}?page={page}&limit={PAGE_SIZE}"}}
                if page < pages:
                    links["next"] = {"href": f"{base}?page={page + 1}&limit={PAGE_SIZE}"}
                body = json.dumps({"_links": links, "_embedded": {"items": items}}).encode()
            else:
                body = family
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


@contextmanager
def serve(pages: int) -> Iterator[str]:
    """The server in a process of its own; yields its base URL."""
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_serve, args=(pages, ports), daemon=True)
    proc.start()
    try:
        yield f"http://127.0.0.1:{ports.get(timeout=30)}"
    finally:
        proc.terminate()
        proc.join()


# -- the work of one round, per side ---------------------------------------------------------


def _raw_walk(get: Callable[[str], httpx.Response]) -> None:
    url: str | None = f"{PRODUCTS_PATH}?limit={PAGE_SIZE}"
    while url:
        data = get(url).json()
        for _item in data["_embedded"]["items"]:
            pass
        url = data["_links"].get("next", {}).get("href")


def _sync_rounds(base: str, requests: int) -> dict[str, Callable[[], None]]:
    def ours_get() -> None:
        with Akeneo(base, token=TOKEN) as pim:
            for _ in range(requests):
                pim.families.get("shoes")

    def raw_get() -> None:
        with httpx.Client(base_url=base, headers=HEADERS) as client:
            for _ in range(requests):
                client.get(FAMILY_PATH).json()

    def ours_list() -> None:
        with Akeneo(base, token=TOKEN) as pim:
            for _product in pim.products.list(limit=PAGE_SIZE):
                pass

    def raw_list() -> None:
        with httpx.Client(base_url=base, headers=HEADERS) as client:
            _raw_walk(client.get)

    return {"ours get": ours_get, "raw get": raw_get, "ours list": ours_list, "raw list": raw_list}


def _async_rounds(base: str, requests: int) -> dict[str, Callable[[], None]]:
    async def ours_get() -> None:
        async with AsyncAkeneo(base, token=TOKEN) as pim:
            for _ in range(requests):
                await pim.families.get("shoes")

    async def raw_get() -> None:
        async with httpx.AsyncClient(base_url=base, headers=HEADERS) as client:
            for _ in range(requests):
                (await client.get(FAMILY_PATH)).json()

    async def ours_list() -> None:
        async with AsyncAkeneo(base, token=TOKEN) as pim:
            async for _product in pim.products.list(limit=PAGE_SIZE):
                pass

    async def raw_list() -> None:
        async with httpx.AsyncClient(base_url=base, headers=HEADERS) as client:
            url: str | None = f"{PRODUCTS_PATH}?limit={PAGE_SIZE}"
            while url:
                data = (await client.get(url)).json()
                for _item in data["_embedded"]["items"]:
                    pass
                url = data["_links"].get("next", {}).get("href")

    def run(work: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
        return lambda: asyncio.run(work())

    return {
        "ours get": run(ours_get),
        "raw get": run(raw_get),
        "ours list": run(ours_list),
        "raw list": run(raw_list),
    }


def requests(ctx: Context) -> list[Row]:
    """One GET parsed into its model, and pagination, sync and async, against raw httpx."""
    count = 200 if ctx.quick else 2000
    products = 1000 if ctx.quick else 10_000
    rows = []
    with serve(products // PAGE_SIZE) as base:
        for flavour, work in (
            ("sync", _sync_rounds(base, count)),
            ("async", _async_rounds(base, count)),
        ):
            for run in work.values():  # warm-up: connections, lazy imports, adapters
                run()

            def measured(name: str, work: dict[str, Callable[[], None]] = work) -> Sample:
                return timed(work[name])

            get = alternate(ctx.rounds, lambda: measured("ours get"), lambda: measured("raw get"))
            walk = alternate(
                ctx.rounds, lambda: measured("ours list"), lambda: measured("raw list")
            )
            rows.append(
                ratio_row(
                    f"{count:,} GETs parsed into models.Family vs httpx get + json(), {flavour}",
                    get[0].seconds,
                    get[1].seconds,
                    GET_LIMIT,
                )
            )
            rows.append(
                ratio_row(
                    f"pagination, {products:,} products in pages of {PAGE_SIZE} vs httpx, {flavour} (time)",
                    walk[0].seconds,
                    walk[1].seconds,
                    THROUGHPUT_LIMIT,
                )
            )
    return rows
