"""A loopback PIM for the command line tests: a catalog of products (search_after pages), their
batch upsert (NDJSON) and media files, on the scripted server of tests/support."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from tests.support.scripted_server import (
    Recorded,
    Reply,
    ScriptedServer,
    error_reply,
    json_reply,
    page_envelope,
)

PRODUCTS = "/api/rest/v1/products"
MEDIA = "/api/rest/v1/media-files/"
OPTIONS = "/api/rest/v1/attributes/color/options"  #: a sub-resource: the options of ``color``
NDJSON = "application/vnd.akeneo.collection+json"


def sku(n: int) -> str:
    return f"sku-{n:05d}"


@dataclass
class Catalog:
    """The server's data and its scripted behaviour.

    ``hold_after``: the product page requested after that identifier waits until ``release``
    is set (a test kills the client while it waits); ``media``: file code -> content, linked
    from the ``picture`` value of the first products.
    """

    server: ScriptedServer
    count: int = 0
    hold_after: str | None = None
    release: threading.Event = field(default_factory=threading.Event)
    held: threading.Event = field(default_factory=threading.Event)
    media: dict[str, bytes] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)

    def product(self, n: int) -> dict[str, object]:
        identifier = sku(n)
        values: dict[str, object] = {"name": [{"locale": "en_US", "scope": None, "data": f"Shirt {n}"}]}
        codes = sorted(self.media)
        if n <= len(codes):
            code = codes[n - 1]
            href = f"{self.server.url}{MEDIA}{quote(code)}/download"
            values["picture"] = [{"locale": None, "scope": None, "data": code, "_links": {"download": {"href": href}}}]
        return {
            "identifier": identifier,
            "enabled": True,
            "family": "shirts",
            "categories": [],
            "groups": [],
            "values": values,
            "_links": {"self": {"href": f"{self.server.url}{PRODUCTS}/{identifier}"}},
        }

    def list_products(self, request: Recorded) -> Reply:
        query = dict(request.query)
        limit = int(query.get("limit", "10"))
        after = query.get("search_after")
        start = 0 if after is None else int(after.removeprefix("sku-"))
        if after is not None and after == self.hold_after:
            self.held.set()
            self.release.wait(30)
        numbers = range(start + 1, min(start + limit, self.count) + 1)
        items = [self.product(n) for n in numbers]
        next_href = None
        if numbers and numbers[-1] < self.count:
            search = f"&search={quote(query['search'])}" if "search" in query else ""
            next_href = f"{self.server.url}{PRODUCTS}?pagination_type=search_after&limit={limit}&search_after={sku(numbers[-1])}{search}"
        return json_reply(page_envelope(items, next_href=next_href, self_href=f"{self.server.url}{request.target}"))

    def upsert_products(self, request: Recorded) -> Reply:
        if request.headers.get("content-type") != NDJSON:
            return error_reply(415, "NDJSON expected")
        results = []
        for line, raw in enumerate(request.body.splitlines(), 1):
            item = json.loads(raw)
            key = next((k for k in ("identifier", "uuid", "code") if k in item), "identifier")
            identifier = item.get(key)
            if item.get("invalid"):
                results.append(
                    {
                        "line": line,
                        key: identifier,
                        "status_code": 422,
                        "message": "Validation failed.",
                        "errors": [{"property": "values", "message": "The name is too long.", "attribute": "name", "locale": "en_US", "scope": None}],
                    }
                )
                continue
            results.append({"line": line, key: identifier, "status_code": 204 if identifier in self.known else 201})
            self.known.add(identifier)
        body = "\n".join(json.dumps(r) for r in results).encode()
        return Reply(200, body, {"Content-Type": NDJSON})

    def media_file(self, request: Recorded) -> Reply:
        rest = unquote(request.path[len(MEDIA) :])
        download = rest.endswith("/download")
        code = rest.removesuffix("/download")
        if code not in self.media:
            return error_reply(404, f"Media file {code} does not exist.")
        content = self.media[code]
        if download:
            return Reply(200, content, {"Content-Type": "image/jpeg", "Content-Disposition": f'attachment; filename="{code.rsplit("/", 1)[-1]}"'})
        return json_reply({"code": code, "original_filename": code.rsplit("/", 1)[-1], "mime_type": "image/jpeg", "size": len(content), "extension": "jpg"})

    def requests(self, prefix: str, method: str = "GET") -> list[Recorded]:
        return [r for r in self.server.api_requests() if r.method == method and r.path.startswith(prefix)]


def start_catalog(count: int = 0) -> Catalog:
    server = ScriptedServer().start()
    catalog = Catalog(server, count)
    server.on("GET", PRODUCTS, catalog.list_products)
    server.on("PATCH", PRODUCTS, catalog.upsert_products)
    server.on("PATCH", OPTIONS, catalog.upsert_products)
    server.on("GET", MEDIA + "*", catalog.media_file)
    return catalog
