"""The command line's table, computed from the IR: every page listing exports (its parents,
cursor and filter options), every batch imports (its key), and media downloads (with the JSON
GET giving a file's size) where listings hold product values."""

from __future__ import annotations

import pytest

from generator.command_views import CommandTable, command_table
from generator.loader import load_spec
from tests.support.paths import MINI, SPEC_PATH


@pytest.fixture(scope="module")
def table() -> CommandTable:
    return command_table(load_spec(SPEC_PATH).api, "akeneo-pim")


def test_every_listing_exports_with_the_options_it_takes(table: CommandTable) -> None:
    exports = {e.resource: e for e in table.exports}
    products = exports["products"]
    assert (products.method, products.parents, products.cursor, products.values) == ("list", (), "both", True)
    assert products.options == (("search", "search"), ("locales", "locales"), ("scope", "scope"), ("attributes", "attributes"), ("limit", "limit"))
    records = exports["reference_entity_records"]
    assert (records.parents, records.cursor, records.values) == (("reference_entity_code",), "search_after", False)
    assert dict(records.options).keys() == {"search", "locales"}
    assert exports["families"].cursor == "page" and not exports["families"].values
    assert "workflows" in exports and exports["workflows"].method == "list"  # not list_step_assignees
    assert "system" not in exports and "auth" not in exports  # nothing to list
    assert [e.resource for e in table.exports] == sorted(exports)  # the client's order


def test_every_batch_imports_with_its_key(table: CommandTable) -> None:
    imports = {i.resource: (i.method, i.parents, i.key) for i in table.imports}
    assert imports["products"] == ("upsert_many", (), "identifier")
    assert imports["products_uuid"] == ("upsert_many", (), "uuid")
    assert imports["attribute_options"] == ("upsert_many", ("attribute_code",), "code")
    assert imports["assets"][1] == ("asset_family_code",)  # a JSON-array batch
    assert "currencies" not in imports


def test_media_downloads_know_the_size_operation(table: CommandTable) -> None:
    media = {m.resource: m for m in table.media}
    assert (media["media_files"].path, media["media_files"].size_method) == ("/api/rest/v1/media-files/{code}/download", "get")
    assert media["asset_media_files"].size_method is None  # no metadata to ask
    assert media["pam_asset_reference_files"].size_method == "get"


def test_a_spec_without_product_values_has_no_media_downloads() -> None:
    api = load_spec(MINI).api
    table = command_table(api, "mini-pim")
    assert table.program == "mini-pim" and table.media == ()
    assert not any(e.values for e in table.exports)
