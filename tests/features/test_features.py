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

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.diagnostics import Level
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.pipeline import Options, generate
from tests.support.httplib import httpx
from tests.support.packages import forget
from tests.support.paths import FIXTURE_SPECS

#: the keyword arguments every generated method ends with
CALL_OPTIONS = ("timeout", "extra_headers", "extra_query")

FEATURES = FIXTURE_SPECS / "features"
SPECS = (
    "additional_properties",
    "all_of",
    "component_refs",
    "composition",
    "const_and_type_lists",
    "default_responses",
    "deprecated",
    "enums",
    "external_refs",
    "form_body",
    "identifiers",
    "inline_objects",
    "multipart_body",
    "nullable_20",
    "nullable_30",
    "nullable_31",
    "operation_ids",
    "path_parameters",
    "recursion",
    "servers",
    "tags",
    "text_binary_responses",
    "unions",
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


def client_classes(pkg: ModuleType) -> tuple[Any, Any]:
    """The package's blocking and async client classes (``X`` and ``AsyncX``, whatever the
    dialect names them)."""
    name = next(n for n in pkg.__all__ if f"Async{n}" in pkg.__all__)
    return getattr(pkg, name), getattr(pkg, f"Async{name}")


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
    return client_classes(pkg)[0](base_url, token="t", http_client=http, **options), seen


def async_client(pkg: ModuleType, respond: Responder) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return respond(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return client_classes(pkg)[1](BASE, token="t", http_client=http), seen


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


def test_discriminator_property_that_is_not_an_identifier(pkgs: Packages) -> None:
    # first use of the package: the union validates by the tag's wire name, pydantic is given
    # the tag's Python name (``pet_kind`` for ``pet-kind``)
    pkg = pkgs("unions")
    m = pkgs.module("unions", "models")
    pim, seen = client(pkg, reply({"pet-kind": "owl", "hoots": 3}))
    owl = pim.animals.create_animal(m.Fox(pet_kind="fox", tail=True))
    assert isinstance(owl, m.Owl)
    assert owl.hoots == 3
    assert body_of(seen[0]) == {"pet-kind": "fox", "tail": True}
    _, info = typing.get_args(m.Animal)
    assert info.discriminator == "pet_kind"
    assert m.Fox.model_fields["pet_kind"].alias == "pet-kind"
    # the mapping names one option by its schema's name, the other by a reference
    assert annotation(m.Fox, "pet_kind") == Literal["fox"]
    assert annotation(m.Owl, "pet_kind") == Literal["owl"]
    assert isinstance(roundtrip(m.Animal, {"pet-kind": "fox", "tail": False}), m.Fox)
    assert isinstance(roundtrip(m.Animal, {"pet-kind": "owl"}), m.Owl)
    with pytest.raises(ValidationError, match="union_tag_invalid"):
        TypeAdapter(m.Animal).validate_python({"pet-kind": "cat"})
    with pytest.raises(ValidationError, match="union_tag_not_found"):
        TypeAdapter(m.Animal).validate_python({"tail": True})
    # no mapping, and a tag the options do not declare: a required field named after the schema
    _, info = typing.get_args(m.Bird)
    assert info.discriminator == "type_"
    assert annotation(m.Hen, "type_") == Literal["Hen"]
    assert m.Duck.model_fields["type_"].is_required()
    assert isinstance(roundtrip(m.Bird, {"@type": "Duck", "quacks": True}), m.Duck)
    with pytest.raises(ValidationError, match="union_tag_invalid"):
        TypeAdapter(m.Bird).validate_python({"@type": "Goose"})


def test_plain_unions_of_primitives_models_and_arrays(pkgs: Packages) -> None:
    pkg = pkgs("unions")
    m = pkgs.module("unions", "models")
    assert annotation(m.Pen, "either") == m.Sheep | m.Goat | None
    assert annotation(m.Pen, "value") == str | int | float | bool | m.Sheep | list[str] | None
    # each value keeps its JSON type (smart mode: no "1" -> 1, no true -> 1)
    for value in ("1", 1, 1.5, True, ["a"]):
        parsed = roundtrip(m.Pen, {"value": value}).value
        assert type(parsed) is type(value)
        assert parsed == value
    assert isinstance(roundtrip(m.Pen, {"value": {"wool": True}}).value, m.Sheep)
    assert isinstance(roundtrip(m.Pen, {"either": {"horns": 2}}).either, m.Goat)
    with pytest.raises(ValidationError):
        m.Pen.model_validate({"either": {"fleece": 1}})
    pen = {
        "animal": {"pet-kind": "fox"},
        "birds": [{"@type": "Hen", "eggs": 2}, {"@type": "Duck"}],
        "either": {"wool": False},
        "value": 2,
    }
    pim, seen = client(pkg, reply(pen))
    stored = pim.pens.put_pen("p1", m.Pen.model_validate(pen))
    assert [type(b) for b in stored.birds] == [m.Hen, m.Duck]
    assert isinstance(stored.animal, m.Fox)
    assert (seen[0].method, seen[0].url.path, body_of(seen[0])) == ("PUT", "/pens/p1", pen)


def test_all_of_merges_nests_and_narrows(pkgs: Packages) -> None:
    pkg = pkgs("all_of")
    m = pkgs.module("all_of", "models")
    # nested allOf parts are merged; a part may require what another declares
    assert set(m.Badge.model_fields) == {"name", "label", "color", "code", "counts"}
    assert [f for f, info in m.Badge.model_fields.items() if info.is_required()] == [
        "name",
        "color",
    ]
    # an allOf with no properties to merge keeps its parts' type: a string, a map
    assert annotation(m.Badge, "code") == str | None
    assert annotation(m.Badge, "counts") == dict[str, int] | None
    assert set(m.__all__) == {"Badge"}
    badge = {"name": "n", "label": "l", "color": "red", "code": "AB", "counts": {"a": 1}}
    roundtrip(m.Badge, badge)
    with pytest.raises(ValidationError):
        m.Badge.model_validate({"name": "n"})
    with pytest.raises(ValidationError):
        m.Badge.model_validate({"name": "n", "color": "red", "counts": {"a": "many"}})
    pim, seen = client(pkg, reply(badge))
    assert pim.badges.create_badge(m.Badge.model_validate(badge)).counts == {"a": 1}
    assert body_of(seen[0]) == badge


# -- nullable: x-nullable (2.0), nullable (3.0), "null" in types and unions (3.1) --------------


@pytest.mark.parametrize("name", ["nullable_20", "nullable_30", "nullable_31"])
def test_nullable(pkgs: Packages, name: str) -> None:
    pkg = pkgs(name)
    m = pkgs.module(name, "models")
    note = m.Note
    assert annotation(note, "text") == str | None
    assert annotation(note, "author") == m.Author | None
    assert annotation(note, "tags") == list[str | None] | None
    # nullable is not optional: the keys are still required
    assert all(note.model_fields[f].is_required() for f in ("text", "score", "author", "tags"))
    other = "choice" if name == "nullable_31" else "color"
    value = "a" if name == "nullable_31" else "red"
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
    # nulls travel: a model's fields set to None are sent as null, not left out
    pim, seen = client(pkg, reply(nulls))
    assert pim.notes.put_note(7, note.model_validate(nulls)).tags is None
    assert (seen[0].method, body_of(seen[0])) == ("PUT", nulls)
    pim.notes.put_note(7, note(text=None, score=None, author=None, tags=None, **{other: None}))
    assert body_of(seen[1]) == nulls


def test_nullable_20_extras(pkgs: Packages) -> None:
    m = pkgs.module("nullable_20", "models")
    assert annotation(m.Note, "color") == Literal["red", "green"] | None
    assert annotation(m.Note, "level") == Literal[1, 2] | None
    roundtrip(m.Note, {"text": None, "score": 1, "author": None, "tags": [None], "color": None})
    with pytest.raises(ValidationError):
        m.Note.model_validate(
            {**dict.fromkeys(("text", "score", "author", "tags")), "color": "blue"}
        )


def test_nullable_30_extras(pkgs: Packages) -> None:
    m = pkgs.module("nullable_30", "models")
    assert annotation(m.Note, "color") == Literal["red", "green"] | None
    assert annotation(m.Note, "meta") == dict[str, int] | None
    roundtrip(
        m.Note,
        {"text": None, "score": 1.0, "author": None, "tags": [], "color": "green", "meta": None},
    )
    # null is a member of a nullable enum: through allOf, in a component, without a type
    assert annotation(m.Note, "level") == Literal[1, 2] | None
    assert annotation(m.Note, "shade") == Literal["light", "dark"] | None
    assert annotation(m.Note, "mood") == Literal["calm", "busy"] | None
    assert annotation(m.Note, "place") == m.NotePlace | None
    nulls = dict.fromkeys(("text", "score", "author", "tags", "color", "level", "shade", "mood"))
    roundtrip(m.Note, nulls)
    roundtrip(m.Note, {**nulls, "level": 2, "shade": "dark", "mood": "calm"})
    with pytest.raises(ValidationError):
        m.Note.model_validate({**nulls, "level": 3})


def test_nullable_31_extras(pkgs: Packages) -> None:
    m = pkgs.module("nullable_31", "models")
    assert annotation(m.Note, "score") == float | int | None
    assert annotation(m.Note, "choice") == Literal["a", "b"] | None
    roundtrip(
        m.Note,
        {"text": "t", "score": 2, "author": None, "tags": None, "choice": "b", "nothing": None},
    )
    assert annotation(m.Note, "level") == Literal[1, 2] | None
    assert annotation(m.Note, "editor") == m.Author | None
    assert annotation(m.Note, "place") == m.NotePlace | None
    assert annotation(m.Note, "mood") == Literal["calm", "busy"] | None
    nulls = {"text": None, "score": None, "author": None, "tags": None, "choice": None}
    value = roundtrip(m.Note, {**nulls, "level": None, "editor": None, "mood": None})
    assert value.editor is None
    value = roundtrip(m.Note, {**nulls, "level": 1, "editor": {"name": "e"}, "mood": "busy"})
    assert isinstance(value.editor, m.Author)
    with pytest.raises(ValidationError):
        m.Note.model_validate({**nulls, "mood": "sleepy"})


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
    assert params["status"].annotation.startswith("_t.Literal[")
    assert params["priority"].annotation == "_t.Literal[1, 2, 3] | None"
    pim, seen = client(pkg, reply([{"status": "Ünïcode", "priority": 2}]))
    tasks = pim.tasks.list_tasks(status="in-progress", priority=2)
    assert [t.status for t in tasks] == ["Ünïcode"]
    assert dict(parse_qsl(seen[0].url.query.decode())) == {"status": "in-progress", "priority": "2"}


def test_enums_of_every_json_type(pkgs: Packages) -> None:
    pkg = pkgs("enums")
    m = pkgs.module("enums", "models")
    odd = ("class", "None", "True", "back\\slash", "new\nline", "it's", "tab\t", "", "café")
    assert annotation(m.Task, "odd") == Literal[odd] | None
    assert annotation(m.Task, "done") == Literal[True, False] | None
    assert annotation(m.Task, "nothing") is type(None)
    # 1 and true are two members (Python's 1 == True would merge them); 2.5 is a float
    assert annotation(m.Task, "mixed") == Literal[1, "one", True] | float | None
    assert annotation(m.Task, "bits") == Literal[0, 1, False, True] | None
    # objects and arrays cannot be Literal members: their type stays
    assert annotation(m.Task, "shape") == dict[str, Any] | None
    assert annotation(m.Task, "pair") == list[int] | None
    assert annotation(m.Task, "loose") == Literal["s"] | dict[str, Any] | list[Any] | float | None
    base = {"status": "open", "priority": 1}
    for value in odd:
        roundtrip(m.Task, {**base, "odd": value})
    for value in (1, "one", True, None, 2.5):
        parsed = roundtrip(m.Task, {**base, "mixed": value}).mixed
        assert (type(parsed), parsed) == (type(value), value)
    for value in (0, 1, False, True):
        assert type(roundtrip(m.Task, {**base, "bits": value}).bits) is type(value)
    for field, value in (("shape", {"w": 1}), ("pair", [3]), ("loose", [1]), ("loose", 0.25)):
        roundtrip(m.Task, {**base, field: value})
    for field, value in (("odd", "klass"), ("mixed", "two"), ("bits", 2), ("nothing", 0)):
        with pytest.raises(ValidationError):
            m.Task.model_validate({**base, field: value})
    task = {**base, "odd": "new\nline", "mixed": True, "bits": False, "nothing": None}
    pim, seen = client(pkg, reply(task))
    stored = pim.tasks.create_task(m.Task.model_validate(task))
    assert (stored.mixed, stored.bits) == (True, False)
    assert body_of(seen[0]) == task
    assert json.loads(seen[0].content)["mixed"] is True


def test_enum_values_beyond_the_basic_plane(pkgs: Packages) -> None:
    pkg = pkgs("enums")
    pim, _ = client(pkg, reply({"emoji": "\U0001f44d"}))
    assert pim.reactions.get_reaction().emoji == "\U0001f44d"


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
    # extra keys beside properties are kept (and sent back)
    assert value.open.model_extra == {"x": 1}
    assert roundtrip(m.Open, {"name": "n", "more": [1]}).model_extra == {"more": [1]}
    # a resource named like the client's own attribute (``settings``) gets an underscore
    pim, seen = client(pkg, reply(data))
    assert pim.settings.base_url == BASE
    assert pim.settings_.put_settings(value) == value
    assert (seen[0].method, body_of(seen[0])) == ("PUT", data)


def test_additional_properties_maps_of_models_and_extra_keys(pkgs: Packages) -> None:
    pkg = pkgs("additional_properties")
    m = pkgs.module("additional_properties", "models")
    assert annotation(m.Preferences, "free") == dict[str, Any] | None
    assert annotation(m.Preferences, "closets") == dict[str, m.Closed] | None
    assert m.Labels.model_config["extra"] == "allow"
    data = {
        "open": {},
        "closed": {},
        "counts": {},
        "free": {"a": None, "b": {"c": [1]}},
        "closets": {"hall": {"name": "h"}},
        "labels": {"default": "d", "fr_FR": "étiquette"},
    }
    value = roundtrip(m.Preferences, data)
    assert isinstance(value.closets["hall"], m.Closed)
    assert value.labels.default == "d"
    assert value.labels.model_extra == {"fr_FR": "étiquette"}
    with pytest.raises(ValidationError, match="extra"):
        m.Preferences.model_validate({**data, "closets": {"hall": {"name": "h", "x": 1}}})
    pim, seen = client(pkg, reply(data))
    stored = pim.settings_.put_settings(value)
    assert stored.labels.model_extra == {"fr_FR": "étiquette"}
    assert body_of(seen[0]) == data


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
    # three levels deep, each one a model instance
    deepest = tree.node.children[0].children[0]
    assert isinstance(deepest, m.Node)
    assert isinstance(deepest.parent, m.Node)
    assert isinstance(tree.folder.files[0].folder.files, list)


def test_recursion_through_maps_all_of_unions_and_inline_objects(pkgs: Packages) -> None:
    pkg = pkgs("recursion")
    m = pkgs.module("recursion", "models")
    assert annotation(m.Node, "children") == list[m.Node] | None
    assert annotation(m.Node, "by_name") == dict[str, m.Node] | None
    assert annotation(m.Category, "parent") == m.Category | None
    assert annotation(m.Category, "subcategories") == list[m.Category] | None
    assert annotation(m.Sum, "terms") == list[m.Expr]
    assert annotation(m.Branch, "branches") == list[m.Leaf | m.Branch]
    assert annotation(m.OutlineSectionsItem, "sections") == list[m.OutlineSectionsItem] | None
    reply_data = {
        "node": {"value": 1, "by_name": {"a": {"value": 2, "by_name": {"b": {"value": 3}}}}},
        "folder": {"name": "root"},
        "category": {
            "name": "a",
            "parent": None,
            "subcategories": [
                {"name": "b", "subcategories": [{"name": "c", "parent": {"name": "b"}}]}
            ],
        },
        "expr": {
            "op": "sum",
            "terms": [{"op": "num", "n": 1}, {"op": "sum", "terms": [{"op": "num", "n": 2}]}],
        },
        "tree": {"branches": [{"leaf": "x"}, {"branches": [{"branches": [{"leaf": "y"}]}]}]},
        "outline": {
            "title": "t",
            "sections": [
                {
                    "heading": "1",
                    "sections": [{"heading": "1.1", "sections": [{"heading": "1.1.1"}]}],
                }
            ],
        },
        "json": {"a": [1, "b", {"c": None}]},
    }
    pim, seen = client(pkg, reply(reply_data))
    tree = pim.trees.get_tree("t")
    assert isinstance(tree.node.by_name["a"].by_name["b"], m.Node)
    leaf_category = tree.category.subcategories[0].subcategories[0]
    assert isinstance(leaf_category, m.Category)
    assert isinstance(leaf_category.parent, m.Category)
    inner = tree.expr.terms[1]
    assert isinstance(inner, m.Sum)
    assert isinstance(inner.terms[0], m.Num)
    assert isinstance(tree.tree.branches[1].branches[0], m.Branch)
    assert isinstance(tree.tree.branches[1].branches[0].branches[0], m.Leaf)
    third = tree.outline.sections[0].sections[0].sections[0]
    assert isinstance(third, m.OutlineSectionsItem)
    assert tree.json_ == {"a": [1, "b", {"c": None}]}
    assert tree.model_dump(by_alias=True, exclude_unset=True) == reply_data
    with pytest.raises(ValidationError, match="union_tag_invalid"):
        m.GetTree200Response.model_validate(
            {**reply_data, "expr": {"op": "sum", "terms": [{"op": "product"}]}}
        )
    # a schema that comes back to itself through no object has no finite annotation: the
    # inner references are Any, and the generator says so
    diagnostics = load_spec(FEATURES / "recursion.yaml").diagnostics
    assert [(d.level, d.pointer) for d in diagnostics] == [
        (Level.WARNING, "/components/schemas/Json/oneOf/1/items")
    ]
    # a recursive body is sent as it is given
    node = m.Node.model_validate(reply_data["node"])
    pim, seen = client(pkg, reply(reply_data["node"]))
    stored = pim.trees.put_tree("t", node)
    assert isinstance(stored.by_name["a"].by_name["b"], m.Node)
    assert (seen[0].method, body_of(seen[0])) == ("PUT", reply_data["node"])


# -- const (3.1) and lists of types -------------------------------------------------------------


def test_const_and_type_lists(pkgs: Packages) -> None:
    pkg = pkgs("const_and_type_lists")
    m = pkgs.module("const_and_type_lists", "models")
    item = m.Item
    assert annotation(item, "kind") == Literal["item"]
    assert annotation(item, "version") == Literal[2] | None
    assert annotation(item, "active") == Literal[True] | None
    assert annotation(item, "nothing") is type(None)
    assert annotation(item, "code") == Literal["ABC"] | None
    # a float or an object cannot be a Literal member: the value's type
    assert annotation(item, "ratio") == float | None
    assert annotation(item, "origin") == dict[str, Any] | None
    assert annotation(item, "id") == str | int
    assert annotation(item, "size") == int | None
    # each type of the list with its own keywords: properties for the object, items for the array
    assert annotation(item, "payload") == m.ItemPayload | list[str] | None
    full = {
        "kind": "item",
        "id": "7",
        "version": 2,
        "active": True,
        "nothing": None,
        "ratio": 0.5,
        "origin": {"x": 0, "y": 0},
        "code": "ABC",
        "size": None,
        "payload": {"a": 1},
    }
    assert roundtrip(item, full).id == "7"
    assert roundtrip(item, {"kind": "item", "id": 7}).id == 7
    assert roundtrip(item, {"kind": "item", "id": 1, "payload": ["x"]}).payload == ["x"]
    assert isinstance(roundtrip(item, full).payload, m.ItemPayload)
    for field, value in (("kind", "thing"), ("version", 3), ("active", False), ("code", "abc")):
        with pytest.raises(ValidationError):
            item.model_validate({**full, field: value})
    with pytest.raises(ValidationError):
        item.model_validate({"kind": "item", "id": 1.5})
    pim, seen = client(pkg, reply(full))
    stored = pim.items.create_item(item(kind="item", id=7, payload=["y"]))
    assert isinstance(stored.payload, m.ItemPayload)
    assert body_of(seen[0]) == {"kind": "item", "id": 7, "payload": ["y"]}


# -- examples synthesized from these schemas ----------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "additional_properties",
        "all_of",
        "const_and_type_lists",
        "enums",
        "nullable_20",
        "nullable_30",
        "nullable_31",
        "recursion",
        "unions",
    ],
)
def test_synthesized_examples_fit_the_generated_types(pkgs: Packages, name: str) -> None:
    """The example bodies and replies the endpoint tests use validate as the generated types."""
    m = pkgs.module(name, "models")

    class Models(dict[str, Any]):  # imported on first use, as the package does
        def __missing__(self, key: str) -> Any:
            if key in m.__all__:
                return getattr(m, key)
            raise KeyError(key)

    checked = 0
    for op in load_spec(FEATURES / f"{name}.yaml").api.operations:
        if op.resource == "reactions":
            continue  # test_enum_values_beyond_the_basic_plane
        pairs = [(op.body.type, op.body.example_json)]
        pairs += [(r.type, r.example_json) for r in op.responses]
        for tp, example in pairs:
            if tp is None or example is None or not tp.models:
                continue
            TypeAdapter(eval(tp.annotation, dict(vars(typing)), Models())).validate_json(example)
            checked += 1
    assert checked


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
    assert list(get) == ["self", "store_id", "item_id", "locale", "x_trace", *CALL_OPTIONS]
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
        *CALL_OPTIONS,
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
    assert {n: p.annotation for n, p in params.items() if n not in ("self", *CALL_OPTIONS)} == {
        "grant_type": "_t.Literal['client_credentials']",
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
    # the schema named ``list`` is class List; ``Field`` keeps its name (models reach pydantic
    # as ``_pd.Field``); the schema ``Unicodes`` is renamed by the naming.yaml beside the spec
    assert set(m.__all__) == {"List", "Field", "UnicodeThing"}
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
    roundtrip(m.Field, {"any": "a", "Literal": "l"})
    unicode = pkgs.module("identifiers", "resources.unicode").Unicode
    assert list(inspect.signature(unicode.get_thing).parameters) == [
        "self",
        "from_",
        "type_",
        "self_",
        "grosse",
        "page_size",
        *CALL_OPTIONS,
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
    client_cls = client_classes(pkgs("tags"))[0]
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
