"""Pagination over a real loopback server, sync and async, in both Akeneo styles."""

from __future__ import annotations

import pytest

from tests.support.scripted_server import (
    Recorded,
    Reply,
    error_reply,
    json_reply,
    page_envelope,
    sequence,
)

PRODUCTS = "/api/rest/v1/products"
ITEMS = [{"identifier": f"sku-{i}", "_links": {"self": {"href": "x"}}} for i in range(1, 8)]


def _page_style(server, *, absolute: bool, size: int = 3):
    """Page-number pagination: ?page=N&limit=size, next link absolute or relative."""

    def handle(req: Recorded) -> Reply:
        query = dict(req.query)
        page = int(query.get("page", "1"))
        limit = int(query["limit"])
        chunk = ITEMS[(page - 1) * limit : page * limit]
        has_next = page * limit < len(ITEMS)
        prefix = server.url if absolute else ""
        next_href = (
            f"{prefix}{PRODUCTS}?page={page + 1}&limit={limit}&with_count=false"
            if has_next
            else None
        )
        return json_reply(
            page_envelope(
                chunk, next_href=next_href, self_href=f"{prefix}{req.target}", current_page=page
            )
        )

    return handle


def _cursor_style(server, *, absolute: bool):
    """search_after pagination: the cursor is the last identifier of the page."""

    def handle(req: Recorded) -> Reply:
        query = dict(req.query)
        assert query["pagination_type"] == "search_after"
        limit = int(query["limit"])
        after = query.get("search_after")
        start = 0 if after is None else [i["identifier"] for i in ITEMS].index(after) + 1
        chunk = ITEMS[start : start + limit]
        prefix = server.url if absolute else ""
        next_href = None
        if start + limit < len(ITEMS):
            next_href = (
                f"{prefix}{PRODUCTS}?pagination_type=search_after&limit={limit}"
                f"&search_after={chunk[-1]['identifier']}"
            )
        return json_reply(page_envelope(chunk, next_href=next_href))

    return handle


def _identifier(item: dict) -> str:
    return item["identifier"]


@pytest.mark.parametrize("absolute", [True, False], ids=["absolute", "relative"])
async def test_page_style_follows_next_links(kit, server, absolute):
    server.on("GET", PRODUCTS, _page_style(server, absolute=absolute))
    http = kit.http()
    paginator = kit.Paginator(
        http, PRODUCTS, query={"limit": 3, "with_count": False}, parse=_identifier
    )
    assert await kit.collect(paginator) == [f"sku-{i}" for i in range(1, 8)]
    targets = [r.target for r in server.api_requests()]
    assert targets == [
        f"{PRODUCTS}?limit=3&with_count=false",
        f"{PRODUCTS}?page=2&limit=3&with_count=false",
        f"{PRODUCTS}?page=3&limit=3&with_count=false",
    ]
    assert all(r.headers["authorization"] == "Bearer access-1" for r in server.api_requests())


@pytest.mark.parametrize("absolute", [True, False], ids=["absolute", "relative"])
async def test_search_after_style_follows_next_links(kit, server, absolute):
    server.on("GET", PRODUCTS, _cursor_style(server, absolute=absolute))
    http = kit.http()
    paginator = kit.Paginator(
        http,
        PRODUCTS,
        query={
            "pagination_type": "search_after",
            "limit": 2,
            "search": kit.rt._search.Search().where("enabled", "=", True),
        },
        parse=_identifier,
    )
    assert await kit.collect(paginator) == [f"sku-{i}" for i in range(1, 8)]
    requests = server.api_requests()
    assert len(requests) == 4
    assert dict(requests[0].query)["search"] == '{"enabled":[{"operator":"=","value":true}]}'
    assert dict(requests[-1].query)["search_after"] == "sku-6"


async def test_header_parameters_go_with_every_page(kit, server):
    server.on("GET", PRODUCTS, _page_style(server, absolute=True))
    http = kit.http()
    paginator = kit.Paginator(
        http, PRODUCTS, query={"limit": 3}, parse=_identifier, headers={"X-Tenant": "blue"}
    )
    assert len(await kit.collect(paginator)) == 7
    requests = server.api_requests()
    assert len(requests) == 3
    assert [r.headers.get("x-tenant") for r in requests] == ["blue", "blue", "blue"]


async def test_nothing_is_requested_before_iteration(kit, server):
    server.on("GET", PRODUCTS, _page_style(server, absolute=True))
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, query={"limit": 3}, parse=_identifier)
    assert server.requests == []
    iterator = paginator.__aiter__() if kit.is_async else iter(paginator)
    assert server.requests == []
    assert await kit.first(iterator) == "sku-1"
    assert len(server.api_requests()) == 1  # only the first page so far


async def test_pages_yields_page_objects(kit, server):
    server.on("GET", PRODUCTS, _page_style(server, absolute=True))
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, query={"limit": 3}, parse=_identifier)
    pages = await kit.collect(paginator.pages())
    assert [p.items for p in pages] == [
        ["sku-1", "sku-2", "sku-3"],
        ["sku-4", "sku-5", "sku-6"],
        ["sku-7"],
    ]
    assert [p.current_page for p in pages] == [1, 2, 3]
    assert pages[0].next_url == f"{server.url}{PRODUCTS}?page=2&limit=3&with_count=false"
    assert pages[-1].next_url is None and not pages[-1].has_next
    assert pages[0].raw["_embedded"]["items"][0]["identifier"] == "sku-1"


async def test_failed_page_raises_after_retries(kit, server):
    first = json_reply(page_envelope(ITEMS[:2], next_href=f"{server.url}{PRODUCTS}?page=2&limit=2"))
    server.on("GET", PRODUCTS, sequence(first, error_reply(500, "boom")))
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, query={"limit": 2}, parse=_identifier)
    seen = []
    with pytest.raises(kit.rt.errors.ServerError):
        if kit.is_async:
            async for item in paginator:
                seen.append(item)
        else:
            for item in paginator:
                seen.append(item)
    assert seen == ["sku-1", "sku-2"]
    assert len(server.api_requests()) == 1 + 4  # first page, then 1 + 3 retries of page 2
    assert kit.delays == [0.5, 1.0, 2.0]


async def test_transient_page_failure_is_retried_and_iteration_completes(kit, server):
    handler = _page_style(server, absolute=False)
    calls = []

    def flaky(req: Recorded) -> Reply:
        calls.append(req.target)
        if len(calls) == 2:
            return Reply(drop=True)
        return handler(req)

    server.on("GET", PRODUCTS, flaky)
    http = kit.http()
    items = await kit.collect(kit.Paginator(http, PRODUCTS, query={"limit": 3}, parse=_identifier))
    assert len(items) == 7


async def test_an_envelope_without_embedded_items_is_a_decode_error(kit, server):
    """A list reply without ``_embedded.items`` (an empty page has an empty list there) is not
    taken for an empty catalog."""
    server.on("GET", PRODUCTS, json_reply(page_envelope([], embedded=False)))
    http = kit.http()
    with pytest.raises(kit.rt.errors.DecodeError, match=r"without _embedded\.items") as caught:
        await kit.collect(kit.Paginator(http, PRODUCTS, parse=_identifier))
    assert caught.value.status_code == 200 and caught.value.method == "GET"
    assert caught.value.url.endswith(PRODUCTS) and '"_links"' in caught.value.excerpt


async def test_next_link_to_foreign_host_is_refused(kit, server):
    server.on(
        "GET",
        PRODUCTS,
        json_reply(
            page_envelope(
                ITEMS[:1], next_href="https://evil.example.com/api/rest/v1/products?page=2"
            )
        ),
    )
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, parse=_identifier)
    with pytest.raises(kit.rt.errors.ForeignURLError):
        await kit.collect(paginator)
    assert len(server.api_requests()) == 1


async def test_next_link_loop_is_detected(kit, server):
    server.on("GET", PRODUCTS, json_reply(page_envelope(ITEMS[:1], next_href=f"{PRODUCTS}?page=2")))
    http = kit.http()
    with pytest.raises(kit.rt.errors.AkeneoError, match="pagination loop"):
        await kit.collect(kit.Paginator(http, PRODUCTS, parse=_identifier))


async def test_path_params_and_fetch_page(kit, server):
    path = "/api/rest/v1/families/{family_code}/variants"
    server.on(
        "GET",
        "/api/rest/v1/families/shirts/variants",
        json_reply(page_envelope([{"code": "by_color"}], items_count=1, current_page=1)),
    )
    http = kit.http()
    page = await kit.call(
        kit.mod._pagination.fetch_page(
            http, path, {"family_code": "shirts"}, {"with_count": True}, lambda d: d["code"]
        )
    )
    assert page.items == ["by_color"]
    assert page.items_count == 1 and page.current_page == 1
    assert (
        server.api_requests()[0].target == "/api/rest/v1/families/shirts/variants?with_count=true"
    )
    paginator = kit.Paginator(
        http, path, path_params={"family_code": "shirts"}, parse=lambda d: d["code"]
    )
    assert await kit.call(paginator.to_list()) == ["by_color"]
    first = await kit.call(paginator.first_page())
    assert first.items == ["by_color"]
    assert await kit.call(kit.mod._pagination.fetch_next_page(http, first, str)) is None


async def test_to_list_with_limit_stops_early(kit, server):
    server.on("GET", PRODUCTS, _page_style(server, absolute=True))
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, query={"limit": 3}, parse=_identifier)
    assert await kit.call(paginator.to_list(limit=4)) == ["sku-1", "sku-2", "sku-3", "sku-4"]
    assert len(server.api_requests()) == 2


async def test_parser_receives_raw_items(kit, server):
    server.on("GET", PRODUCTS, json_reply(page_envelope(ITEMS[:2])))
    http = kit.http()
    seen = []
    await kit.collect(kit.Paginator(http, PRODUCTS, parse=seen.append))
    assert seen == ITEMS[:2]


async def test_each_iteration_starts_over(kit, server):
    server.on("GET", PRODUCTS, _page_style(server, absolute=True))
    http = kit.http()
    paginator = kit.Paginator(http, PRODUCTS, query={"limit": 5}, parse=_identifier)
    assert await kit.collect(paginator) == await kit.collect(paginator)
    assert len(server.api_requests()) == 4


@pytest.mark.parametrize("absolute", [True, False], ids=["absolute", "relative"])
async def test_a_walk_resumes_from_a_pages_next_url(kit, server, absolute):
    """Stop after a page, keep its next_url, and a new paginator given start= reads the pages
    after it only: every item once, in order, none read again."""
    server.on("GET", PRODUCTS, _cursor_style(server, absolute=absolute))
    http = kit.http()
    query = {"pagination_type": "search_after", "limit": 2}
    pages = kit.Paginator(http, PRODUCTS, query=query, parse=_identifier).pages()
    first = await kit.first(pages)
    await kit.call(pages.aclose() if kit.is_async else pages.close())
    assert first.items == ["sku-1", "sku-2"]
    cursor = first.next_url
    assert cursor is not None and cursor.endswith("search_after=sku-2")

    resumed = kit.Paginator(http, PRODUCTS, query={"limit": 99}, parse=_identifier, start=cursor)
    assert "start=" in repr(resumed)
    assert await kit.collect(resumed) == ["sku-3", "sku-4", "sku-5", "sku-6", "sku-7"]
    targets = [r.target for r in server.api_requests()]
    assert len(targets) == 1 + 3
    assert targets[1].endswith("search_after=sku-2")  # the cursor as given, not the new query
    assert "limit=99" not in " ".join(targets)
    # each iteration resumes from the same cursor again
    assert await kit.call(resumed.to_list()) == ["sku-3", "sku-4", "sku-5", "sku-6", "sku-7"]


async def test_decoded_walks_the_same_listing_without_building_models(kit, server):
    """decoded(): the same query, start, headers and options; items are the JSON objects as
    sent, never given to the listing's parse."""
    server.on("GET", PRODUCTS, _cursor_style(server, absolute=True))
    http = kit.http()
    query = {"pagination_type": "search_after", "limit": 2}
    parsed: list[object] = []
    cursor = f"{server.url}{PRODUCTS}?pagination_type=search_after&limit=2&search_after=sku-4"
    listing = kit.Paginator(
        http, PRODUCTS, query=query, parse=parsed.append, headers={"X-Mode": "a"}, start=cursor
    )
    assert await kit.collect(listing.decoded()) == ITEMS[4:]
    assert parsed == []
    assert [r.headers.get("x-mode") for r in server.api_requests()] == ["a", "a"]
    assert await kit.collect(kit.Paginator(http, PRODUCTS, query=query, parse=_identifier).decoded()) == ITEMS


async def test_start_must_be_a_link_of_the_same_listing_on_the_pim(kit, server):
    server.on("GET", PRODUCTS, _cursor_style(server, absolute=True))
    http = kit.http()
    other = kit.Paginator(http, PRODUCTS, parse=_identifier, start="/api/rest/v1/families?page=2")
    with pytest.raises(ValueError, match="not to this listing"):
        await kit.collect(other)
    foreign = kit.Paginator(
        http, PRODUCTS, parse=_identifier, start=f"https://elsewhere.example{PRODUCTS}?page=2"
    )
    with pytest.raises(kit.rt.errors.ForeignURLError):
        await kit.collect(foreign)
    with pytest.raises(TypeError, match="next_url"):
        kit.Paginator(http, PRODUCTS, parse=_identifier, start="")
    assert server.api_requests() == []
