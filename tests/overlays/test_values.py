"""Akeneo product values (templates/static/_values.py) on the generated client: read with
Akeneo's locale and scope rules from the value shapes of our spec's and upstream's examples,
typed by attribute kind, written with the Values builder and sent through the API unchanged
(a real HTTP server on 127.0.0.1 keeps what it is sent and answers it back)."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.support.paths import GENERATED, SPEC_PATH, require_upstream
from tests.support.scripted_server import Reply, ScriptedServer, json_reply


@pytest.fixture(scope="module")
def pim() -> ModuleType:
    if str(GENERATED) not in sys.path:
        sys.path.append(str(GENERATED))
    return importlib.import_module("akeneo_pim")


def _spec_example(path: str, method: str = "get") -> Any:
    doc = YAML(typ="safe").load(SPEC_PATH.read_text(encoding="utf-8"))
    reply = doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return json.loads(json.dumps(reply["example"], default=str))


def test_models_holding_values_inherit_the_readers(pim: ModuleType) -> None:
    models = importlib.import_module("akeneo_pim.models")
    holders = {name for name in models.__all__ if hasattr(getattr(models, name), "values_for")}
    assert {"Product", "ProductUuid", "ProductModel", "PublishedProduct"} <= holders
    assert not hasattr(models.Family, "values_for")  # no values map: no readers
    runtime = importlib.import_module("akeneo_pim._values")
    for name in ("Values", "Price", "Metric", "Option", "FileRef"):
        assert name in pim.__all__ and getattr(pim, name) is getattr(runtime, name)
    assert issubclass(models.Product, runtime.HasValues)


def test_reading_follows_akeneo_locale_and_scope_rules(pim: ModuleType) -> None:
    models = importlib.import_module("akeneo_pim.models")
    product = models.ProductUuid.model_validate(_spec_example("/api/rest/v1/products-uuid/{uuid}"))
    assert product.value("name", locale="en_US") == "Red T-shirt"
    assert product.value("name", locale="fr_FR", scope="ecommerce") == "T-shirt rouge"  # not scopable
    assert product.value("name") is None  # localizable: no value without a locale
    assert product.value("sku", locale="de_DE", scope="mobile") == "tshirt-red-m"  # neither
    assert product.value("description", locale="en_US") is None  # scopable: the scope is needed
    assert product.value("description", locale="fr_FR", scope="ecommerce") == "T-shirt col rond en coton bio."
    assert product.value("absent", default="-") == "-"
    assert [(v.locale, v.scope) for v in product.values_for("name")] == [("en_US", None), ("fr_FR", None)]
    assert product.prices("price") == [pim.Price("19.90", "EUR"), pim.Price("21.00", "USD")]
    assert product.price("price", "USD").amount == Decimal("21.00")
    assert product.price("price", "GBP") is None
    assert product.metric("weight") == pim.Metric(Decimal("0.180"), "KILOGRAM")
    assert str(product.metric("weight").amount) == "0.180"  # exact, as sent
    assert product.option("color") == pim.Option("red")
    assert product.quality_score(scope="ecommerce", locale="fr_FR") == "C"
    assert product.quality_score(scope="mobile", locale="fr_FR") is None


def test_upstream_product_models_read_the_same_way(pim: ModuleType) -> None:
    upstream = json.loads(require_upstream().read_text(encoding="utf-8"))
    page = upstream["paths"]["/api/rest/v1/product-models"]["get"]["responses"]["200"]["examples"]
    models = importlib.import_module("akeneo_pim.models")
    # the values of each item (its quantified associations name models by "identifier", an
    # upstream slip our models do not read)
    keep = ("code", "family_variant", "values")
    items = [models.ProductModel.model_validate({k: item[k] for k in keep if k in item}) for item in page["_embedded"]["items"]]
    assert items and all(isinstance(m.prices("price"), list) for m in items)
    first = items[0]
    assert first.prices("price") == [pim.Price(Decimal("50.00"), "EUR")]
    assert first.value("description", locale="en_US", scope="ecommerce") == "I like shoes!"


def test_typed_data_follows_the_attribute_type_and_labels_come_from_linked_data(pim: ModuleType) -> None:
    models = importlib.import_module("akeneo_pim.models")
    values = {
        "price": [{"locale": None, "scope": None, "data": [{"amount": "15.5", "currency": "EUR"}], "attribute_type": "pim_catalog_price_collection"}],
        "color": [{"locale": None, "scope": None, "data": "black", "attribute_type": "pim_catalog_simpleselect",
                   "linked_data": {"attribute": "color", "code": "black", "labels": {"en_US": "Black", "fr_FR": "Noir"}}}],
        "collection": [{"locale": None, "scope": None, "data": ["winter_2016", "summer"], "attribute_type": "pim_catalog_multiselect",
                        "linked_data": {"winter_2016": {"attribute": "collection", "code": "winter_2016", "labels": {"en_US": "Winter 2016"}}}}],
        "launch": [{"locale": None, "scope": None, "data": "2024-03-01T00:00:00+01:00", "attribute_type": "pim_catalog_date"}],
        "height": [{"locale": None, "scope": None, "data": "12.5000", "attribute_type": "pim_catalog_number"}],
        "picture": [{"locale": None, "scope": None, "data": "a/b/c/pic.jpg", "attribute_type": "pim_catalog_image",
                     "_links": {"download": {"href": "https://pim.example.com/api/rest/v1/media-files/a/b/c/pic.jpg/download"}}}],
        "assets": [{"locale": None, "scope": None, "data": ["packshot_1", "packshot_2"], "attribute_type": "pim_catalog_asset_collection"}],
        "nutrition": [{"locale": None, "scope": None, "data": [{"ingredient": "sugar", "quantity": "10"}], "attribute_type": "pim_catalog_table"}],
        "active": [{"locale": None, "scope": None, "data": False, "attribute_type": "pim_catalog_boolean"}],
    }
    product = models.Product.model_validate({"identifier": "top", "values": values})
    assert product.typed("price") == [pim.Price("15.5", "EUR")]
    assert product.typed("color") == pim.Option("black", {"en_US": "Black", "fr_FR": "Noir"})
    assert product.typed("collection") == [pim.Option("winter_2016", {"en_US": "Winter 2016"}), pim.Option("summer")]
    assert product.typed("launch") == dt.datetime(2024, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert product.typed("height") == Decimal("12.5000")
    assert product.typed("picture") == pim.FileRef("a/b/c/pic.jpg", "https://pim.example.com/api/rest/v1/media-files/a/b/c/pic.jpg/download")
    assert product.typed("assets") == ["packshot_1", "packshot_2"]  # kinds without a reader: the data
    assert product.codes("assets") == ["packshot_1", "packshot_2"]
    assert product.table("nutrition") == [{"ingredient": "sugar", "quantity": "10"}]
    assert product.boolean("active") is False
    assert product.typed("missing") is None


def test_the_builder_writes_what_akeneo_expects(pim: ModuleType) -> None:
    values = (
        pim.Values()
        .set("name", "Shoe", locale="en_US")
        .set("name", "Chaussure", locale="fr_FR")
        .set("price", [pim.Price("10.00", "EUR"), pim.Price(12, "USD")])
        .set("weight", pim.Metric(Decimal("1.2500"), "KILOGRAM"))
        .set("height", Decimal("12.50"), scope="ecommerce")
        .set("launch", dt.date(2024, 3, 1))
        .set("color", pim.Option("red"))
        .set("name", "Shoes", locale="en_US")  # replaces the en_US name, keeps its place last
        .remove("description", locale="en_US", scope="ecommerce")
    )
    assert values.to_dict() == {
        "name": [
            {"locale": "fr_FR", "scope": None, "data": "Chaussure"},
            {"locale": "en_US", "scope": None, "data": "Shoes"},
        ],
        "price": [{"locale": None, "scope": None, "data": [{"amount": "10.00", "currency": "EUR"}, {"amount": "12", "currency": "USD"}]}],
        "weight": [{"locale": None, "scope": None, "data": {"amount": "1.2500", "unit": "KILOGRAM"}}],
        "height": [{"locale": None, "scope": "ecommerce", "data": "12.50"}],
        "launch": [{"locale": None, "scope": None, "data": "2024-03-01"}],
        "color": [{"locale": None, "scope": None, "data": "red"}],
        "description": [{"locale": "en_US", "scope": "ecommerce", "data": None}],
    }
    assert pim.Values().set("a", 1) is not pim.Values().set("a", 1)
    empty = pim.Values()
    empty.set("a", 1)
    assert len(empty) == 0  # each set returns a new builder


@pytest.fixture
def server() -> Any:
    srv = ScriptedServer().start()
    yield srv
    srv.stop()


def test_set_and_remove_on_a_product_model_round_trip_through_the_api(pim: ModuleType, server: ScriptedServer) -> None:
    stored = _spec_example("/api/rest/v1/product-models/{code}")
    code = stored["code"]
    path = f"/api/rest/v1/product-models/{code}"

    def patch(request: Any) -> Reply:
        body = request.json()
        stored["values"] = {**stored.get("values", {}), **body["values"]}
        return Reply(204)

    server.on("GET", path, lambda _r: json_reply(stored))
    server.on("PATCH", path, patch)
    with pim.Akeneo(server.url, token="t") as client:
        model = client.product_models.get(code)
        before = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        changed = pim.Values(model.values).set("name", "Veste", locale="fr_FR").remove("name", locale="en_US")
        client.product_models.upsert(code, {"code": code, "values": changed})
        sent = server.api_requests()[-1].json()["values"]
        after = client.product_models.get(code)
        # with a model as the body, the same JSON goes
        client.product_models.upsert(code, pim.models.ProductModel(code=code, family_variant=model.family_variant, values=changed))
        assert server.api_requests()[-1].json()["values"] == sent
    untouched = {k: v for k, v in before["values"].items() if k != "name"}
    assert {k: v for k, v in sent.items() if k != "name"} == untouched  # everything else sent back as read
    assert after.value("name", locale="fr_FR") == "Veste"
    assert after.value("name", locale="en_US") is None
    assert {k: after.values_for(k) for k in untouched} == {k: model.values_for(k) for k in untouched}


def test_a_values_builder_is_sent_as_the_same_json_by_create_upsert_and_upsert_many(pim: ModuleType, server: ScriptedServer) -> None:
    values = pim.Values().set("name", "Shoe", locale="en_US").set("price", [pim.Price("10.00", "EUR")])
    expected = values.to_dict()
    server.on("POST", "/api/rest/v1/products", lambda _r: Reply(201))
    server.on("PATCH", "/api/rest/v1/products/shoe", lambda _r: Reply(204))
    line = {"line": 1, "identifier": "shoe", "status_code": 201}
    server.on("PATCH", "/api/rest/v1/products", lambda _r: Reply(200, json.dumps(line) + "\n", {"Content-Type": "application/vnd.akeneo.collection+json"}))
    with pim.Akeneo(server.url, token="t") as client:
        client.products.create({"identifier": "shoe", "values": values})
        client.products.upsert("shoe", {"identifier": "shoe", "values": values})
        results = list(client.products.upsert_many([{"identifier": "shoe", "values": values}]))
    assert [r.ok for r in results] == [True]
    create, upsert, batch = server.api_requests()
    assert create.json()["values"] == expected
    assert upsert.json()["values"] == expected
    assert [json.loads(row)["values"] for row in batch.body.decode().splitlines()] == [expected]
