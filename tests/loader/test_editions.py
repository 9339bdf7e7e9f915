"""Editions: every operation and parameter carries where it exists (the spec's ``x-versions``);
docstrings say so; ``--edition`` generates only what one edition has; ``diff`` compares two
editions of one spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.format_cache import ENV_VAR
from generator.ir import SAAS, Api, edition_note, in_edition
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.options import default_naming
from tests.support.paths import ROOT

SAAS_FILE = ROOT.parent / "shared" / "reference" / "akeneo-web-api-saas-2025-11.json"
EVERY = ("1.7", "2.x", "3.x", "4.0", "5.0", "6.0", "7.0", SAAS)


def test_the_note_says_where_something_exists() -> None:
    assert edition_note((SAAS,), EVERY) == "SaaS only"
    assert edition_note(("7.0", SAAS), EVERY) == "since 7.0"
    assert edition_note(("2.1", "2.2", "2.3", "3.x"), EVERY) == "2.1 to 3.x only, not on SaaS"
    assert edition_note(("3.x",), EVERY) == "3.x only, not on SaaS"
    assert edition_note(EVERY, EVERY) is None  # everywhere: nothing to say
    assert edition_note(("1.7", "3.x", "7.0", SAAS), (*EVERY[:3], "2.1", *EVERY[3:])) is None  # first to last
    assert edition_note(("1.7", "2.x", "7.0"), EVERY) == "not on SaaS"
    assert edition_note(("1.7", "7.0"), ("1.7", "2.1", "7.0")) is None  # a spec that names no SaaS
    assert edition_note((), EVERY) is None
    assert edition_note(("3.2", "7.0", SAAS), EVERY, enterprise=True) == "since 3.2, Enterprise Edition"
    assert edition_note((), (), enterprise=True) == "Enterprise Edition"
    assert in_edition(("7.0", SAAS), "saas") and in_edition((), "7.0") and not in_edition((SAAS,), "7.0")


def _load(edition: str | None = None) -> Api:
    if not SAAS_FILE.is_file():
        pytest.fail(f"reference description missing: {SAAS_FILE} (it lives in ../shared/reference/)")
    return load_spec(SAAS_FILE, naming=NamingOverrides.load(default_naming(SAAS_FILE)), edition=edition).api


def test_operations_carry_their_editions_and_an_edition_keeps_only_its_own() -> None:
    every = _load()
    assert len(every.operations) == 165
    assert every.editions[0] == "1.7" and every.editions[-1] == SAAS
    saas_only = {op.operation_id for op in every.operations if op.editions == (SAAS,)}
    assert len(saas_only) >= 28
    saas = _load("saas")
    assert all(in_edition(op.editions, SAAS) for op in saas.operations)
    assert saas_only <= {op.operation_id for op in saas.operations}
    seven = _load("7.0")
    assert seven.edition == "7.0"
    assert not saas_only & {op.operation_id for op in seven.operations}
    assert all(in_edition(op.editions, "7.0") for op in seven.operations)
    assert len(seven.operations) == sum(1 for op in every.operations if in_edition(op.editions, "7.0"))
    used = {m for op in seven.operations for m in op.return_type.models}
    assert used <= {m.class_name for m in seven.models}
    assert len(seven.models) < len(every.models)  # the models only SaaS operations use are gone


SPEC = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      x-versions: ["6.0", "7.0", SaaS]
      parameters:
        - {name: with_extras, in: query, x-versions: [SaaS], description: Adds the extras., schema: {type: boolean}}
        - {name: limit, in: query, description: Items per page., schema: {type: integer}}
      responses: {"204": {description: ok}}
  /cloud:
    get:
      operationId: cloudOnly
      x-versions: [SaaS]
      responses: {"204": {description: ok}}
"""


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    path = tmp_path / "editions.yaml"
    path.write_text(SPEC)
    return path


def _generate(spec: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out), "--no-tests", *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return "\n".join(p.read_text() for p in sorted((out / "api" / "resources").glob("*.py")) if p.name != "__init__.py") if (out / "api").is_dir() else ""


def test_docstrings_say_where_and_an_edition_leaves_out_the_rest(spec: Path, tmp_path: Path) -> None:
    package = ("--package-name", "api")
    every = _generate(spec, tmp_path / "all", *package)
    assert "``GET /cloud`` (SaaS only)" in every
    assert "``GET /things``\n" in every  # in every edition this spec names: nothing to say
    assert "with_extras: Adds the extras. (SaaS only)" in every
    assert "limit: Items per page.\n" in every
    seven = _generate(spec, tmp_path / "seven", *package, "--edition", "7.0")
    assert "def cloud_only" not in seven and "def list_things" in seven
    assert "with_extras" not in seven
    manifest = json.loads((tmp_path / "seven" / "_generation.json").read_text())
    assert manifest["edition"] == "7.0"
    check = CliRunner().invoke(main, ["check", "--spec", str(spec), "--out", str(tmp_path / "seven"), "--no-tests", "--package-name", "api"], catch_exceptions=False)
    assert check.exit_code == 1
    assert "another edition (7.0 -> all)" in check.stderr


def test_diff_compares_two_editions_of_one_spec(spec: Path) -> None:
    result = CliRunner().invoke(main, ["diff", str(spec), str(spec), "--old-edition", "saas", "--new-edition", "7.0", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    where = {(c["kind"], c["where"]) for c in report["changes"] if c["breaking"]}
    assert any(kind == "removed" and w.endswith(".cloud_only") for kind, w in where)
    assert any(w.endswith("(with_extras)") for _, w in where)
    assert report["old"].endswith("(saas)") and report["new"].endswith("(7.0)")
