"""Resolving ``_links`` hrefs: links already on the PIM are taken as they are (parsed once), any
other goes through the full checks; both give the URL joining onto the base URL gives."""

from __future__ import annotations

import pytest

from tests.support.httplib import httpx


@pytest.mark.parametrize("prefix", ["", "/pim"], ids=["root", "under-a-path"])
async def test_links_resolve_as_joined_onto_the_base_url(kit, server, prefix):
    http = kit.http(kit.settings(base_url=server.url + prefix))
    base = httpx.URL(server.url + prefix + "/")
    for link in (
        f"{server.url}/api/rest/v1/products?search_after=a%2Cb&limit=100",
        f"{server.url}/api/rest/v1/a/./b/../products?q=x y&é=1",
        "/api/rest/v1/products?page=2",
        "/a/../api/rest/v1/products#top",
        "api/rest/v1/relative?page=3",
        f"{server.url.replace('127.0.0.1', 'user:pw@127.0.0.1')}/api/rest/v1/products",
    ):
        resolved = http.resolve_url(link)
        assert isinstance(resolved, httpx.URL)
        expected = base.join(link).copy_with(username=None, password=None)
        assert resolved == expected, link
        assert resolved.host == "127.0.0.1" and not resolved.userinfo


async def test_links_to_other_hosts_are_refused(kit, server):
    http = kit.http()
    port = httpx.URL(server.url).port
    for link in (
        f"http://127.0.0.1:{port}.evil.example.com/x",
        f"http://127.0.0.2:{port}/x",
        "//evil.example.com/x",
        "/\\evil.example.com/x",
    ):
        try:
            resolved = http.resolve_url(link)
        except kit.rt.errors.ForeignURLError:
            continue
        assert resolved.host == "127.0.0.1", link  # if accepted at all, it stays on the PIM


async def test_invalid_links_are_refused(kit, server):
    http = kit.http()
    for link in (f"{server.url}/x\x00y", "/x\ny", f"{server.url}:bad/x"):
        with pytest.raises(kit.rt.errors.ForeignURLError):
            http.resolve_url(link)
