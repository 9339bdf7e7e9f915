"""Pure runtime pieces: settings, encoding, Search, retry policy, page types, errors."""

from __future__ import annotations

import datetime as dt
import enum
import json
import pickle

import pytest

from tests.support.httplib import httpx

# -- Settings ----------------------------------------------------------------------------------

ENV = {
    "AKENEO_BASE_URL": "https://pim.example.com/",
    "AKENEO_CLIENT_ID": "cid",
    "AKENEO_SECRET": "sec-VALUE",
    "AKENEO_USERNAME": "user",
    "AKENEO_PASSWORD": "pw-VALUE",
}


def test_settings_from_environment(rt, monkeypatch):
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AKENEO_TOKEN", raising=False)
    s = rt._config.Settings.from_args()
    assert (s.base_url, s.client_id, s.secret, s.username, s.password, s.token) == (
        "https://pim.example.com",
        "cid",
        "sec-VALUE",
        "user",
        "pw-VALUE",
        None,
    )
    assert s.has_credentials


def test_arguments_win_over_environment_and_client_secret_alias(rt):
    env = {**ENV, "AKENEO_SECRET": ""}
    env["AKENEO_CLIENT_SECRET"] = "alias-secret"
    s = rt._config.Settings.from_args("http://other:8080", username="me", env=env, max_retries=5)
    assert s.base_url == "http://other:8080"
    assert s.username == "me"
    assert s.secret == "alias-secret"
    assert s.max_retries == 5


def test_token_only_from_environment(rt):
    s = rt._config.Settings.from_args(
        env={"AKENEO_BASE_URL": "https://pim", "AKENEO_TOKEN": "tok-VALUE"}
    )
    assert s.token == "tok-VALUE" and not s.has_credentials


@pytest.mark.parametrize(
    "missing", ["AKENEO_CLIENT_ID", "AKENEO_SECRET", "AKENEO_USERNAME", "AKENEO_PASSWORD"]
)
def test_missing_credentials_are_named(rt, missing):
    env = {k: v for k, v in ENV.items() if k != missing}
    name = {"AKENEO_CLIENT_ID": "client_id", "AKENEO_SECRET": "secret"}.get(
        missing, missing[7:].lower()
    )
    with pytest.raises(ValueError, match=name) as info:
        rt._config.Settings.from_args(env=env)
    assert "sec-VALUE" not in str(info.value) and "pw-VALUE" not in str(info.value)


def test_missing_base_url(rt):
    with pytest.raises(ValueError, match="base_url"):
        rt._config.Settings.from_args(token="t", env={})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://pim.example.com", "https://pim.example.com"),
        ("https://pim.example.com/", "https://pim.example.com"),
        ("  HTTPS://pim.example.com/api/rest/v1/ ", "https://pim.example.com"),
        ("http://localhost:8080/sub/", "http://localhost:8080/sub"),
    ],
)
def test_base_url_normalisation(rt, given, expected):
    assert rt._config.Settings(given, token="t").base_url == expected


@pytest.mark.parametrize(
    "bad", ["pim.example.com", "ftp://pim", "https://u:p@pim", "https://pim/?a=1", ""]
)
def test_bad_base_urls(rt, bad):
    with pytest.raises(ValueError):
        rt._config.Settings(bad, token="t")


def test_settings_repr_masks_secrets_and_is_frozen(rt):
    s = rt._config.Settings(
        "https://pim",
        client_id="cid",
        secret="sec-VALUE",
        username="u",
        password="pw-VALUE",
        token="tok-VALUE",
    )
    text = repr(s)
    assert "sec-VALUE" not in text and "pw-VALUE" not in text and "tok-VALUE" not in text
    assert "secret='***'" in text and "password='***'" in text and "token='***'" in text
    assert "client_id='cid'" in text
    with pytest.raises(AttributeError):
        s.secret = "x"  # type: ignore[misc]


def test_timeouts(rt):
    Timeouts = rt._config.Timeouts
    assert rt._config.Settings("https://p", token="t", timeout=5).timeout == Timeouts(5, 5, 5, 5)
    assert rt._config.Settings(
        "https://p", token="t", timeout=httpx.Timeout(3, read=30)
    ).timeout == Timeouts(3, 30, 3, 3)
    assert Timeouts.coerce(None) == Timeouts(None, None, None, None)
    with pytest.raises(TypeError):
        Timeouts.coerce("fast")


def test_settings_validation(rt):
    with pytest.raises(ValueError, match="max_retries"):
        rt._config.Settings("https://p", token="t", max_retries=-1)
    with pytest.raises(TypeError, match="unknown"):
        rt._config.Settings.from_args("https://p", token="t", env={}, retries=3)


# -- encoding ----------------------------------------------------------------------------------


def test_encode_path(rt):
    enc = rt._encoding.encode_path
    assert (
        enc("/media-files/{code}/download", {"code": "7/5/8/e/abc_cap.jpg"})
        == "/media-files/7/5/8/e/abc_cap.jpg/download"
    )
    assert (
        enc("/x/{a}/{b}", {"a": "sp ace", "b": "h#sh?q=1&r%"})
        == "/x/sp%20ace/h%23sh%3Fq%3D1%26r%25"
    )
    assert enc("/x/{a}", {"a": "é~-._"}) == "/x/%C3%A9~-._"
    assert enc("/x/{a}", {"a": 12}) == "/x/12"
    assert enc("/x", None) == "/x"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "missing"),
        ({"a": ""}, "empty"),
        ({"a": None}, "missing"),
        ({"a": "../token"}, "segments"),
        ({"a": "x", "b": "y"}, "unknown"),
    ],
)
def test_encode_path_errors(rt, params, message):
    with pytest.raises(ValueError, match=message):
        rt._encoding.encode_path("/x/{a}", params)


class Color(enum.Enum):
    RED = "red"


def test_encode_query(rt):
    search = rt._search.Search().where("enabled", "=", True)
    pairs = rt._encoding.encode_query(
        {
            "z": 1,
            "skip": None,
            "yes": True,
            "no": False,
            "search": search,
            "raw": {"a": [1, "b"]},
            "list": ["x", "y"],
            "color": Color.RED,
            "text": "a b",
            "when": dt.datetime(2024, 1, 2, 3, 4, 5),
            "aware": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            "day": dt.date(2024, 2, 29),
            "codes": rt._encoding.query_list(["a", "b"], ","),
            "ids": rt._encoding.query_list((1, 2), None),
            "none": rt._encoding.query_list(None, ","),
            "joined": rt._encoding.query_list("a,b", ","),
            "empty": rt._encoding.query_list([], ","),
        }
    )
    assert pairs == [
        ("z", "1"),
        ("yes", "true"),
        ("no", "false"),
        ("search", '{"enabled":[{"operator":"=","value":true}]}'),
        ("raw", '{"a":[1,"b"]}'),
        ("list", '["x","y"]'),
        ("color", "red"),
        ("text", "a b"),
        ("when", "2024-01-02T03:04:05"),  # RFC 3339 (naive: no offset to give)
        ("aware", "2024-01-02T03:04:05+02:00"),
        ("day", "2024-02-29"),
        ("codes", "a,b"),
        ("ids", "1"),
        ("ids", "2"),
        ("joined", "a,b"),
    ]
    assert rt._encoding.encode_query(None) == []


def test_compact_json(rt):
    from decimal import Decimal  # noqa: PLC0415

    value = {"a": [1, Decimal("12.50")], "d": dt.date(2024, 1, 2), "e": Color.RED, "t": "é"}
    assert (
        rt._encoding.compact_json(value) == '{"a":[1,"12.50"],"d":"2024-01-02","e":"red","t":"é"}'
    )
    with pytest.raises(TypeError):
        rt._encoding.compact_json({"x": object()})


# -- Search ------------------------------------------------------------------------------------


def test_search_builder(rt):
    Search = rt._search.Search
    s = (
        Search()
        .where("enabled", "=", True)
        .where("completeness", ">", 70, scope="ecommerce")
        .where("categories", "IN", ["shoes"])
        .where("name", "CONTAINS", "cap", locale="en_US")
        .where("completeness", "=", 100, scope="mobile", locales=["en_US", "fr_FR"])
    )
    assert s.to_dict() == {
        "enabled": [{"operator": "=", "value": True}],
        "completeness": [
            {"operator": ">", "value": 70, "scope": "ecommerce"},
            {"operator": "=", "value": 100, "scope": "mobile", "locales": ["en_US", "fr_FR"]},
        ],
        "categories": [{"operator": "IN", "value": ["shoes"]}],
        "name": [{"operator": "CONTAINS", "value": "cap", "locale": "en_US"}],
    }
    assert json.loads(s.to_query()) == s.to_dict()
    assert " " not in Search().where("enabled", "=", True).to_query()
    assert (
        Search().where("enabled", "=", True).to_query()
        == '{"enabled":[{"operator":"=","value":true}]}'
    )


def test_search_is_immutable(rt):
    Search = rt._search.Search
    base = Search().where("enabled", "=", True)
    refined = base.where("family", "IN", ["shoes"])
    values = ["a"]
    with_list = base.where("categories", "IN", values)
    values.append("b")
    assert len(base) == 1 and len(refined) == 2
    assert with_list.to_dict()["categories"] == [{"operator": "IN", "value": ["a"]}]
    with pytest.raises(AttributeError):
        base.extra = 1  # type: ignore[attr-defined]


def test_search_operators_and_values(rt):
    Search = rt._search.Search
    s = (
        Search()
        .where("description", "EMPTY", locale="en_US")
        .where("updated", "BETWEEN", [dt.datetime(2024, 1, 1), dt.datetime(2024, 2, 1, 12)])
    )
    assert s.to_dict() == {
        "description": [{"operator": "EMPTY", "locale": "en_US"}],
        "updated": [
            {"operator": "BETWEEN", "value": ["2024-01-01 00:00:00", "2024-02-01 12:00:00"]}
        ],
    }
    plus_five = dt.timezone(dt.timedelta(hours=5))
    aware = Search().where("updated", ">", dt.datetime(2024, 1, 2, 12, 0, 0, 123456, tzinfo=plus_five))
    aware = aware.where("created", "<", dt.datetime(2024, 1, 2, 12, tzinfo=dt.timezone.utc))
    assert aware.to_dict()["updated"] == [{"operator": ">", "value": "2024-01-02 12:00:00+05:00"}]  # the offset kept
    assert aware.to_dict()["created"] == [{"operator": "<", "value": "2024-01-02 12:00:00+00:00"}]
    s2 = Search().where("updated", "SINCE LAST N DAYS", 4).where("family", "NOT EMPTY")
    assert s2.to_dict()["family"] == [{"operator": "NOT EMPTY"}]
    for bad in [("", "="), ("x", ""), ("x", "  ")]:
        with pytest.raises(ValueError):
            Search().where(*bad, 1)
    with pytest.raises(ValueError, match="needs a value"):
        Search().where("enabled", "=")
    with pytest.raises(ValueError, match="two values"):
        Search().where("updated", "BETWEEN", ["2024-01-01"])
    with pytest.raises(ValueError, match="list"):
        Search().where("categories", "IN", "shoes")
    with pytest.raises(ValueError, match="JSON"):
        Search().where("x", "=", object())


def test_search_from_dict_and_json_round_trip(rt):
    Search = rt._search.Search
    original = (
        Search()
        .where("enabled", "=", True)
        .where("sku", "IN", ["a", "b"], scope=None)
        .where("desc", "EMPTY", locale="fr_FR")
    )
    assert Search.from_dict(original.to_dict()) == original
    assert Search.from_dict(original.to_query()) == original
    assert eval(repr(original), {"Search": Search}) == original
    assert hash(Search.from_dict(original.to_query())) == hash(original)
    assert str(original) == original.to_query()
    assert not Search() and original
    assert next(iter(original)) == ("enabled", {"operator": "=", "value": True})
    with pytest.raises(ValueError):
        Search.from_dict('{"enabled": [{"value": true}]}')
    with pytest.raises(ValueError):
        Search.from_dict("not json")
    with pytest.raises(ValueError):
        Search.from_dict('["x"]')


# -- RetryPolicy -------------------------------------------------------------------------------


def test_retry_delays(rt):
    Policy = rt._retry.RetryPolicy
    p = Policy(base=0.5, cap=4.0, retry_after_cap=10.0, jitter=False)
    assert [p.delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert p.delay(1000) == 4.0
    assert p.delay(1, retry_after=3) == 3.0
    assert p.delay(1, retry_after=300) == 10.0
    assert p.delay(1, retry_after=-5) == 0.0
    jittered = Policy(base=1.0, cap=8.0, random=lambda: 0.25)
    assert [jittered.delay(n) for n in (1, 2, 3, 4, 5)] == [0.25, 0.5, 1.0, 2.0, 2.0]
    real = Policy(base=1.0, cap=8.0)
    assert all(0.0 <= real.delay(3) <= 4.0 for _ in range(50))


@pytest.mark.parametrize("method", ["GET", "HEAD", "PATCH", "DELETE", "PUT", "get"])
def test_should_retry_idempotent(rt, method):
    p = rt._retry.RetryPolicy()
    for status in (429, 500, 502, 503, 504):
        assert p.should_retry(method, status)
    for status in (400, 401, 404, 422, 501, 200):
        assert not p.should_retry(method, status)
    for exc in (
        httpx.ReadError("x"),
        httpx.RemoteProtocolError("x"),
        httpx.ReadTimeout("x"),
        httpx.ConnectError("x"),
    ):
        assert p.should_retry(method, exc)
    assert not p.should_retry(method, 503, forced=False)
    assert not p.should_retry(method, ValueError("x"))


def test_should_retry_post(rt):
    p = rt._retry.RetryPolicy()
    assert not p.should_retry("POST", 500)
    assert p.should_retry("POST", 429)  # refused unprocessed: safe to send again
    assert not p.should_retry("POST", 429, forced=False)
    assert not p.should_retry("POST", httpx.ReadError("x"))
    assert not p.should_retry("POST", httpx.RemoteProtocolError("x"))
    assert p.should_retry("POST", httpx.ConnectError("x"))
    assert p.should_retry("POST", httpx.ConnectTimeout("x"))
    assert p.should_retry("POST", 500, forced=True)
    assert p.should_retry("POST", httpx.ReadError("x"), forced=True)
    assert not p.should_retry("POST", httpx.ConnectError("x"), forced=False)
    wrapped = rt.errors.ConnectError("refused")
    wrapped.__cause__ = httpx.ConnectError("x")
    assert p.should_retry("POST", wrapped)
    assert not rt._retry.RetryPolicy(max_retries=0).should_retry("GET", 503)


# -- Page and UpsertOutcome --------------------------------------------------------------------


def test_page_from_envelope(rt):
    Page = rt._types.Page
    data = {
        "_links": {
            "self": {"href": "s"},
            "first": {"href": "f"},
            "next": {"href": "n"},
            "previous": {"href": "p"},
        },
        "current_page": 2,
        "items_count": 33,
        "_embedded": {"items": [{"code": "a"}, {"code": "b"}]},
    }
    page = Page.from_envelope(data, lambda d: d["code"])
    assert page.items == ["a", "b"] and list(page) == ["a", "b"] and len(page) == 2
    assert (page.links.self, page.links.first, page.links.previous, page.links.next) == (
        "s",
        "f",
        "p",
        "n",
    )
    assert page.next_url == "n" and page.current_page == 2 and page.items_count == 33
    assert page.raw is data
    empty = Page.from_envelope({"_links": {"next": {}}, "_embedded": {"items": []}}, str)
    assert empty.items == [] and empty.next_url is None
    with pytest.raises(ValueError, match=r"without _embedded\.items"):
        Page.from_envelope({"_links": {"next": {}}}, str)
    bare = Page.from_envelope([1, 2], str)
    assert bare.items == ["1", "2"] and bare.next_url is None
    with pytest.raises(ValueError):
        Page.from_envelope("nope", str)
    with pytest.raises(ValueError):
        Page.from_envelope({"_embedded": {"items": {}}}, str)


def test_upsert_outcome(rt):
    Outcome = rt._types.UpsertOutcome
    req = httpx.Request("PATCH", "http://pim/api/rest/v1/products/cap")
    created = Outcome.from_response(
        httpx.Response(
            201, headers={"Location": "http://pim/api/rest/v1/products/my%20cap"}, request=req
        )
    )
    assert (created.status_code, created.created, created.updated, created.code) == (
        201,
        True,
        False,
        "my cap",
    )
    updated = Outcome.from_response(httpx.Response(204, request=req))
    assert (updated.created, updated.updated, updated.location, updated.code) == (
        False,
        True,
        None,
        None,
    )
    media = Outcome.from_response(
        httpx.Response(
            201,
            headers={"Location": "http://pim/api/rest/v1/media-files/7/5/8/e/abc_cap.jpg"},
            request=req,
        ),
        collection_path="/api/rest/v1/media-files",
    )
    assert media.code == "7/5/8/e/abc_cap.jpg"


# -- errors ------------------------------------------------------------------------------------


def _response(
    status: int, body: object = None, *, headers=None, url="http://pim/api/rest/v1/x?page=2"
) -> httpx.Response:
    content = (
        b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    )
    return httpx.Response(
        status, content=content, headers=headers, request=httpx.Request("DELETE", url)
    )


def test_error_for_response_mapping(rt):
    e = rt.errors
    expected = {
        400: e.BadRequest,
        401: e.Unauthorized,
        403: e.Forbidden,
        404: e.NotFound,
        406: e.NotAcceptable,
        409: e.ClientError,
        413: e.PayloadTooLarge,
        415: e.UnsupportedMediaType,
        422: e.UnprocessableEntity,
        429: e.TooManyRequests,
        500: e.ServerError,
        503: e.ServerError,
        302: e.APIError,
    }
    for status, cls in expected.items():
        error = e.error_for_response(_response(status, {"code": status, "message": "m"}))
        assert type(error) is cls, status
        assert error.method == "DELETE" and error.path == "/api/rest/v1/x"
    assert issubclass(e.APIError, e.AkeneoError)
    for cls in (e.AuthenticationError, e.TransportError, e.ForeignURLError):
        assert issubclass(cls, e.AkeneoError)
    assert issubclass(e.ConnectError, e.TransportError) and issubclass(
        e.TimeoutError, e.TransportError
    )


def test_too_many_requests_retry_after(rt):
    error = rt.errors.error_for_response(
        _response(429, {"message": "slow"}, headers={"Retry-After": "12"})
    )
    assert error.retry_after == 12.0
    assert rt.errors.error_for_response(_response(429)).retry_after is None
    assert rt.errors.parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert rt.errors.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert rt.errors.parse_retry_after("soon") is None
    assert rt.errors.parse_retry_after("") is None


def test_error_pickles_and_masks(rt):
    error = rt.errors.error_for_response(
        _response(
            422,
            {"message": "Validation failed.", "errors": [{"property": "code", "message": "bad"}]},
            headers={"Set-Cookie": "session=abc"},
            url="http://user:pw@pim/api?token=abc&page=2",
        )
    )
    assert error.url == "http://pim/api?token=%2A%2A%2A&page=2"
    assert "set-cookie" not in error.headers
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.errors == error.errors
    assert repr(error).startswith("UnprocessableEntity(status_code=422")
    assert str(error) == "422 Unprocessable Entity: DELETE /api: Validation failed. [code: bad]"


def test_error_text_bodies(rt):
    short = rt.errors.error_for_response(_response(400, b"Bad things"))
    assert short.message == "Bad things" and short.body == "Bad things"
    empty = rt.errors.error_for_response(_response(500))
    assert empty.message == "" and empty.body is None
    assert str(empty) == "500 Internal Server Error: DELETE /api/rest/v1/x"
    oauth = rt.errors.error_for_response(
        _response(
            400,
            {
                "error": "invalid_grant",
                "error_description": "Invalid username and password combination",
            },
        )
    )
    assert oauth.message == "Invalid username and password combination"


def test_field_error_from_dict(rt):
    FieldError = rt.errors.FieldError
    fe = FieldError.from_dict(
        {
            "property": "values",
            "message": "m",
            "attribute": "a",
            "locale": None,
            "scope": "web",
            "extra": 1,
        }
    )
    assert (fe.property, fe.attribute, fe.locale, fe.scope, fe.raw["extra"]) == (
        "values",
        "a",
        None,
        "web",
        1,
    )
    assert str(fe) == "values/a/web: m"
    assert (
        FieldError.list_from(None) == [] and FieldError.list_from(["plain"])[0].message == "plain"
    )
