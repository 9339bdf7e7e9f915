"""Product media uploads name exactly one owner: the ``product`` or the ``product_model`` part."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.httplib import httpx

LOCATION = "https://pim.example.com/api/rest/v1/media-files/a/b/c/d/abcd_cap.jpg"


def _client(akeneo: Any, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(201, headers={"Location": LOCATION})

    return akeneo.Akeneo("https://pim.example.com", token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


@pytest.mark.parametrize(
    "owners",
    [{}, {"product": {"identifier": "cap"}, "product_model": {"code": "caps"}}],
    ids=["neither", "both"],
)
def test_upload_refuses_zero_or_two_owners_before_sending(akeneo: Any, owners: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    pim = _client(akeneo, seen)
    with pytest.raises(ValueError, match="exactly one of product, product_model"):
        pim.media_files.upload(b"jpeg bytes", filename="cap.jpg", **owners)
    assert seen == []


def test_upload_with_a_product_model_sends_that_part(akeneo: Any) -> None:
    seen: list[httpx.Request] = []
    pim = _client(akeneo, seen)
    owner = {"code": "caps", "attribute": "picture", "scope": None, "locale": None}
    code = pim.media_files.upload(b"jpeg bytes", filename="cap.jpg", product_model=owner)
    assert code == "a/b/c/d/abcd_cap.jpg"
    (request,) = seen
    body = request.content.decode("latin-1")
    assert 'name="product_model"' in body and 'name="product"\r\n' not in body
    assert json.dumps(owner, separators=(",", ":")) in body
    assert 'filename="cap.jpg"' in body
