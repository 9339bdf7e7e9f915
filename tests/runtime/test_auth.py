"""OAuth2 token handling against a real loopback server, sync and async."""

from __future__ import annotations

import asyncio
import base64
import threading

import pytest

from tests.support.scripted_server import Recorded, Reply, error_reply, json_reply, sequence

FAMILY = "/api/rest/v1/families/shoes"


def _accept_current(server):
    """API handler: 200 for the newest issued token, 401 otherwise."""

    def handle(req: Recorded) -> Reply:
        if req.headers.get("authorization") == f"Bearer {server.tokens.current}":
            return json_reply({"code": "shoes"})
        return error_reply(401, "The access token provided is invalid.")

    return handle


async def test_password_grant_uses_basic_auth_and_json_body(kit, server):
    server.on("GET", FAMILY, json_reply({"code": "shoes"}))
    http = kit.http()
    response = await kit.call(
        http.request("GET", "/api/rest/v1/families/{code}", path_params={"code": "shoes"})
    )
    assert response.json() == {"code": "shoes"}

    [token_req] = server.token_requests()
    expected = base64.b64encode(b"client-id-1:s3cr3t-value").decode()
    assert token_req.method == "POST"
    assert token_req.headers["authorization"] == f"Basic {expected}"
    assert token_req.headers["content-type"] == "application/json"
    assert token_req.headers["accept"] == "application/json"
    assert token_req.json() == {
        "grant_type": "password",
        "username": "api-user",
        "password": "pa55w0rd-value",
    }
    [api_req] = server.api_requests()
    assert api_req.headers["authorization"] == "Bearer access-1"


async def test_token_reused_until_close_to_expiry_then_refreshed(kit, server):
    server.tokens.expires_in = 3600
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    kit.clock.advance(3000)  # 600 s left: more than the 60 s margin
    await kit.call(http.request("GET", FAMILY))
    assert len(server.token_requests()) == 1

    kit.clock.advance(560)  # 40 s left: inside the margin, refresh before sending
    await kit.call(http.request("GET", FAMILY))
    tokens = server.token_requests()
    assert len(tokens) == 2
    assert tokens[1].json() == {"grant_type": "refresh_token", "refresh_token": "refresh-1"}
    assert [r.headers["authorization"] for r in server.api_requests()] == [
        "Bearer access-1",
        "Bearer access-1",
        "Bearer access-2",
    ]
    # no 401 was needed
    assert all(r.path == FAMILY for r in server.api_requests())


async def test_short_lived_token_margin_is_a_tenth_of_its_lifetime(kit, server):
    server.tokens.expires_in = 100  # margin: min(60, 10) = 10 s
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    kit.clock.advance(85)
    await kit.call(http.request("GET", FAMILY))
    assert len(server.token_requests()) == 1
    kit.clock.advance(6)
    await kit.call(http.request("GET", FAMILY))
    assert len(server.token_requests()) == 2


async def test_newest_refresh_token_is_kept(kit, server):
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    for _ in range(2):
        kit.clock.advance(3590)
        await kit.call(http.request("GET", FAMILY))
    bodies = [r.json() for r in server.token_requests()]
    assert bodies[1] == {"grant_type": "refresh_token", "refresh_token": "refresh-1"}
    assert bodies[2] == {"grant_type": "refresh_token", "refresh_token": "refresh-2"}


async def test_401_refreshes_once_and_retries(kit, server):
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    server.tokens.issued += 1  # the server revokes access-1 (as if it expired early)
    response = await kit.call(http.request("GET", FAMILY))
    assert response.status_code == 200
    tokens = server.token_requests()
    assert len(tokens) == 2
    assert tokens[1].json()["grant_type"] == "refresh_token"
    auths = [r.headers["authorization"] for r in server.api_requests()]
    assert auths == ["Bearer access-1", "Bearer access-1", "Bearer access-3"]
    assert kit.delays == []  # a 401 renewal is not a backoff retry


async def test_second_401_raises_unauthorized(kit, server):
    server.on("GET", FAMILY, error_reply(401, "The access token provided is invalid."))
    http = kit.http()
    with pytest.raises(kit.rt.errors.Unauthorized) as info:
        await kit.call(http.request("GET", FAMILY))
    assert info.value.status_code == 401
    assert len(server.api_requests()) == 2  # the original and one retry
    assert len(server.token_requests()) == 2  # login, then one refresh


async def test_refused_refresh_falls_back_to_password_login(kit, server):
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    server.tokens.refuse_refresh = True
    kit.clock.advance(3590)
    response = await kit.call(http.request("GET", FAMILY))
    assert response.status_code == 200
    grants = [r.json()["grant_type"] for r in server.token_requests()]
    assert grants == ["password", "refresh_token", "password"]
    assert server.api_requests()[-1].headers["authorization"] == "Bearer access-2"


async def test_ready_token_is_used_and_never_refreshed(kit, server):
    server.on("GET", FAMILY, sequence(json_reply({"code": "shoes"}), error_reply(401, "expired")))
    settings = kit.rt._config.Settings(server.url, token="app-token-xyz")
    http = kit.http(settings)
    await kit.call(http.request("GET", FAMILY))
    kit.clock.advance(10_000)
    with pytest.raises(kit.rt.errors.Unauthorized):
        await kit.call(http.request("GET", FAMILY))
    assert server.token_requests() == []
    assert [r.headers["authorization"] for r in server.api_requests()] == [
        "Bearer app-token-xyz",
        "Bearer app-token-xyz",
    ]


async def test_ready_token_with_credentials_logs_in_when_refused(kit, server):
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http(kit.settings(token="old-app-token"))
    response = await kit.call(http.request("GET", FAMILY))
    assert response.status_code == 200
    assert [r.json()["grant_type"] for r in server.token_requests()] == ["password"]
    assert [r.headers["authorization"] for r in server.api_requests()] == [
        "Bearer old-app-token",
        "Bearer access-1",
    ]


@pytest.mark.parametrize("status", [400, 401, 422])
async def test_token_endpoint_refusal_raises_authentication_error(kit, server, status):
    server.tokens.refuse_all = error_reply(status, "Invalid credentials.")
    http = kit.http()
    with pytest.raises(kit.rt.errors.AuthenticationError) as info:
        await kit.call(http.request("GET", FAMILY))
    assert info.value.status_code == status
    assert "Invalid credentials." in str(info.value)
    for secret in ("s3cr3t-value", "pa55w0rd-value", "client-id-1:"):
        assert secret not in str(info.value)
        assert secret not in repr(info.value)
    assert server.api_requests() == []


async def test_token_endpoint_5xx_is_retried(kit, server):
    server.on("POST", "/api/oauth/v1/token", _first_then(error_reply(503, "busy"), server.tokens))
    server.on("GET", FAMILY, json_reply({"code": "shoes"}))
    http = kit.http()
    response = await kit.call(http.request("GET", FAMILY))
    assert response.status_code == 200
    assert len(server.token_requests()) == 2
    assert kit.delays == [0.5]


def _first_then(first: Reply, then):
    used = []

    def handle(req: Recorded) -> Reply:
        if not used:
            used.append(True)
            return first
        return then(req)

    return handle


async def test_concurrent_401s_refresh_only_once(kit, server):
    server.on("GET", FAMILY, _accept_current(server))
    http = kit.http()
    await kit.call(http.request("GET", FAMILY))
    server.tokens.issued += 1  # revoke access-1
    before = len(server.token_requests())

    if kit.is_async:
        results = await asyncio.gather(*(http.request("GET", FAMILY) for _ in range(8)))
    else:
        results = []
        lock = threading.Lock()

        def worker() -> None:
            r = http.request("GET", FAMILY)
            with lock:
                results.append(r)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert [r.status_code for r in results] == [200] * 8
    assert len(server.token_requests()) - before == 1
