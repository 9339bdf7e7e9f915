"""``akeneo-codegen diff OLD NEW``: the changes of the client's surface between two specs, each
marked breaking or not for callers, with a suggested version bump and a CI-friendly exit code."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.diff import ApiDiff, diff_apis
from generator.ir import Api
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.options import default_naming
from tests.support.paths import ROOT, SPEC_PATH, UPSTREAM_PATH

REFERENCE = ROOT.parent / "shared" / "reference"
SAAS = REFERENCE / "akeneo-web-api-saas-2025-11.json"
OLD_2022 = REFERENCE / "akeneo-web-api-2022-09-27.json"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def load(path: Path) -> Api:
    if not path.is_file():
        pytest.fail(f"reference description missing: {path} (it lives in ../shared/reference/)")
    return load_spec(path, naming=NamingOverrides.load(default_naming(path))).api


@pytest.fixture(scope="module")
def saas_to_today() -> tuple[Api, ApiDiff]:
    old = load(SAAS)
    return old, diff_apis(old, load(UPSTREAM_PATH))


def test_the_saas_operations_cut_in_2025_are_breaking_removals(saas_to_today: tuple[Api, ApiDiff]) -> None:
    old, diff = saas_to_today
    operations = {f"{r.attr_name}.{op.python_name}": op for r in old.resources for op in r.operations}
    removed = [c for c in diff.changes if c.what.startswith("method removed")]
    assert len(removed) == 28
    assert all(c.breaking for c in removed)
    tags = Counter(operations[c.where].tags[0] for c in removed)
    families = Counter()
    for tag, count in tags.items():
        family = "catalogs" if tag.startswith(("Catalog", "Mapping schema")) else "workflows" if tag.startswith("Workflow") else tag
        families[family] += count
    assert families == {"catalogs": 15, "workflows": 6, "UI Extensions": 5, "Permissions": 2}
    assert diff.bump == "major"


def test_the_saas_query_parameters_cut_are_breaking(saas_to_today: tuple[Api, ApiDiff]) -> None:
    _, diff = saas_to_today
    params = {c.where for c in diff.changes if c.what == "query parameter removed" and c.breaking}
    for where in (
        "products_uuid.list(with_asset_share_links)",
        "products_uuid.get(with_workflow_execution_statuses)",
        "products.list(convert_measurements)",
        "products_uuid.list(with_root_parent)",
        "product_models.list(with_attribute_options)",
        "products.create(create_missing_options)",
        "categories.list(with_enriched_attributes)",
    ):
        assert where in params, where


def test_what_was_added_since_2022() -> None:
    result = run("diff", OLD_2022, UPSTREAM_PATH, "--format", "json")
    report = json.loads(result.stdout)
    changes = {(c["kind"], c["where"]): c for c in report["changes"]}
    for where in ("category_media_files", "jobs", "families.delete", "products_uuid.search", "category_media_files.upload"):
        assert not changes[("added", where)]["breaking"], where
    assert ("deprecated", "published_products.list") in changes
    assert ("added", "currencies.list(search)") in changes
    assert result.exit_code == (1 if report["breaking"] else 0)


def test_a_spec_against_itself_changes_nothing() -> None:
    result = run("diff", SPEC_PATH, SPEC_PATH)
    assert result.exit_code == 0
    assert "no change to the client's surface" in result.stdout
    as_json = json.loads(run("diff", SPEC_PATH, SPEC_PATH, "--format", "json").stdout)
    assert (as_json["bump"], as_json["changes"]) == ("none", [])


def test_any_two_inputs_compare_swagger_2_with_openapi_3_1() -> None:
    result = run("diff", UPSTREAM_PATH, SPEC_PATH, "--format", "markdown")
    assert result.exit_code in (0, 1)
    assert result.stdout.startswith("## API changes: ")
    assert "Suggested version bump: **" in result.stdout


def test_a_bad_input_exits_2_without_a_traceback(tmp_path: Path) -> None:
    result = run("diff", tmp_path / "missing.yaml", SPEC_PATH)
    assert result.exit_code == 2
    assert "missing.yaml" in result.stderr and "file not found" in result.stderr
    assert "Traceback" not in result.output


HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'


def _spec(tmp_path: Path, name: str, paths: str, schemas: str = "{}") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(HEAD + "paths:\n" + textwrap.indent(textwrap.dedent(paths), "  ") + f"components:\n  schemas: {schemas}\n")
    return path


THING = """\
/things/{code}:
  get:
    operationId: getThing
    tags: [things]
    parameters:
      - {name: code, in: path, required: true, schema: {type: string}}
PARAMS
    responses:
      "200":
        description: ok
        content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  patch:
    operationId: patchThing
    tags: [things]
    parameters:
      - {name: code, in: path, required: true, schema: {type: string}}
    requestBody:
      content: {application/json: {schema: {$ref: "#/components/schemas/Patch"}}}
    responses: {"204": {description: ok}}
"""


def _pair(tmp_path: Path, old: tuple[str, str], new: tuple[str, str]) -> dict[str, tuple[str, bool]]:
    """{"where what": (kind, breaking)} of the changes from ``old`` to ``new`` ((parameters, schemas) each)."""
    specs = [_spec(tmp_path, name, THING.replace("PARAMS\n", params + "\n" if params else ""), schemas) for name, (params, schemas) in (("old", old), ("new", new))]
    diff = diff_apis(load(specs[0]), load(specs[1]))
    return {f"{c.where} {c.what}": (c.kind, c.breaking) for c in diff.changes}


BASE_SCHEMAS = "{Thing: {type: object, required: [code], properties: {code: {type: string}, state: {enum: [on, off]}}}, Patch: {type: object, properties: {label: {type: string}}}}"


def test_the_rules_for_parameters(tmp_path: Path) -> None:
    old = "      - {name: scope, in: query, schema: {type: string, enum: [a, b]}}\n      - {name: locale, in: query, schema: {type: string}}"
    new = "      - {name: scope, in: query, required: true, schema: {type: string, enum: [a, c]}}\n      - {name: channel, in: query, schema: {type: string}}\n      - {name: depth, in: query, required: true, schema: {type: integer}}"
    changes = _pair(tmp_path, (old, BASE_SCHEMAS), (new, BASE_SCHEMAS))
    assert changes["things.get_thing(scope) now required"] == ("changed", True)
    assert changes["things.get_thing(scope) enum values removed: b"] == ("removed", True)
    assert changes["things.get_thing(scope) enum values added: c"] == ("added", False)
    assert changes["things.get_thing(locale) query parameter removed"] == ("removed", True)
    assert changes["things.get_thing(channel) optional query parameter added"] == ("added", False)
    assert changes["things.get_thing(depth) required query parameter added"] == ("added", True)


def test_the_rules_for_model_fields(tmp_path: Path) -> None:
    new_schemas = "{Thing: {type: object, properties: {code: {type: string}, state: {enum: [on, off, idle]}, size: {type: integer}}}, Patch: {type: object, required: [label, kind], properties: {label: {type: string}, kind: {type: string}}}}"
    changes = _pair(tmp_path, ("", BASE_SCHEMAS), ("", new_schemas))
    assert changes["Thing.code now optional"] == ("changed", True)  # readers may get None
    assert changes["Thing.size optional field added"] == ("added", False)
    assert changes["Patch.kind required field added"] == ("added", True)  # writers must send it
    assert changes["Patch.label now required"] == ("changed", True)
    assert any(key.startswith("Thing.state") and kind == "changed" for key, (kind, _) in changes.items())
    removed = _pair(tmp_path, ("", new_schemas), ("", BASE_SCHEMAS))
    assert removed["Thing.size field removed"] == ("removed", True)  # readers lose it
    assert removed["Patch.kind field removed"] == ("removed", False)  # writers may still send it (extra fields allowed)


def test_a_multi_file_spec_compares_with_its_edited_copy(tmp_path: Path) -> None:
    import shutil  # noqa: PLC0415

    features = ROOT / "tests" / "fixtures" / "specs" / "features"
    shutil.copy(features / "external_refs.yaml", tmp_path / "external_refs.yaml")
    shutil.copytree(features / "external_refs", tmp_path / "external_refs")
    spec = tmp_path / "external_refs.yaml"
    assert run("diff", features / "external_refs.yaml", spec).exit_code == 0
    common = tmp_path / "external_refs" / "common.yaml"  # a referenced file, not the root
    common.write_text(common.read_text().replace("enum: [EUR, USD]", "enum: [EUR, USD, GBP]"))
    report = json.loads(run("diff", features / "external_refs.yaml", spec, "--format", "json").stdout)
    assert "Money.currency" in [c["where"] for c in report["changes"]]  # found through the $ref
    assert all("GBP" in c["what"] for c in report["changes"])
