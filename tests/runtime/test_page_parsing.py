"""List replies validated in one pass (``ItemValidator``), over a real loopback server, sync and
async: the same pages, items, links, counts and errors as item-by-item parsing."""

from __future__ import annotations

import gc
import importlib
import json
import logging
from types import ModuleType
from typing import Any

import pydantic
import pytest

from tests.support.runtime_pkg import RUNTIME_PACKAGE
from tests.support.scripted_server import Reply, json_reply, page_envelope, sequence

PRODUCTS = "/api/rest/v1/products"


@pytest.fixture
def validator(rt: ModuleType):
    """``_rt.validator``: what generated list methods pass as ``parse``."""
    return importlib.import_module(f"{RUNTIME_PACKAGE}._parse").validator


class Link(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    href: str | None = None


class ItemLinks(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    self_: Link | None = pydantic.Field(default=None, alias="self")


class Item(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    links: ItemLinks | None = pydantic.Field(default=None, alias="_links")
    identifier: str
    enabled: bool | None = None


ITEMS = [
    {"identifier": f"sku-{i}", "enabled": True, "_links": {"self": {"href": f"/p/{i}"}}, "extra": i}
    for i in range(1, 6)
]


def _two_pages(server):
    """Page 1 (3 items, with count and page number) links to page 2 (2 items, the last)."""
    first = page_envelope(
        ITEMS[:3], next_href=f"{server.url}{PRODUCTS}?page=2", current_page=1, items_count=5
    )
    second = page_envelope(ITEMS[3:], current_page=2, items_count=5)

    def handle(req):
        return json_reply(second if dict(req.query).get("page") == "2" else first)

    return handle


async def test_pages_are_validated_as_a_whole(kit, server, validator):
    server.on("GET", PRODUCTS, _two_pages(server))
    http = kit.http()
    parse = validator(Item)
    pages = await kit.collect(kit.Paginator(http, PRODUCTS, parse=parse).pages())
    items = [item for page in pages for item in page.items]
    assert all(isinstance(item, Item) for item in items)
    assert [i.identifier for i in items] == [f"sku-{i}" for i in range(1, 6)]
    assert items[0].links is not None and items[0].links.self_ is not None
    assert items[0].links.self_.href == "/p/1"
    assert items[0].model_extra == {"extra": 1}  # unknown fields kept
    assert [(p.current_page, p.items_count) for p in pages] == [(1, 5), (2, 5)]
    assert pages[0].next_url == f"{server.url}{PRODUCTS}?page=2" and pages[1].next_url is None
    # read from the bytes in one pass; the decoded reply is still there, decoded when asked for
    assert pages[0].__dict__["_raw"] is None
    assert pages[0].raw["_embedded"]["items"] == ITEMS[:3]
    assert pages[0].raw is pages[0].raw
    assert pages[0] == kit.rt._types.Page.from_envelope(pages[0].raw, parse)


async def test_items_match_item_by_item_parsing(kit, server, validator):
    server.on("GET", PRODUCTS, _two_pages(server))
    http = kit.http()
    whole = await kit.collect(kit.Paginator(http, PRODUCTS, parse=validator(Item)))
    one_by_one = await kit.collect(kit.Paginator(http, PRODUCTS, parse=Item.model_validate))
    assert whole == one_by_one


async def test_an_invalid_item_is_a_decode_error(kit, server, validator):
    bad = [*ITEMS[:2], {"enabled": "not a bool"}]
    server.on("GET", PRODUCTS, json_reply(page_envelope(bad)))
    http = kit.http()
    with pytest.raises(kit.rt.errors.DecodeError) as info:
        await kit.collect(kit.Paginator(http, PRODUCTS, parse=validator(Item)))
    cause = info.value.__cause__
    assert isinstance(cause, pydantic.ValidationError)
    assert {e["loc"][0] for e in cause.errors()} == {"identifier", "enabled"}
    assert "identifier: Field required (+1 more)" in str(info.value)


@pytest.mark.parametrize(
    ("body", "identifiers"),
    [
        ({"_embedded": [], "_links": []}, []),  # empty objects sent as arrays (PHP's empty map)
        ({"_links": {"next": "not an object"}, "_embedded": {"items": []}}, []),
        ([{"identifier": "bare"}], ["bare"]),  # a bare array: the items of one page
    ],
)
async def test_unusual_envelopes_are_read_leniently(kit, server, body, identifiers, validator):
    server.on("GET", PRODUCTS, json_reply(body))
    http = kit.http()
    page = await kit.call(
        kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, validator(Item))
    )
    assert [i.identifier for i in page.items] == identifiers
    assert page.next_url is None
    assert page.raw == body


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"  ",
        b"{}",
        b'{"_embedded": null}',
        b'{"_embedded": {"items": null}}',
        b'{"_links": {}}',
        b'{"_embedded": {"items": [{"identifier": "a"}',  # cut short
        b"<html><body>Welcome to nginx</body></html>",  # a wrong base URL
        b'"a string"',
    ],
)
async def test_a_reply_that_is_not_a_list_page_is_a_decode_error(kit, server, validator, body):
    server.on("GET", PRODUCTS, Reply(200, body, {"Content-Type": "application/json"}))
    http = kit.http()
    with pytest.raises(kit.rt.errors.DecodeError) as info:
        await kit.call(kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, validator(Item)))
    assert info.value.status_code == 200 and info.value.url.endswith(PRODUCTS)
    assert info.value.excerpt == body.decode()[:200]
    assert isinstance(info.value, kit.rt.errors.AkeneoError)


async def test_non_json_and_non_envelope_replies_raise_decode_errors(kit, server, validator):
    http = kit.http()
    parse = validator(Item)
    server.on("GET", PRODUCTS, Reply(200, b"not json", {"Content-Type": "application/json"}))
    with pytest.raises(kit.rt.errors.DecodeError):
        await kit.call(kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, parse))
    server.on("GET", PRODUCTS, Reply(200, b'"a string"', {"Content-Type": "application/json"}))
    with pytest.raises(kit.rt.errors.DecodeError, match="expected a list envelope"):
        await kit.call(kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, parse))
    server.on("GET", PRODUCTS, json_reply({"_embedded": {"items": {"a": 1}}}))
    with pytest.raises(kit.rt.errors.DecodeError, match="must be an array"):
        await kit.call(kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, parse))


async def test_union_items_and_plain_annotations(kit, server, validator):
    server.on("GET", PRODUCTS, json_reply(page_envelope([1, "2", 3])))
    http = kit.http()
    page = await kit.call(
        kit.mod._pagination.fetch_page(http, PRODUCTS, None, None, validator(int))
    )
    assert page.items == [1, 2, 3]


def test_item_validator_validates_one_item(rt, validator):
    parse = validator(Item)
    assert parse({"identifier": "a"}) == Item(identifier="a")
    assert validator(int)("7") == 7
    with pytest.raises(pydantic.ValidationError):
        parse({"enabled": 1})
    assert "Item" in repr(parse)


def test_page_from_json_decodes_raw_only_when_read(rt, validator):
    Page = rt._types.Page
    content = json.dumps(page_envelope(ITEMS[:1], next_href="n", items_count="12")).encode()
    page = Page.from_json(content, validator(Item))
    assert page.__dict__["_raw"] is None  # not decoded yet
    assert page.items == [Item.model_validate(ITEMS[0])]
    assert page.items_count == 12 and page.next_url == "n"
    assert page.raw == json.loads(content)
    assert "raw" not in repr(page) and "sku-1" in repr(page)


def test_page_is_immutable_and_compares_by_content(rt):
    Page, PageLinks = rt._types.Page, rt._types.PageLinks
    page = Page([1, 2], PageLinks(next="n"), 1, 2, raw={"x": 1})
    assert page == Page([1, 2], PageLinks(next="n"), 1, 2)  # raw is not compared
    assert page != Page([1], PageLinks(next="n"), 1, 2)
    assert Page([]).links == PageLinks()
    with pytest.raises(AttributeError):
        page.items = []  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del page.raw
    with pytest.raises(TypeError):
        hash(page)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"identifier": "a", "enabled": "maybe"}', "enabled: Input should be a valid boolean"),
        (b'{"identifier": "a", "enab', "EOF while parsing"),
        (b"<html>login</html>", "expected value"),
    ],
)
async def test_a_single_reply_that_is_not_the_model_is_a_decode_error(kit, server, body, problem):
    server.on("GET", PRODUCTS + "/a", Reply(200, body, {"Content-Type": "application/json"}))
    http = kit.http()
    response = await kit.call(http.request("GET", PRODUCTS + "/a"))
    with pytest.raises(kit.rt.errors.DecodeError, match=problem) as info:
        kit.rt._parse.parse_json(Item, response)
    assert isinstance(info.value.__cause__, pydantic.ValidationError)
    assert (info.value.status_code, info.value.method) == (200, "GET")
    assert info.value.url.endswith(PRODUCTS + "/a") and info.value.excerpt == body.decode()


# -- strict=False: invalid items set aside, counted and logged -------------------------------


def _two_pages_with_bad_items(server: Any) -> None:
    first = [*ITEMS[:2], {"enabled": "not a bool"}]
    second = [ITEMS[2], {"identifier": 7}]
    server.on(
        "GET",
        PRODUCTS,
        sequence(
            json_reply(page_envelope(first, next_href=f"{server.url}{PRODUCTS}?page=2")),
            json_reply(page_envelope(second)),
        ),
    )


async def test_strict_false_sets_invalid_items_aside_and_says_how_many(kit, server, validator, caplog):
    _two_pages_with_bad_items(server)
    http = kit.http()
    options = kit.rt._types.CallOptions(strict=False)
    paginator = kit.Paginator(http, PRODUCTS, parse=validator(Item), options=options)
    with caplog.at_level(logging.WARNING):
        items = await kit.collect(paginator)
    assert [i.identifier for i in items] == ["sku-1", "sku-2", "sku-3"]
    invalid = paginator.invalid
    assert [(bad.index, bad.item) for bad in invalid] == [(2, {"enabled": "not a bool"}), (1, {"identifier": 7})]
    assert invalid[0].problem.startswith("identifier: Field required")
    assert invalid[1].problem == "identifier: Input should be a valid string"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        f"{PRODUCTS}: 1 of 3 item(s) failed validation and were set aside (strict=False); first: {invalid[0].problem}",
        f"{PRODUCTS}: 1 of 2 item(s) failed validation and were set aside (strict=False); first: {invalid[1].problem}",
    ]


async def test_the_client_wide_strict_setting_applies_and_a_call_overrides_it(kit, server, validator):
    _two_pages_with_bad_items(server)
    http = kit.http(kit.settings(strict=False))
    paginator = kit.Paginator(http, PRODUCTS, parse=validator(Item))
    assert len(await kit.call(paginator.to_list())) == 3 and len(paginator.invalid) == 2
    _two_pages_with_bad_items(server)
    strict = kit.Paginator(http, PRODUCTS, parse=validator(Item), options=kit.rt._types.CallOptions(strict=True))
    with pytest.raises(kit.rt.errors.DecodeError):
        await kit.collect(strict)


async def test_strict_false_still_refuses_a_reply_that_is_not_a_list_page(kit, server, validator):
    server.on("GET", PRODUCTS, json_reply({"_links": {}}))
    http = kit.http(kit.settings(strict=False))
    with pytest.raises(kit.rt.errors.DecodeError, match="without _embedded"):
        await kit.collect(kit.Paginator(http, PRODUCTS, parse=validator(Item)))



GC_SEEN: list[bool] = []


class GcProbe(pydantic.BaseModel):
    """Records whether the cyclic collector was on while it was validated."""

    identifier: str

    @pydantic.field_validator("identifier")
    @classmethod
    def _probe(cls, value: str) -> str:
        GC_SEEN.append(gc.isenabled())
        if value == "boom":
            raise ValueError("no")
        return value


@pytest.mark.parametrize("collector", ["enabled", "disabled"])
async def test_the_collector_is_paused_while_a_reply_is_validated_and_left_as_it_was(
    kit, server, validator, collector
):
    server.on("GET", PRODUCTS, json_reply(page_envelope([{"identifier": "a"}, {"identifier": "b"}])))
    parse_json = importlib.import_module(f"{RUNTIME_PACKAGE}._parse").parse_json
    httpx = importlib.import_module(f"{RUNTIME_PACKAGE}._httpx").httpx
    reply = httpx.Response(200, content=b'{"identifier": "boom"}', request=httpx.Request("GET", "http://x/p"))
    GC_SEEN.clear()
    was = gc.isenabled()
    if collector == "disabled":
        gc.disable()
    try:
        items = await kit.collect(kit.Paginator(kit.http(), PRODUCTS, parse=validator(GcProbe)))
        assert [i.identifier for i in items] == ["a", "b"]
        assert GC_SEEN == [False, False]  # paused while the page was validated...
        assert gc.isenabled() is (collector == "enabled")  # ...and as it was afterwards
        with pytest.raises(kit.rt.errors.DecodeError):  # a failed validation restores it too
            parse_json(GcProbe, reply)
        assert GC_SEEN[-1] is False and gc.isenabled() is (collector == "enabled")
    finally:
        if was:
            gc.enable()
