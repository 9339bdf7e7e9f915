"""The transport against a real loopback server, sync and async: retries, error mapping,
encoding, headers, bodies, streaming, link following and redaction."""

from __future__ import annotations

import io
import logging
import socket
import threading

import pytest
from pydantic import BaseModel, ConfigDict, Field

from tests.support.scripted_server import Recorded, Reply, error_reply, json_reply, sequence

ITEM = "/api/rest/v1/attributes/color"
SECRETS = (
    "s3cr3t-value",
    "pa55w0rd-value",
    "access-1",
    "refresh-1",
    "Y2xpZW50LWlkLTE6czNjcjN0LXZhbHVl",
)


# -- retries -----------------------------------------------------------------------------------


async def test_429_waits_for_retry_after_then_succeeds(kit, server):
    server.on(
        "GET",
        ITEM,
        sequence(
            Reply(429, {"code": 429, "message": "Too many requests"}, {"Retry-After": "7"}),
            json_reply({"code": "color"}),
        ),
    )
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    assert response.json() == {"code": "color"}
    assert kit.delays == [7.0]
    assert len(server.api_requests()) == 2


async def test_retry_after_is_capped(kit, server):
    server.on(
        "GET",
        ITEM,
        sequence(Reply(429, b"", {"Retry-After": "3600"}), json_reply({"code": "color"})),
    )
    http = kit.http(kit.settings(retry_after_cap=12.5))
    await kit.call(http.request("GET", ITEM))
    assert kit.delays == [12.5]


async def test_429_retries_exhausted_raises_too_many_requests(kit, server):
    server.on("GET", ITEM, Reply(429, {"code": 429, "message": "Slow down"}, {"Retry-After": "2"}))
    http = kit.http(kit.settings(max_retries=2))
    with pytest.raises(kit.rt.errors.TooManyRequests) as info:
        await kit.call(http.request("GET", ITEM))
    assert info.value.retry_after == 2.0
    assert kit.delays == [2.0, 2.0]
    assert len(server.api_requests()) == 3


async def test_5xx_backs_off_exponentially_then_succeeds(kit, server):
    server.on(
        "GET",
        ITEM,
        sequence(
            error_reply(500, "boom"),
            error_reply(502, "bad gateway"),
            error_reply(503, "unavailable"),
            json_reply({"code": "color"}),
        ),
    )
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    assert response.status_code == 200
    assert kit.delays == [0.5, 1.0, 2.0]


async def test_backoff_respects_cap(kit, server):
    server.on("GET", ITEM, error_reply(504, "timeout"))
    http = kit.http(kit.settings(max_retries=5, backoff_base=1.0, backoff_cap=3.0))
    with pytest.raises(kit.rt.errors.ServerError):
        await kit.call(http.request("GET", ITEM))
    assert kit.delays == [1.0, 2.0, 3.0, 3.0, 3.0]


async def test_retries_exhausted_raises_server_error(kit, server):
    server.on("GET", ITEM, error_reply(503, "Service unavailable"))
    http = kit.http()
    with pytest.raises(kit.rt.errors.ServerError) as info:
        await kit.call(http.request("GET", ITEM))
    assert info.value.status_code == 503
    assert len(server.api_requests()) == 4  # 1 + max_retries (3)
    assert str(info.value) == f"503 Service Unavailable: GET {ITEM}: Service unavailable"


async def test_post_is_not_retried_on_500(kit, server):
    server.on("POST", "/api/rest/v1/attributes", error_reply(500, "boom"))
    http = kit.http()
    with pytest.raises(kit.rt.errors.ServerError):
        await kit.call(http.request("POST", "/api/rest/v1/attributes", json={"code": "x"}))
    assert len(server.api_requests()) == 1
    assert kit.delays == []


async def test_post_is_retried_when_forced(kit, server):
    server.on(
        "POST",
        "/api/rest/v1/attributes",
        sequence(error_reply(500, "boom"), Reply(201, b"", {"Location": "http://x/a/new"})),
    )
    http = kit.http()
    response = await kit.call(
        http.request("POST", "/api/rest/v1/attributes", json={"code": "x"}, retry=True)
    )
    assert response.status_code == 201
    assert [r.json() for r in server.api_requests()] == [{"code": "x"}, {"code": "x"}]


async def test_retry_false_never_retries(kit, server):
    server.on("GET", ITEM, error_reply(503, "busy"))
    http = kit.http()
    with pytest.raises(kit.rt.errors.ServerError):
        await kit.call(http.request("GET", ITEM, retry=False))
    assert len(server.api_requests()) == 1


async def test_dropped_connection_is_retried_for_get(kit, server):
    server.on("GET", ITEM, sequence(Reply(drop=True), Reply(drop=True), json_reply({"code": "c"})))
    http = kit.http()
    response = await kit.call(http.request("GET", ITEM))
    assert response.json() == {"code": "c"}
    assert len(server.api_requests()) == 3
    assert kit.delays == [0.5, 1.0]


async def test_dropped_connection_on_post_raises_transport_error(kit, server):
    server.on("POST", "/api/rest/v1/attributes", Reply(drop=True))
    http = kit.http()
    with pytest.raises(kit.rt.errors.TransportError) as info:
        await kit.call(http.request("POST", "/api/rest/v1/attributes", json={"code": "x"}))
    assert type(info.value) is kit.rt.errors.TransportError
    assert isinstance(info.value.__cause__, Exception)
    assert "POST /api/rest/v1/attributes" in str(info.value)
    assert len(server.api_requests()) == 1


async def test_dropped_connection_retries_exhausted(kit, server):
    server.on("GET", ITEM, Reply(drop=True))
    http = kit.http(kit.settings(max_retries=1))
    with pytest.raises(kit.rt.errors.TransportError):
        await kit.call(http.request("GET", ITEM))
    assert len(server.api_requests()) == 2


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


async def test_connection_refused_is_retried_even_for_post(kit):
    settings = kit.rt._config.Settings(f"http://127.0.0.1:{_closed_port()}", token="t")
    http = kit.http(settings.replace(max_retries=2, retry_jitter=False))
    with pytest.raises(kit.rt.errors.ConnectError) as info:
        await kit.call(http.request("POST", "/api/rest/v1/attributes", json={"code": "x"}))
    assert kit.delays == [0.5, 1.0]
    assert info.value.__cause__ is not None
    assert isinstance(info.value, kit.rt.errors.TransportError)


async def test_read_timeout_raises_timeout_error(kit, server):
    release = threading.Event()

    def slow(_: Recorded) -> Reply:
        release.wait(5)
        return json_reply({})

    server.on("GET", ITEM, slow)
    http = kit.http(kit.settings(timeout=0.2, max_retries=0))
    try:
        with pytest.raises(kit.rt.errors.TimeoutError):
            await kit.call(http.request("GET", ITEM))
    finally:
        release.set()


# -- error mapping -----------------------------------------------------------------------------

_CASES = [
    (400, "BadRequest", "Invalid json message received"),
    (401, "Unauthorized", "Authentication is required"),
    (403, "Forbidden", "You are not allowed to access the web API."),
    (404, "NotFound", "Resource `missing` does not exist."),
    (405, "ClientError", "No route found"),
    (406, "NotAcceptable", "'xxx' in 'Accept' header is not valid."),
    (413, "PayloadTooLarge", "Too many resources to process, 100 is the maximum allowed."),
    (415, "UnsupportedMediaType", "The 'Content-type' header is missing."),
    (422, "UnprocessableEntity", "Validation failed."),
    (429, "TooManyRequests", "Too many requests"),
    (500, "ServerError", "Internal error"),
    (507, "ServerError", "Insufficient storage"),
]


@pytest.mark.parametrize(("status", "name", "message"), _CASES)
async def test_error_statuses_map_to_classes(kit, server, status, name, message):
    server.on("GET", "/api/rest/v1/products/missing", error_reply(status, message))
    http = kit.http(kit.settings(token="ready-token", client_id=None, max_retries=0))
    with pytest.raises(kit.rt.errors.APIError) as info:
        await kit.call(
            http.request("GET", "/api/rest/v1/products/{code}", path_params={"code": "missing"})
        )
    error = info.value
    assert type(error) is getattr(kit.rt.errors, name)
    assert error.status_code == status
    assert error.message == message
    assert error.method == "GET"
    assert error.url == f"{server.url}/api/rest/v1/products/missing"
    assert error.body == {"code": status, "message": message}
    assert str(error).startswith(f"{status} ")
    assert f": GET /api/rest/v1/products/missing: {message}" in str(error)
    if status >= 500:
        assert isinstance(error, kit.rt.errors.ServerError)
    else:
        assert isinstance(error, kit.rt.errors.ClientError)


async def test_404_message_format(kit, server):
    server.on(
        "GET",
        "/api/rest/v1/products/missing",
        error_reply(404, "Resource `missing` does not exist."),
    )
    http = kit.http()
    with pytest.raises(kit.rt.errors.NotFound) as info:
        await kit.call(http.request("GET", "/api/rest/v1/products/missing"))
    assert (
        str(info.value)
        == "404 Not Found: GET /api/rest/v1/products/missing: Resource `missing` does not exist."
    )


async def test_422_carries_field_errors(kit, server):
    body = {
        "code": 422,
        "message": "Validation failed.",
        "errors": [
            {
                "property": "values",
                "message": "This value is too long.",
                "attribute": "name",
                "locale": "en_US",
                "scope": None,
            },
            {"property": "family", "message": "The family does not exist."},
        ],
        "_links": {
            "documentation": {
                "href": "http://api.akeneo.com/api-reference.html#patch_products__code_"
            }
        },
    }
    server.on("PATCH", "/api/rest/v1/products/cap", Reply(422, body))
    http = kit.http()
    with pytest.raises(kit.rt.errors.UnprocessableEntity) as info:
        await kit.call(http.request("PATCH", "/api/rest/v1/products/cap", json={"family": "nope"}))
    error = info.value
    assert [(e.property, e.attribute, e.locale, e.scope, e.message) for e in error.errors] == [
        ("values", "name", "en_US", None, "This value is too long."),
        ("family", None, None, None, "The family does not exist."),
    ]
    assert error.errors[0].raw["attribute"] == "name"
    assert "values/name/en_US: This value is too long." in str(error)
    assert len(server.api_requests()) == 1  # 422 is not retried


async def test_non_json_error_body(kit, server):
    server.on("GET", ITEM, Reply(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}))
    http = kit.http(kit.settings(max_retries=0))
    with pytest.raises(kit.rt.errors.ServerError) as info:
        await kit.call(http.request("GET", ITEM))
    assert info.value.message == ""
    assert info.value.body == "<html>Bad Gateway</html>"
    assert str(info.value) == f"502 Bad Gateway: GET {ITEM}"


async def test_only_200_201_204_are_success(kit, server):
    server.on("GET", ITEM, Reply(202, b""))
    http = kit.http()
    with pytest.raises(kit.rt.errors.APIError) as info:
        await kit.call(http.request("GET", ITEM))
    assert info.value.status_code == 202


# -- encoding, headers and bodies --------------------------------------------------------------


async def test_path_values_keep_slashes_and_encode_the_rest(kit, server):
    server.on("GET", "/api/rest/v1/media-files/*", Reply(200, b"x"))
    http = kit.http()
    path = "/api/rest/v1/media-files/{code}/download"
    await kit.call(
        http.request("GET", path, path_params={"code": "7/5/8/e/abc_cap.jpg"}, accept="*/*")
    )
    await kit.call(http.request("GET", path, path_params={"code": "a b#c?d%e/é"}, accept="*/*"))
    first, second = server.api_requests()
    assert first.target == "/api/rest/v1/media-files/7/5/8/e/abc_cap.jpg/download"
    assert second.target == "/api/rest/v1/media-files/a%20b%23c%3Fd%25e/%C3%A9/download"
    assert first.headers["accept"] == "*/*"


async def test_query_encoding_booleans_none_and_search(kit, server):
    server.on("GET", "/api/rest/v1/products", json_reply({"_embedded": {"items": []}}))
    http = kit.http()
    search = (
        kit.rt._search.Search()
        .where("enabled", "=", True)
        .where("completeness", ">", 70, scope="ecommerce")
    )
    await kit.call(
        http.request(
            "GET",
            "/api/rest/v1/products",
            query={
                "search": search,
                "with_count": True,
                "locales": None,
                "limit": 10,
                "attributes": "a,b",
            },
        )
    )
    [req] = server.api_requests()
    assert req.query == [
        (
            "search",
            '{"enabled":[{"operator":"=","value":true}],"completeness":[{"operator":">","value":70,"scope":"ecommerce"}]}',
        ),
        ("with_count", "true"),
        ("limit", "10"),
        ("attributes", "a,b"),
    ]


async def test_default_headers(kit, server):
    server.on("PATCH", ITEM, Reply(204))
    server.on("GET", ITEM, json_reply({}))
    http = kit.http()
    await kit.call(http.request("GET", ITEM))
    await kit.call(http.request("PATCH", ITEM, json={"labels": {"en_US": "Color"}}))
    get, patch = server.api_requests()
    assert get.headers["accept"] == "application/json"
    assert get.headers["user-agent"] == "akeneo-pim-python"
    assert "content-type" not in get.headers
    assert patch.headers["content-type"] == "application/json"
    assert patch.body == b'{"labels":{"en_US":"Color"}}'


async def test_client_wide_default_headers(kit, server):
    server.on("GET", ITEM, json_reply({}))
    server.on("PATCH", ITEM, Reply(204))
    settings = kit.settings(default_headers={"X-Tenant": "red", "accept": "text/plain", "Authorization": "Bearer stolen", "User-Agent": "mine/1"})
    http = kit.http(settings)
    await kit.call(http.request("GET", ITEM))
    await kit.call(http.request("PATCH", ITEM, json={"a": 1}, headers={"X-Tenant": "blue"}))
    get, patch = server.api_requests()
    assert get.headers["x-tenant"] == "red"
    assert get.headers["user-agent"] == "mine/1"
    assert get.headers["accept"] == "application/json"  # what the operation sends wins
    assert get.headers["authorization"].startswith("Bearer ") and "stolen" not in get.headers["authorization"]
    assert patch.headers["x-tenant"] == "blue"  # a call's own headers win
    assert "red" not in repr(settings) and "X-Tenant" in repr(settings)
    with pytest.raises(TypeError, match="default_headers"):
        kit.settings(default_headers={"X-Count": 1})


async def test_extra_headers_override_defaults_but_not_authorization(kit, server):
    server.on("PATCH", ITEM, Reply(204))
    http = kit.http()
    await kit.call(
        http.request(
            "PATCH",
            ITEM,
            content=b'{"a":1}\n{"a":2}',
            content_type="application/vnd.akeneo.collection+json",
            headers={
                "accept": "application/json",
                "X-Extra": "1",
                "Authorization": "Bearer forged",
            },
        )
    )
    [req] = server.api_requests()
    assert req.headers["content-type"] == "application/vnd.akeneo.collection+json"
    assert req.headers["x-extra"] == "1"
    assert req.headers["authorization"] == "Bearer access-1"
    assert req.body == b'{"a":1}\n{"a":2}'


class _Label(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    code: str
    links: dict[str, object] | None = Field(default=None, alias="_links")
    sort_order: int | None = None
    group_code: str | None = Field(default=None, alias="group")


async def test_json_bodies_drop_links_and_dump_models_by_alias(kit, server):
    server.on("PATCH", ITEM, Reply(204))
    server.on("PATCH", "/api/rest/v1/reference-entities/x/records", json_reply([]))
    http = kit.http()
    await kit.call(
        http.request("PATCH", ITEM, json={"code": "color", "_links": {"self": {"href": "h"}}})
    )
    model = _Label(code="color", _links={"self": {}}, group_code="marketing")
    await kit.call(http.request("PATCH", ITEM, json=model))
    await kit.call(
        http.request(
            "PATCH",
            "/api/rest/v1/reference-entities/x/records",
            json=[model, {"code": "b", "_links": {}}],
        )
    )
    first, second, third = (r.json() for r in server.api_requests())
    assert first == {"code": "color"}
    assert second == {"code": "color", "group": "marketing"}  # unset sort_order left out
    assert third == [{"code": "color", "group": "marketing"}, {"code": "b"}]


async def test_upsert_outcome_from_response(kit, server):
    server.on(
        "PATCH",
        ITEM,
        sequence(
            Reply(201, b"", {"Location": f"{server.url}{ITEM}"}),
            Reply(204, b"", {"Location": f"{server.url}{ITEM}"}),
        ),
    )
    http = kit.http()
    outcome_type = kit.rt._types.UpsertOutcome
    created = outcome_type.from_response(
        await kit.call(http.request("PATCH", ITEM, json={"code": "color"}))
    )
    updated = outcome_type.from_response(
        await kit.call(http.request("PATCH", ITEM, json={"code": "color"}))
    )
    assert (created.created, created.updated, created.code) == (True, False, "color")
    assert (updated.created, updated.updated, updated.status_code) == (False, True, 204)


async def test_multipart_upload_with_files(kit, server):
    server.on(
        "POST",
        "/api/rest/v1/media-files",
        Reply(201, b"", {"Location": f"{server.url}/api/rest/v1/media-files/1/2/ab_cap.jpg"}),
    )
    http = kit.http()
    response = await kit.call(
        http.request(
            "POST",
            "/api/rest/v1/media-files",
            files={"file": ("cap.jpg", io.BytesIO(b"JPEGDATA"), "image/jpeg")},
            data={
                "product": '{"identifier":"cap","attribute":"picture","scope":null,"locale":null}'
            },
        )
    )
    [req] = server.api_requests()
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="cap.jpg"' in req.body and b"JPEGDATA" in req.body
    assert b'name="product"' in req.body
    code = kit.rt._types.code_from_location(
        response.headers["location"], "/api/rest/v1/media-files"
    )
    assert code == "1/2/ab_cap.jpg"


async def test_streamed_upload_body_from_iterable(kit, server):
    server.on("POST", "/api/rest/v1/upload", Reply(201))
    http = kit.http()
    chunks = [b"one-", b"two-", b"three"]
    if kit.is_async:

        async def gen():
            for c in chunks:
                yield c

        body = gen()
    else:
        body = iter(chunks)
    await kit.call(
        http.request(
            "POST", "/api/rest/v1/upload", content=body, content_type="application/octet-stream"
        )
    )
    [req] = server.api_requests()
    assert req.body == b"one-two-three"
    assert req.headers["content-type"] == "application/octet-stream"


async def test_stream_reads_body_lazily_and_raises_errors_before_entering(kit, server):
    payload = bytes(range(256)) * 400
    server.on(
        "GET",
        "/api/rest/v1/media-files/a/b/c.bin/download",
        Reply(200, payload, {"Content-Type": "application/octet-stream"}),
    )
    server.on(
        "GET", "/api/rest/v1/media-files/missing/download", error_reply(404, "Media file not found")
    )
    http = kit.http()
    path = "/api/rest/v1/media-files/{code}/download"
    response, data = await kit.read_stream(
        http.stream("GET", path, path_params={"code": "a/b/c.bin"}, accept="*/*")
    )
    assert data == payload
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.is_closed
    with pytest.raises(kit.rt.errors.NotFound):
        await kit.read_stream(
            http.stream("GET", path, path_params={"code": "missing"}, accept="*/*")
        )


async def test_stream_retries_before_the_body_is_handed_over(kit, server):
    server.on("GET", ITEM, sequence(error_reply(503, "busy"), Reply(200, b"payload")))
    http = kit.http()
    _, data = await kit.read_stream(http.stream("GET", ITEM))
    assert data == b"payload"
    assert kit.delays == [0.5]


# -- link following ----------------------------------------------------------------------------


async def test_get_url_accepts_absolute_and_relative_links(kit, server):
    server.on("GET", "/api/rest/v1/products", json_reply({"ok": True}))
    http = kit.http()
    await kit.call(http.get_url(f"{server.url}/api/rest/v1/products?search_after=abc%2C1&limit=2"))
    await kit.call(http.get_url("/api/rest/v1/products?page=2&limit=2"))
    first, second = server.api_requests()
    assert first.target == "/api/rest/v1/products?search_after=abc%2C1&limit=2"
    assert second.target == "/api/rest/v1/products?page=2&limit=2"
    assert second.headers["authorization"] == "Bearer access-1"


async def test_get_url_refuses_foreign_hosts(kit, server):
    http = kit.http()
    for url in (
        "http://evil.example.com/api/rest/v1/products?page=2",
        "//evil.example.com/x",
        "https://localhost/x",
    ):
        with pytest.raises(kit.rt.errors.ForeignURLError):
            await kit.call(http.get_url(url))
    assert server.requests == []  # not even a token request


async def test_get_url_moves_same_host_links_onto_base_scheme_and_port(kit, server):
    server.on("GET", "/api/rest/v1/products", json_reply({}))
    http = kit.http()
    await kit.call(http.get_url("https://127.0.0.1/api/rest/v1/products?page=3"))
    [req] = server.api_requests()
    assert req.target == "/api/rest/v1/products?page=3"


# -- lifecycle and redaction -------------------------------------------------------------------


async def test_borrowed_client_is_not_closed(kit, server):
    server.on("GET", ITEM, json_reply({}))
    client = kit.client()
    http = kit.Http(kit.settings(), http_client=client)
    await kit.call(http.request("GET", ITEM))
    await kit.close(http)
    assert not client.is_closed
    await kit.call(client.aclose() if kit.is_async else client.close())


async def test_own_client_is_closed(kit, server):
    http = kit.Http(kit.settings())
    await kit.close(http)
    assert http._client.is_closed


async def test_context_manager_closes(kit, server):
    server.on("GET", ITEM, json_reply({}))
    http = kit.Http(kit.settings())
    if kit.is_async:
        async with http as h:
            await h.request("GET", ITEM)
    else:
        with http as h:
            h.request("GET", ITEM)
    assert http._client.is_closed


async def test_secrets_absent_from_repr_errors_and_logs(kit, server, caplog):
    caplog.set_level(logging.DEBUG)
    server.on(
        "GET",
        ITEM,
        sequence(
            error_reply(503, "busy"), error_reply(401, "expired"), error_reply(401, "expired")
        ),
    )
    http = kit.http()
    with pytest.raises(kit.rt.errors.Unauthorized) as info:
        await kit.call(http.request("GET", ITEM, query={"x": "1"}))
    texts = [
        repr(http),
        repr(http.settings),
        str(http.settings),
        repr(http.auth),
        str(info.value),
        repr(info.value),
        info.value.url,
    ]
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    joined = "\n".join(texts)
    for secret in SECRETS:
        assert secret not in joined
    assert any(
        r.name == kit.rt.__name__ and "GET /api/rest/v1/attributes/color -> 503" in r.getMessage()
        for r in caplog.records
    )
    assert "Authorization" not in info.value.headers and "authorization" not in info.value.headers


async def test_secret_looking_query_values_are_masked_in_errors(kit, server):
    server.on("GET", ITEM, error_reply(404, "nope"))
    http = kit.http()
    with pytest.raises(kit.rt.errors.NotFound) as info:
        await kit.call(http.request("GET", ITEM, query={"access_token": "access-1", "page": 2}))
    assert "access-1" not in info.value.url and "access-1" not in str(info.value)
    assert info.value.url.endswith("?access_token=%2A%2A%2A&page=2")


async def test_logs_at_debug_with_method_path_status_attempt(kit, server, caplog):
    caplog.set_level(logging.DEBUG, logger=kit.rt.__name__)
    server.on("GET", ITEM, sequence(error_reply(500, "x"), json_reply({})))
    http = kit.http()
    await kit.call(http.request("GET", ITEM))
    messages = [r.getMessage() for r in caplog.records if r.name == kit.rt.__name__]
    assert any(
        "GET /api/rest/v1/attributes/color -> 500" in m and "(attempt 1)" in m for m in messages
    )
    assert any(
        "GET /api/rest/v1/attributes/color -> 200" in m and "(attempt 2)" in m for m in messages
    )
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == kit.rt.__name__)
