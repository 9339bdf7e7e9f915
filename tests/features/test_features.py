"""OpenAPI features found in well-known public APIs' descriptions, one small spec each.

Every spec under tests/fixtures/specs/features/ is generated into its own package (named
``feat_<spec>``, in a temporary folder), imported, and exercised: data goes through its models
(``model_validate`` then ``model_dump(by_alias=True, exclude_unset=True)`` gives the input back)
and at least one method is called over an ``httpx.MockTransport``. One test runs
``mypy --strict`` over all the packages at once. No dialect claims these specs (generic
naming): methods are named by their snake_case ``operationId`` (by the path shape when there is
none), resources by their first tag, snake_case and not made plural. The naming.yaml beside the
specs renames one schema, which shows that file is read by default.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Literal
from urllib.parse import parse_qsl

import httpx
import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.diagnostics import Level
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.pipeline import Options, generate
from tests.support.packages import forget
from tests.support.paths import FIXTURE_SPECS

FEATURES = FIXTURE_SPECS / "features"
SPECS = (
    "additional_properties",
    "component_refs",
    "composition",
    "default_responses",
    "deprecated",
    "enums",
    "external_refs",
    "form_body",
    "identifiers",
    "inline_objects",
    "multipart_body",
    "nullable_30",
    "nullable_31",
    "operation_ids",
    "path_parameters",
    "recursion",
    "servers",
    "tags",
    "text_binary_responses",
)
BASE = "https://api.example.com"

Responder = Callable[[httpx.Request], httpx.Response]


class Packages:
    """Generates each feature's package on first use and imports it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.outs: dict[str, Path] = {}

    def out(self, name: str) -> Path:
        if name not in self.outs:
            out = self.root / name
            generate(
                Options(
                    spec=FEATURES / f"{name}.yaml",
                    out=out,
                    package_name=f"feat_{name}",
                    with_tests=False,
                )
            )
            sys.path.insert(0, str(out))
            self.outs[name] = out
        return self.outs[name]

    def __call__(self, name: str) -> ModuleType:
        self.out(name)
        return importlib.import_module(f"feat_{name}")

    def module(self, name: str, sub: str) -> ModuleType:
        self.out(name)
        return importlib.import_module(f"feat_{name}.{sub}")


@pytest.fixture(scope="module")
def pkgs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packages]:
    packages = Packages(tmp_path_factory.mktemp("features"))
    yield packages
    for name, out in packages.outs.items():
        sys.path.remove(str(out))
        forget(f"feat_{name}")


def client(
    pkg: ModuleType, respond: Responder, base_url: str = BASE, **options: Any
) -> tuple[Any, list[httpx.Request]]:
    """A blocking client whose requests are recorded and answered by ``respond``."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return respond(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Akeneo(base_url, token="t", http_client=http, **options), seen


def async_client(pkg: ModuleType, respond: Responder) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return respond(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return pkg.AsyncAkeneo(BASE, token="t", http_client=http), seen


def reply(data: Any, status: int = 200) -> Responder:
    return lambda request: httpx.Response(status, json=data)


def roundtrip(tp: Any, data: Any) -> Any:
    """Validate ``data`` as ``tp`` and check that dumping it by alias gives ``data`` back."""
    adapter: TypeAdapter[Any] = TypeAdapter(tp)
    value = adapter.validate_python(data)
    if isinstance(value, BaseModel):
        assert value.model_dump(by_alias=True, exclude_unset=True) == data
    else:
        assert adapter.dump_python(value, by_alias=True, exclude_unset=True) == data
    return value


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


def annotation(model: type[BaseModel], field: str) -> Any:
    model.model_rebuild()  # forward references (a class defined further down) resolve on first use
    return model.model_fields[field].annotation


# -- allOf / oneOf / anyOf, with and without a discriminator ------------------------------------


def test_one_of_with_discriminator_is_a_tagged_union(pkgs: Packages) -> None:
    m = pkgs.module("composition", "models")
    shape = m.Shape
    assert typing.get_origin(shape) is typing.Annotated
    union, info = typing.get_args(shape)
    assert set(typing.get_args(union)) == {m.Circle, m.Square, m.Triangle}
    assert info.discriminator == "kind"
    # tag values: from the mapping, from the option's enum, and the schema's name
    assert annotation(m.Circle, "kind") == Literal["circle"]
    assert annotation(m.Square, "kind") == Literal["square"]
    assert annotation(m.Triangle, "kind") == Literal["Triangle"]
    assert isinstance(roundtrip(shape, {"kind": "circle", "radius": 1.5}), m.Circle)
    assert isinstance(roundtrip(shape, {"kind": "square", "side": 2.0}), m.Square)
    assert isinstance(
        roundtrip(shape, {"kind": "Triangle", "name": "t", "base": 1.0, "height": 2.0}), m.Triangle
    )
    with pytest.raises(ValidationError, match="union_tag_invalid"):
        TypeAdapter(shape).validate_python({"kind": "hexagon", "side": 1})


def test_inline_any_of_with_discriminator_and_all_of_children(pkgs: Packages) -> None:
    m = pkgs.module("composition", "models")
    _, info = typing.get_args(m.DrawingMainPet)
    assert info.discriminator == "pet_type"
    # Pet (a base with a discriminator) stands for the schemas extending it through allOf
    union, info = typing.get_args(m.Pet)
    assert set(typing.get_args(union)) == {m.Hamster, m.Parrot}
    assert info.discriminator == "pet_kind"
    assert annotation(m.Hamster, "pet_kind") == Literal["hamster"]
    assert annotation(m.Parrot, "pet_kind") == Literal["Parrot"]
    assert set(m.Hamster.model_fields) == {"pet_kind", "name", "wheel"}
    drawing = {
        "title": "zoo",
        "shapes": [{"kind": "circle", "radius": 1.0}, {"kind": "square", "side": 3.0}],
        "main_pet": {"pet_type": "dog", "good": True},
        "any_pet": {"pet_type": "cat", "lives": 9},
        "size": "XL",
        "label": {"name": "n", "label": "l"},
        "pets": [
            {"pet_kind": "hamster", "name": "h", "wheel": True},
            {"pet_kind": "Parrot", "name": "p", "words": ["hi"]},
        ],
        "point": {"x": 1.0, "y": 2.0},
    }
    value = roundtrip(m.Drawing, drawing)
    assert isinstance(value.main_pet, m.Dog)
    assert isinstance(value.any_pet, m.Cat)
    assert [type(p) for p in value.pets] == [m.Hamster, m.Parrot]
    assert isinstance(value.point, m.DrawingPointOption2)
    assert (
        roundtrip(m.Drawing, {"title": "t", "shapes": [], "size": 3, "point": "origin"}).size == 3
    )


def test_one_of_without_discriminator_and_all_of_are_plain(pkgs: Packages) -> None:
    m = pkgs.module("composition", "models")
    assert annotation(m.Drawing, "any_pet") == m.Cat | m.Dog | None
    # a discriminator over an option that is not an object is reported and left out
    assert annotation(m.Drawing, "loose") == m.Cat | str | None
    diagnostics = load_spec(FEATURES / "composition.yaml").diagnostics
    assert [(d.level, d.pointer) for d in diagnostics] == [
        (Level.WARNING, "/components/schemas/Drawing/properties/loose/oneOf/1")
    ]
    roundtrip(m.Drawing, {"title": "t", "shapes": [], "loose": "free text"})
    assert isinstance(
        roundtrip(m.Drawing, {"title": "t", "shapes": [], "loose": {"pet_type": "cat"}}).loose,
        m.Cat,
    )
    assert annotation(m.Drawing, "size") == int | str | None
    # allOf merges the parts into one model
    assert set(m.Labelled.model_fields) == {"name", "label"}
    assert m.Labelled.model_fields["name"].is_required()
    roundtrip(m.Labelled, {"name": "n", "label": "l"})


def test_tagged_union_body_and_reply(pkgs: Packages) -> None:
    pkg = pkgs("composition")
    m = pkgs.module("composition", "models")
    pim, seen = client(pkg, reply({"kind": "square", "side": 4.0}))
    result = pim.shapes.create_shape(m.Circle(kind="circle", radius=2.0))
    assert isinstance(result, m.Square)
    assert (seen[0].method, seen[0].url.path) == ("POST", "/shapes")
    assert body_of(seen[0]) == {"kind": "circle", "radius": 2.0}
    pim, seen = client(
        pkg,
        reply(
            {"title": "d", "shapes": [{"kind": "Triangle", "name": "t", "base": 1, "height": 1}]}
        ),
    )
    drawing = pim.drawings.get_drawing("d1")
    assert isinstance(drawing.shapes[0], m.Triangle)
    assert seen[0].url.path == "/drawings/d1"


async def test_tagged_union_async(pkgs: Packages) -> None:
    pkg = pkgs("composition")
    m = pkgs.module("composition", "models")
    pim, seen = async_client(pkg, reply({"kind": "circle", "radius": 1.0}))
    assert isinstance(await pim.shapes.create_shape({"kind": "circle", "radius": 1.0}), m.Circle)
    assert body_of(seen[0]) == {"kind": "circle", "radius": 1.0}


# -- nullable (3.0) and type arrays with "null" (3.1) -------------------------------------------


@pytest.mark.parametrize("name", ["nullable_30", "nullable_31"])
def test_nullable(pkgs: Packages, name: str) -> None:
    pkg = pkgs(name)
    m = pkgs.module(name, "models")
    note = m.Note
    assert annotation(note, "text") == str | None
    assert annotation(note, "author") == m.Author | None
    assert annotation(note, "tags") == list[str | None] | None
    # nullable is not optional: the keys are still required
    assert all(note.model_fields[f].is_required() for f in ("text", "score", "author", "tags"))
    other = "color" if name == "nullable_30" else "choice"
    value = "red" if name == "nullable_30" else "a"
    nulls = {"text": None, "score": None, "author": None, "tags": None, other: None}
    roundtrip(note, nulls)
    roundtrip(
        note,
        {"text": "x", "score": 1.5, "author": {"name": "a"}, "tags": ["a", None], other: value},
    )
    with pytest.raises(ValidationError):
        note.model_validate({k: v for k, v in nulls.items() if k != "text"})
    pim, seen = client(pkg, reply(nulls))
    assert pim.notes.get_note(7, since=None).text is None
    assert seen[0].url.path == "/notes/7"
    assert seen[0].url.query == b""
    pim.notes.get_note(7, since="2024-01-01")
    assert dict(parse_qsl(seen[1].url.query.decode())) == {"since": "2024-01-01"}


def test_nullable_30_extras(pkgs: Packages) -> None:
    m = pkgs.module("nullable_30", "models")
    assert annotation(m.Note, "color") == Literal["red", "green"] | None
    assert annotation(m.Note, "meta") == dict[str, int] | None
    roundtrip(
        m.Note,
        {"text": None, "score": 1.0, "author": None, "tags": [], "color": "green", "meta": None},
    )


def test_nullable_31_extras(pkgs: Packages) -> None:
    m = pkgs.module("nullable_31", "models")
    assert annotation(m.Note, "score") == float | int | None
    assert annotation(m.Note, "choice") == Literal["a", "b"] | None
    roundtrip(
        m.Note,
        {"text": "t", "score": 2, "author": None, "tags": None, "choice": "b", "nothing": None},
    )


# -- enums --------------------------------------------------------------------------------------


def test_enums_are_literals(pkgs: Packages) -> None:
    pkg = pkgs("enums")
    m = pkgs.module("enums", "models")
    statuses = ("open", "in-progress", "done!", "Ünïcode", 'with "quote"')
    assert annotation(m.Task, "status") == Literal[statuses]
    assert annotation(m.Task, "priority") == Literal[1, 2, 3]
    assert annotation(m.Task, "flag") == Literal[True] | None
    assert annotation(m.Task, "mode") == Literal["fixed"] | None
    # numbers that are not integers cannot be Literal values: the type stays float
    assert annotation(m.Task, "ratio") == float | None
    for status in statuses:
        roundtrip(
            m.Task, {"status": status, "priority": 3, "ratio": 0.5, "flag": True, "mode": "fixed"}
        )
    with pytest.raises(ValidationError):
        m.Task.model_validate({"status": "closed", "priority": 1})
    with pytest.raises(ValidationError):
        m.Task.model_validate({"status": "open", "priority": 4})
    params = inspect.signature(pkgs.module("enums", "resources.tasks").Tasks.list_tasks).parameters
    assert params["status"].annotation.startswith("Literal[")
    assert params["priority"].annotation == "Literal[1, 2, 3] | None"
    pim, seen = client(pkg, reply([{"status": "Ünïcode", "priority": 2}]))
    tasks = pim.tasks.list_tasks(status="in-progress", priority=2)
    assert [t.status for t in tasks] == ["Ünïcode"]
    assert dict(parse_qsl(seen[0].url.query.decode())) == {"status": "in-progress", "priority": "2"}


# -- additionalProperties -----------------------------------------------------------------------


def test_additional_properties(pkgs: Packages) -> None:
    pkg = pkgs("additional_properties")
    m = pkgs.module("additional_properties", "models")
    assert m.Open.model_config["extra"] == "allow"
    assert m.Closed.model_config["extra"] == "forbid"
    assert annotation(m.Preferences, "counts") == dict[str, int]
    assert annotation(m.Preferences, "anything") == dict[str, Any] | None
    assert annotation(m.Preferences, "people") == dict[str, m.PreferencesPeopleValue] | None
    roundtrip(m.Open, {"name": "n", "extra": {"deep": [1]}})
    with pytest.raises(ValidationError, match="extra"):
        m.Closed.model_validate({"name": "n", "extra": 1})
    with pytest.raises(ValidationError):
        m.Preferences.model_validate({"open": {}, "closed": {}, "counts": {"a": "many"}})
    data = {
        "open": {"x": 1},
        "closed": {"name": "c"},
        "counts": {"a": 1, "b": 2},
        "anything": {"k": [None, True]},
        "people": {"ann": {"age": 30}},
    }
    value = roundtrip(m.Preferences, data)
    assert isinstance(value.people["ann"], m.PreferencesPeopleValue)
    # a resource named like the client's own attribute (``settings``) gets an underscore
    pim, seen = client(pkg, reply(data))
    assert pim.settings.base_url == BASE
    assert pim.settings_.put_settings(value) == value
    assert (seen[0].method, body_of(seen[0])) == ("PUT", data)


# -- recursive and mutually recursive schemas ---------------------------------------------------


def test_recursive_schemas(pkgs: Packages) -> None:
    pkg = pkgs("recursion")
    m = pkgs.module("recursion", "models")
    node = {
        "value": 1,
        "children": [{"value": 2, "children": [{"value": 3, "parent": {"value": 2}}]}],
    }
    value = roundtrip(m.Node, node)
    assert value.children[0].children[0].parent.value == 2
    folder = {"name": "root", "files": [{"name": "a.txt", "folder": {"name": "root", "files": []}}]}
    assert isinstance(roundtrip(m.Folder, folder).files[0].folder, m.Folder)
    pim, _ = client(pkg, reply({"node": node, "folder": folder}))
    tree = pim.trees.get_tree("t")
    assert isinstance(tree, m.GetTree200Response)
    assert tree.node.children[0].value == 2


# -- inline object schemas ----------------------------------------------------------------------


def test_inline_objects_are_named_parent_then_field(pkgs: Packages) -> None:
    pkg = pkgs("inline_objects")
    m = pkgs.module("inline_objects", "models")
    names = set(m.__all__)
    assert names == {
        "Order",
        "OrderShippingAddress",
        "OrderShippingAddressGeo",
        "OrderLinesItem",
        "CreateOrder200Response",
        "CreateOrder200ResponseReceipt",
    }
    assert annotation(m.Order, "shipping_address") is m.OrderShippingAddress
    assert annotation(m.Order, "lines") == list[m.OrderLinesItem]
    order = {
        "shipping_address": {"street": "Main", "geo": {"lat": 1.0, "lon": 2.0}},
        "lines": [{"sku": "a", "quantity": 2}],
    }
    roundtrip(m.Order, order)
    pim, seen = client(pkg, reply({"id": "o1", "receipt": {"total": 9.5}}))
    created = pim.orders.create_order(m.Order.model_validate(order))
    assert isinstance(created.receipt, m.CreateOrder200ResponseReceipt)
    assert body_of(seen[0]) == order


# -- path-level parameters ----------------------------------------------------------------------


def test_path_level_parameters(pkgs: Packages) -> None:
    pkg = pkgs("path_parameters")
    items = pkgs.module("path_parameters", "resources.items").Items
    get = inspect.signature(items.get_item).parameters
    assert list(get) == ["self", "store_id", "item_id", "locale", "x_trace"]
    # an operation's own declaration overrides the path's (an integer here)
    assert inspect.signature(items.delete_item).parameters["item_id"].annotation == "int"
    pim, seen = client(pkg, reply({"id": "i/1"}))
    assert pim.items.get_item("s 1", "i/1", locale="fr_FR", x_trace="abc").id == "i/1"
    assert seen[0].url.raw_path == b"/stores/s%201/items/i/1?locale=fr_FR"
    assert seen[0].headers["X-Trace"] == "abc"
    pim, seen = client(pkg, lambda r: httpx.Response(204))
    assert pim.items.delete_item("s", 5) is None
    assert (seen[0].method, seen[0].url.path, "x-trace" in seen[0].headers) == (
        "DELETE",
        "/stores/s/items/5",
        False,
    )


# -- $ref to parameters, responses, requestBodies and headers -----------------------------------


def test_component_references(pkgs: Packages) -> None:
    pkg = pkgs("component_refs")
    m = pkgs.module("component_refs", "models")
    errors = pkgs.module("component_refs", "errors")
    widgets = pkgs.module("component_refs", "resources.widgets").Widgets
    assert list(inspect.signature(widgets.list_widgets).parameters) == [
        "self",
        "limit",
        "color",
        "x_request_id",
    ]
    roundtrip(m.Widget, {"name": "w", "color": "red"})
    pim, seen = client(pkg, reply([{"name": "w"}]))
    listed = pim.widgets.list_widgets(limit=10, color="blue", x_request_id="r-1")
    assert [w.name for w in listed] == ["w"]
    assert dict(parse_qsl(seen[0].url.query.decode())) == {"limit": "10", "color": "blue"}
    assert seen[0].headers["X-Request-Id"] == "r-1"
    pim, seen = client(pkg, reply({"name": "w", "color": "red"}))
    assert pim.widgets.create_widget({"name": "w"}).color == "red"
    assert body_of(seen[0]) == {"name": "w"}
    pim, _ = client(pkg, reply({"message": "no such widget"}, 404))
    with pytest.raises(errors.NotFound) as caught:
        pim.widgets.list_widgets()
    assert caught.value.status_code == 404


# -- external relative-file $refs ---------------------------------------------------------------


def test_external_file_references(pkgs: Packages) -> None:
    pkg = pkgs("external_refs")
    m = pkgs.module("external_refs", "models")
    assert annotation(m.Money, "currency") == Literal["EUR", "USD"]
    assert annotation(m.Invoice, "billing") == m.InvoiceBilling | None
    invoice = {
        "number": "F-1",
        "total": {"amount": "10.00", "currency": "EUR"},
        "billing": {"city": "Nantes", "country": "EUR"},
    }
    roundtrip(m.Invoice, invoice)
    pim, seen = client(pkg, reply(invoice))
    assert pim.invoices.get_invoice("F-1").total.currency == "EUR"
    assert seen[0].url.path == "/invoices/F-1"


# -- form-urlencoded and multipart bodies -------------------------------------------------------


def test_form_urlencoded_body(pkgs: Packages) -> None:
    pkg = pkgs("form_body")
    tokens = pkgs.module("form_body", "resources.tokens").Tokens
    params = inspect.signature(tokens.issue_token).parameters
    assert {n: p.annotation for n, p in params.items() if n != "self"} == {
        "grant_type": "Literal['client_credentials']",
        "client_id": "str",
        "scope": "str | None",
        "ttl": "int | None",
        "remember": "bool | None",
    }
    pim, seen = client(pkg, reply({"access_token": "abc"}))
    token = pim.tokens.issue_token(
        grant_type="client_credentials", client_id="me", ttl=60, remember=True
    )
    assert token.access_token == "abc"
    request = seen[0]
    assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert parse_qsl(request.content.decode()) == [
        ("grant_type", "client_credentials"),
        ("client_id", "me"),
        ("ttl", "60"),
        ("remember", "true"),
    ]
    assert "Authorization" not in request.headers  # security: []


def test_multipart_body(pkgs: Packages) -> None:
    pkg = pkgs("multipart_body")
    photos = pkgs.module("multipart_body", "resources.photos").Photos
    assert list(inspect.signature(photos.upload_photo).parameters)[:3] == ["self", "album", "file"]
    location = f"{BASE}/albums/summer/photos/p/42.jpg"
    pim, seen = client(pkg, lambda r: httpx.Response(201, headers={"Location": location}))
    code = pim.photos.upload_photo(
        "summer", b"\xff\xd8jpeg", filename="beach.jpg", caption="sea", meta={"camera": "x"}
    )
    assert code == "p/42.jpg"
    request = seen[0]
    assert request.url.path == "/albums/summer/photos"
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    content = request.content
    assert b'name="file"; filename="beach.jpg"' in content and b"\xff\xd8jpeg" in content
    assert b'name="caption"\r\n\r\nsea' in content
    assert b'name="meta"\r\n\r\n{"camera":"x"}' in content


# -- text and binary responses ------------------------------------------------------------------


def test_text_and_binary_responses(pkgs: Packages, tmp_path: Path) -> None:
    pkg = pkgs("text_binary_responses")
    reports = pkgs.module("text_binary_responses", "resources.reports").Reports
    assert inspect.signature(reports.get_summary).return_annotation == "str"

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/summary"):
            return httpx.Response(
                200, text="all good ✓", headers={"Content-Type": "text/plain; charset=utf-8"}
            )
        # a stream, as from the network (a preloaded body is not counted as downloaded)
        return httpx.Response(
            200,
            stream=httpx.ByteStream(b"%PDF-1.7 binary \x00\xff"),
            headers={"Content-Type": "application/pdf", "Content-Length": "18"},
        )

    pim, seen = client(pkg, respond)
    assert pim.reports.get_summary("r1") == "all good ✓"
    target = tmp_path / "r1.pdf"
    pim.reports.get_report_file("r1", to=target)
    assert target.read_bytes() == b"%PDF-1.7 binary \x00\xff"
    assert b"".join(pim.archives.iter_get_archive("r1")) == b"%PDF-1.7 binary \x00\xff"
    assert [r.url.path for r in seen] == [
        "/reports/r1/summary",
        "/reports/r1/file",
        "/reports/r1/archive",
    ]


# -- default responses --------------------------------------------------------------------------


def test_default_responses(pkgs: Packages) -> None:
    pkg = pkgs("default_responses")
    m = pkgs.module("default_responses", "models")
    errors = pkgs.module("default_responses", "errors")
    pim, _ = client(pkg, reply({"id": "j1"}))
    assert isinstance(pim.jobs.get_job("j1"), m.Job)
    # beside a 200, ``default`` describes the errors
    pim, _ = client(pkg, reply({"message": "boom"}, 500), max_retries=0)
    with pytest.raises(errors.ServerError):
        pim.jobs.get_job("j1")
    # alone, ``default`` is the success reply
    pim, seen = client(pkg, reply({"state": "running"}))
    status = pim.jobs.get_job_status("j1")
    assert isinstance(status, m.GetJobStatusDefaultResponse)
    assert status.state == "running"
    assert seen[0].url.path == "/jobs/j1/status"
    roundtrip(m.GetJobStatusDefaultResponse, {"state": "done"})


# -- deprecated operations ----------------------------------------------------------------------


def test_deprecated_operation_warns(pkgs: Packages) -> None:
    pkg = pkgs("deprecated")
    # tag "legacy": resource ``legacy`` (tags are not made plural outside the Akeneo dialect)
    legacy = pkgs.module("deprecated", "resources.legacy").Legacy
    assert "(deprecated)" in (legacy.get_legacy.__doc__ or "")
    assert "(deprecated)" not in (legacy.delete_legacy.__doc__ or "")
    pim, _ = client(pkg, reply({"id": "x", "old": "y"}))
    with pytest.warns(
        DeprecationWarning, match=r"^legacy\.get_legacy\(\): GET /legacy/\{id\} is deprecated$"
    ) as caught:
        assert pim.legacy.get_legacy("x").old == "y"
    assert caught[0].filename == __file__  # reported at the caller's line
    pim, _ = client(pkg, lambda r: httpx.Response(204))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pim.legacy.delete_legacy("x")


async def test_deprecated_operation_warns_async(pkgs: Packages) -> None:
    pim, _ = async_client(pkgs("deprecated"), reply({"id": "x"}))
    with pytest.warns(DeprecationWarning) as caught:
        await pim.legacy.get_legacy("x")
    assert caught[0].filename == __file__


# -- reserved words and non-ASCII names ---------------------------------------------------------


def test_reserved_and_non_ascii_identifiers(pkgs: Packages) -> None:
    pkg = pkgs("identifiers")
    m = pkgs.module("identifiers", "models")
    # the schema named ``list`` is class List; ``Field`` would shadow pydantic's: Field_; the
    # schema ``Unicodes`` is renamed by the naming.yaml beside the spec (read by default)
    assert set(m.__all__) == {"List", "Field_", "UnicodeThing"}
    fields = {name: f.alias for name, f in m.List.model_fields.items()}
    assert fields == {
        "class_": "class",
        "from_": "from",
        "grosse": "größe",
        "model_config_": "model_config",
        "self_": "self",
        "field_1st": "1st",
        "x_rate": "x-rate",
        "str_": "str",
        "unicode": "Ünïcode",
    }
    data = {
        "class": "c",
        "from": "f",
        "größe": 42,
        "model_config": "m",
        "self": "s",
        "1st": "a",
        "x-rate": 1.5,
        "str": "s",
        "Ünïcode": "u",
    }
    roundtrip(m.List, data)
    built = m.List(class_="c", from_="f", grosse=1)
    assert built.model_dump(by_alias=True, exclude_unset=True) == {
        "class": "c",
        "from": "f",
        "größe": 1,
    }
    roundtrip(m.Field_, {"any": "a", "Literal": "l"})
    unicode = pkgs.module("identifiers", "resources.unicode").Unicode
    assert list(inspect.signature(unicode.get_thing).parameters) == [
        "self",
        "from_",
        "type_",
        "self_",
        "grosse",
        "page_size",
    ]
    pim, seen = client(pkg, reply(data))
    # tag "Ünïcode": resource ``unicode`` (ASCII, snake_case, not made plural)
    thing = pim.unicode.get_thing("a/b", type_="t", self_=1, grosse=2, page_size=3)
    assert thing.grosse == 42
    assert seen[0].url.path == "/things/a/b"
    assert parse_qsl(seen[0].url.query.decode()) == [
        ("type", "t"),
        ("self", "1"),
        ("größe", "2"),
        ("page-size", "3"),
    ]
    pim, seen = client(pkg, reply({"Literal": "x"}))
    assert pim.unicode.create_thing(m.UnicodeThing(name="n")).literal == "x"
    assert body_of(seen[0]) == {"name": "n"}


# -- operationIds missing or duplicated ---------------------------------------------------------


def test_missing_and_duplicated_operation_ids(pkgs: Packages) -> None:
    spec = FEATURES / "operation_ids.yaml"
    loaded = load_spec(spec, naming=NamingOverrides.load(FEATURES / "naming.yaml"))
    ids = {(op.http_method, op.path): op.operation_id for op in loaded.api.operations}
    assert ids == {
        ("GET", "/boxes"): "get_boxes",
        ("POST", "/boxes"): "sameId",
        ("GET", "/boxes/{id}"): "get_boxes_id",
    }
    # methods are named by the spec's operationId, by the path shape when there is none; the
    # duplicated operationId gives two operations one name, resolved by the collision rule
    # (neither path has fewer fixed segments, nor a word of its own: a numeric suffix)
    names = {(op.http_method, op.path): op.python_name for op in loaded.api.operations}
    assert names == {
        ("GET", "/boxes"): "list",
        ("POST", "/boxes"): "same_id",
        ("GET", "/boxes/{id}"): "same_id_2",
    }
    assert [(d.level, d.pointer) for d in loaded.diagnostics] == [
        (Level.WARNING, "/paths/~1boxes~1{id}/get/operationId"),
        (Level.WARNING, "/paths/~1boxes/post"),
    ]
    collision = loaded.diagnostics[1].message
    assert "boxes.same_id fits 2 operations" in collision
    assert "POST /boxes -> boxes.same_id," in collision
    assert "GET /boxes/{id} -> boxes.same_id_2" in collision
    pkg = pkgs("operation_ids")
    m = pkgs.module("operation_ids", "models")
    # inline schemas are named after the operation id the generator settled on
    assert set(m.__all__) == {"GetBoxes200ResponseItem", "GetBoxesId200Response", "SameIdBody"}
    pim, seen = client(pkg, reply([{"id": "b1"}]))
    assert [b.id for b in pim.boxes.list()] == ["b1"]
    assert (seen[0].method, seen[0].url.path) == ("GET", "/boxes")
    pim, seen = client(pkg, reply({"id": "b2"}))
    assert pim.boxes.same_id_2("b2").id == "b2"
    assert (seen[0].method, seen[0].url.path) == ("GET", "/boxes/b2")
    pim, seen = client(pkg, lambda r: httpx.Response(204))
    assert pim.boxes.same_id({"label": "l"}) is None
    assert (seen[0].method, seen[0].url.path) == ("POST", "/boxes")
    assert body_of(seen[0]) == {"label": "l"}


# -- several tags per operation -----------------------------------------------------------------


def test_first_tag_decides_the_resource(pkgs: Packages) -> None:
    pkg = pkgs("tags")
    client_cls = pkgs.module("tags", "_client").Akeneo
    resources = {
        name
        for name, v in vars(client_cls).items()
        if not name.startswith("_") and hasattr(v, "func")
    }
    # the first tag, snake_case and not made plural; untagged, the first path word that is not
    # "api" or a version
    assert resources == {"books", "library", "shelves", "untagged"}
    pim, seen = client(pkg, reply({"title": "Dune"}))
    assert pim.books.get_book("b1").title == "Dune"
    pim, _ = client(pkg, reply([{"title": "Dune"}]))
    assert [b.title for b in pim.library.list_library_books()] == ["Dune"]
    pim, seen = client(pkg, lambda r: httpx.Response(204))
    assert pim.untagged.untagged() is None
    assert seen[0].url.path == "/untagged"
    # no operationId: the method is named by the path shape
    pim, seen = client(pkg, reply([{"title": "Dune"}]))
    assert [b.title for b in pim.shelves.list("s1")] == ["Dune"]
    assert seen[0].url.path == "/api/v1/shelves/s1/books"


# -- servers with variables ---------------------------------------------------------------------


def test_servers_with_variables(pkgs: Packages) -> None:
    pkg = pkgs("servers")
    assert pkg.SERVERS == ("https://eu.api.example.com/v2", "http://localhost:8080")
    pim, seen = client(pkg, reply({"ok": True}), base_url=pkg.SERVERS[0])
    assert pim.health.ping().ok is True
    assert str(seen[0].url) == "https://eu.api.example.com/v2/ping"


# -- the generated code type-checks -------------------------------------------------------------


def test_generated_packages_pass_mypy_strict(pkgs: Packages, tmp_path: Path) -> None:
    targets = [str(pkgs.out(name) / f"feat_{name}") for name in SPECS]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.10",
            "--cache-dir",
            str(tmp_path / "cache"),
            *targets,
        ],
        cwd=tmp_path,  # no project configuration: the generated code stands alone
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
