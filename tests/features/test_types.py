"""Types users expect: ``format: date-time`` and ``format: date`` as :mod:`datetime` values
(the offset kept both ways), list-valued query parameters taking lists and sent as their style
says. One small generic spec, generated and imported; requests recorded by a mock transport."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import textwrap
from types import ModuleType
from typing import Any

import pytest

from tests.support.httplib import httpx
from tests.support.packages import generate_package

SPEC = """\
openapi: 3.1.0
info: {title: Types, version: "1"}
paths:
  /events:
    get:
      tags: [events]
      operationId: listEvents
      parameters:
        - {name: since, in: query, schema: {type: string, format: date-time}}
        - {name: day, in: query, schema: {type: string, format: date}}
        - {name: locales, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: tags, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
      responses:
        "200":
          description: the events
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Event"}}
  /events/{day}:
    get:
      tags: [events]
      operationId: eventsOf
      parameters:
        - {name: day, in: path, required: true, schema: {type: string, format: date}}
      responses: {"204": {description: none}}
components:
  schemas:
    Event:
      type: object
      properties:
        name: {type: string}
        at: {type: string, format: date-time}
        on: {type: string, format: date}
        log: {type: array, items: {type: string, format: date-time}}
        note: {type: string, format: time}
"""
BASE = "https://types.example.com"
EVENT = {
    "name": "launch",
    "at": "2024-01-02T12:00:00+05:00",
    "on": "2024-01-02",
    "log": ["2024-01-02T07:00:00Z"],
    "note": "10:00",
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("types")
    spec = folder / "types.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    return generate_package(spec, folder / "out", "types_pkg")


def _client(pkg: ModuleType, seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/events":
            return httpx.Response(200, json=[EVENT])
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(handle))
    return pkg.Client(BASE, token="tok", http_client=http)


def test_date_times_are_aware_datetimes_and_dates_are_dates(pkg: ModuleType) -> None:
    fields = importlib.import_module("types_pkg.models").Event.model_fields
    assert fields["at"].annotation == dt.datetime | None
    assert fields["on"].annotation == dt.date | None
    assert fields["log"].annotation == list[dt.datetime] | None
    assert fields["note"].annotation == str | None  # format: time has no standard meaning: text
    [event] = _client(pkg, []).events.list_events()
    assert event.at == dt.datetime(2024, 1, 2, 12, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    assert event.at.utcoffset() == dt.timedelta(hours=5)  # the offset is kept, not converted
    assert event.on == dt.date(2024, 1, 2)
    assert event.log == [dt.datetime(2024, 1, 2, 7, tzinfo=dt.timezone.utc)]
    dumped = event.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped["at"] == "2024-01-02T12:00:00+05:00"  # written back with its offset
    assert dumped["on"] == "2024-01-02"


def test_temporal_arguments_travel_as_rfc_3339(pkg: ModuleType) -> None:
    seen: list[httpx.Request] = []
    client = _client(pkg, seen)
    since = dt.datetime(2024, 1, 2, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    client.events.list_events(since=since, day=dt.date(2024, 2, 29))
    client.events.events_of(dt.date(2024, 3, 1))
    assert seen[0].url.params["since"] == "2024-01-02T12:30:00-03:00"
    assert seen[0].url.params["day"] == "2024-02-29"
    assert seen[1].url.path == "/events/2024-03-01"


def test_list_query_parameters_take_sequences_and_follow_their_style(pkg: ModuleType) -> None:
    signature = inspect.signature(pkg.Client(BASE, token="t").events.list_events)
    assert signature.parameters["locales"].annotation == "_abc.Sequence[str] | None"
    seen: list[httpx.Request] = []
    client = _client(pkg, seen)
    client.events.list_events(locales=["en_US", "fr_FR"], ids=(1, 2), tags=["a b", "c"])
    query = seen[0].url.params
    assert query.get_list("locales") == ["en_US,fr_FR"]  # form, explode: false: joined by commas
    assert query.get_list("ids") == ["1", "2"]  # form, exploded (the default): one pair per value
    assert query.get_list("tags") == ["a b|c"]  # pipeDelimited
    client.events.list_events(locales="en_US,de_DE", ids=[])  # a text is sent as it is
    assert seen[1].url.params.get_list("locales") == ["en_US,de_DE"]
    assert "ids" not in seen[1].url.params  # no values: no pair
    client.events.list_events(locales={"fr_FR", "en_US"})  # a set: in sorted order
    assert seen[2].url.params["locales"] == "en_US,fr_FR"
    with pytest.raises(TypeError, match="sequence of values"):
        client.events.list_events(ids=5)
