"""The command line: exit codes, messages, untouched output on errors, check, template folders."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from tests.support.paths import MINI, ROOT

SUMMARY = re.compile(r"^\d+ operations, \d+ models: (\d+) files written, (\d+) unchanged, (\d+) removed in \d+\.\d\ds -> .+$")
ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): error: (?P<message>.+) \(at (?P<pointer>/[^)]*)\)$")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``: its bytes and mtime (ns)."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """mini.yaml generated once; tests copy it (with its mtimes) before touching it."""
    out = tmp_path_factory.mktemp("cli") / "out"
    result = run("generate", "--spec", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def out(generated: Path, tmp_path: Path) -> Path:
    target = tmp_path / "out"
    shutil.copytree(generated, target, copy_function=shutil.copy2)
    return target


# -- generate ---------------------------------------------------------------------------------------


def test_generate_prints_one_summary_line(tmp_path: Path) -> None:
    result = run("generate", "--spec", MINI, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    m = SUMMARY.match(lines[0])
    assert m is not None, lines[0]
    written, unchanged, removed = map(int, m.groups())
    assert written > 10 and unchanged == 0 and removed == 0
    assert result.stderr == ""
    assert lines[0].startswith("7 operations, 1 models: ")
    assert (tmp_path / "out" / "akeneo_pim" / "resources" / "families.py").is_file()
    assert (tmp_path / "out" / "_generation.json").is_file()


def test_regeneration_keeps_unchanged_files_and_their_mtime(out: Path) -> None:
    before = snapshot(out)
    result = run("generate", "--spec", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    m = SUMMARY.match(result.stdout.strip())
    assert m is not None and m.groups() == ("0", str(len(before)), "0")
    assert snapshot(out) == before


def test_regeneration_rewrites_only_changed_files(out: Path) -> None:
    edited = out / "akeneo_pim" / "resources" / "families.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    before = snapshot(out)
    result = run("generate", "--spec", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    after = snapshot(out)
    changed = sorted(rel for rel in before if before[rel] != after.get(rel))
    assert changed == ["akeneo_pim/resources/families.py"]
    assert "# hand edit" not in edited.read_text(encoding="utf-8")


def test_stale_files_are_removed(out: Path) -> None:
    (out / "akeneo_pim" / "resources" / "gone.py").write_text("x = 1\n", encoding="utf-8")
    (out / "akeneo_pim" / "old").mkdir()
    (out / "akeneo_pim" / "old" / "thing.txt").write_text("old", encoding="utf-8")
    result = run("generate", "--spec", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    m = SUMMARY.match(result.stdout.strip())
    assert m is not None and m.group(3) == "2"
    assert not (out / "akeneo_pim" / "resources" / "gone.py").exists()
    assert not (out / "akeneo_pim" / "old").exists()


def test_package_name_renames_the_package(tmp_path: Path) -> None:
    result = run("generate", "--spec", MINI, "--out", tmp_path / "out", "--package-name", "vendored_pim")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "vendored_pim" / "_client.py").is_file()
    assert not (tmp_path / "out" / "akeneo_pim").exists()


@pytest.mark.parametrize("name", ["my-pim", "1pim", "class", "pim.client", "", "pâte"])
def test_invalid_package_name_exits_2(tmp_path: Path, name: str) -> None:
    result = run("generate", "--spec", MINI, "--out", tmp_path / "out", "--package-name", name)
    assert result.exit_code == 2
    assert "--package-name" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


# -- broken specs ----------------------------------------------------------------------------------------

HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'
BROKEN = {
    "bad_yaml.yaml": HEAD + "paths:\n  /x:\n    get: {responses: [\n",
    "bad_json.json": '{\n  "openapi": "3.1.0",\n  "paths": {,}\n}\n',
    "unresolved_ref.yaml": HEAD
    + 'paths:\n  /x:\n    get:\n      responses:\n        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Gone"}}}}\n',
    "missing_file_ref.yaml": HEAD + 'paths:\n  /x:\n    get:\n      responses:\n        "200": {$ref: "elsewhere.yaml#/ok"}\n',
    "structure.yaml": HEAD + "paths:\n  /x:\n    get:\n      responses: 5\n  /y:\n    get:\n      parameters: [{name: a, in: nowhere}]\n      responses: {}\n",
    "no_version.yaml": "info: {title: T}\npaths: {}\n",
    "undeclared_param.yaml": HEAD + 'paths:\n  /x/{code}:\n    get:\n      responses: {"204": {description: ok}}\n',
}
EXPECTED_ERRORS = {
    "bad_yaml.yaml": 1,
    "bad_json.json": 1,
    "unresolved_ref.yaml": 1,
    "missing_file_ref.yaml": 1,
    "structure.yaml": 2,
    "no_version.yaml": 1,
    "undeclared_param.yaml": 1,
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_spec_exits_2_with_one_line_per_problem_and_leaves_output_untouched(out: Path, tmp_path: Path, name: str) -> None:
    spec = tmp_path / name
    spec.write_text(BROKEN[name], encoding="utf-8")
    before = snapshot(out)
    result = run("generate", "--spec", spec, "--out", out)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1] == f"akeneo-codegen: {EXPECTED_ERRORS[name]} error(s); nothing was written"
    problems = lines[:-1]
    assert len(problems) == EXPECTED_ERRORS[name], problems
    for line in problems:
        m = ERROR_LINE.match(line)
        assert m is not None, line
        assert Path(m["file"]).name in (name, "elsewhere.yaml")
        assert int(m["line"]) >= 1
    assert snapshot(out) == before


def test_refs_above_the_spec_folder_are_read_only_when_allowed(tmp_path: Path) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "Error.yaml").write_text("type: object\nproperties: {code: {type: integer}}\n", encoding="utf-8")
    (tmp_path / "spec").mkdir()
    spec = tmp_path / "spec" / "api.yaml"
    spec.write_text(
        HEAD + 'paths:\n  /x:\n    get:\n      responses:\n        "400": {description: bad, content: {application/json: {schema: {$ref: "../common/Error.yaml"}}}}\n',
        encoding="utf-8",
    )
    refused = run("generate", "--spec", spec, "--out", tmp_path / "out")
    assert refused.exit_code == 2
    assert refused.stderr.splitlines()[0] == (
        f"{spec}:7: error: $ref ../common/Error.yaml points outside the spec's folder ({spec.parent}); --allow-external-refs reads it"
        " (at /paths/~1x/get/responses/400/content/application~1json/schema)"
    )
    assert not (tmp_path / "out").exists()
    allowed = run("generate", "--spec", spec, "--out", tmp_path / "out", "--allow-external-refs")
    assert allowed.exit_code == 0, allowed.output
    assert run("check", "--spec", spec, "--out", tmp_path / "out", "--allow-external-refs").exit_code == 0
    assert run("check", "--spec", spec, "--out", tmp_path / "out").exit_code == 2  # (not an up-to-date answer)
    assert run("diff", spec, spec, "--allow-external-refs").exit_code == 0
    assert run("diff", spec, spec).exit_code == 2


def test_broken_spec_does_not_create_the_output_folder(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(BROKEN["bad_yaml.yaml"], encoding="utf-8")
    result = run("generate", "--spec", spec, "--out", tmp_path / "new")
    assert result.exit_code == 2
    assert not (tmp_path / "new").exists()


def test_error_lines_point_at_the_problem(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(BROKEN["unresolved_ref.yaml"], encoding="utf-8")
    result = run("generate", "--spec", spec, "--out", tmp_path / "out")
    assert result.stderr.splitlines()[0] == (
        f"{spec}:7: error: $ref target not found: #/components/schemas/Gone (at /paths/~1x/get/responses/200/content/application~1json/schema)"
    )


def test_a_wrong_schema_type_is_one_line_pointing_at_the_type(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        textwrap.dedent(
            """\
            openapi: 3.1.0
            info: {title: x, version: "1"}
            paths:
              /a:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: integr}
            """
        ),
        encoding="utf-8",
    )
    result = run("generate", "--spec", spec, "--out", tmp_path / "out")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"{spec}:11: error: Input should be 'null', 'string'")
    assert errors[0].endswith("(at /paths/~1a/get/responses/200/content/application~1json/schema/type)")


def test_missing_spec_file_exits_2(tmp_path: Path) -> None:
    result = run("generate", "--spec", tmp_path / "nope.yaml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].endswith("nope.yaml: error: file not found (at /)")


def test_broken_naming_file_exits_2(tmp_path: Path) -> None:
    naming = tmp_path / "naming.yaml"
    naming.write_text("operations:\n  'GET /x': not-a-pair\n", encoding="utf-8")
    result = run("generate", "--spec", MINI, "--out", tmp_path / "out", "--naming", naming)
    assert result.exit_code == 2
    assert ERROR_LINE.match(result.stderr.splitlines()[0])
    assert "Traceback" not in result.output


def test_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    spec = tmp_path / "warn.yaml"
    spec.write_text(
        HEAD
        + "paths:\n  /x:\n    get:\n      operationId: same\n      responses: {\"204\": {description: ok}}\n"
        + "  /y:\n    get:\n      operationId: same\n      responses: {\"204\": {description: ok}}\n",
        encoding="utf-8",
    )
    lenient = run("generate", "--spec", spec, "--out", tmp_path / "a")
    assert lenient.exit_code == 0
    assert "warning: operationId 'same' is used twice" in lenient.stderr
    strict = run("generate", "--spec", spec, "--out", tmp_path / "b", "--strict")
    assert strict.exit_code == 2
    assert not (tmp_path / "b").exists()


# -- valid specs with warnings ----------------------------------------------------------------------

#: Names that clash, every kind the generator resolves (once errors, now warnings): two
#: operations wanting ``thing.get``, two query parameters wanting ``a_b``, two properties wanting
#: ``a_b``, two schemas wanting ``ThingMeta`` (the component comes first, in the document and in
#: the operations: it keeps the name) and a model named like the class of resource ``thing``.
NAME_CLASHES = HEAD + textwrap.dedent(
    """\
    paths:
      /things/by-uuid/{uuid}:
        get:
          tags: [Thing]
          parameters: [{name: uuid, in: path, required: true, schema: {type: string}}]
          responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/ThingMeta"}}}}}
      /things/{code}:
        get:
          tags: [Thing]
          parameters: [{name: code, in: path, required: true, schema: {type: string}}]
          responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}}
      /other/{code}:
        get:
          tags: [Other]
          parameters:
            - {name: a-b, in: query, schema: {type: string}}
            - {name: a_b, in: query, schema: {type: string}}
            - {name: code, in: path, required: true, schema: {type: string}}
          responses: {"204": {description: ok}}
    components:
      schemas:
        ThingMeta:
          type: object
          properties:
            y: {type: integer}
        Thing:
          type: object
          properties:
            a-b: {type: string}
            a_b: {type: string}
            meta:
              type: object
              properties:
                x: {type: string}
    """
)
#: pointer -> the parts of its warning that tell what was resolved, and how
CLASH_WARNINGS = {
    "/paths/~1things~1by-uuid~1{uuid}/get": (
        "method name thing.get fits 2 operations",
        "GET /things/by-uuid/{uuid} -> thing.get_by_uuid",
        "GET /things/{code} -> thing.get",
    ),
    "/paths/~1other~1{code}/get": ("query parameter 'a_b'", "named 'a_b_query'"),
    "/components/schemas/Thing/properties/a_b": ("property 'a_b'", "named 'a_b_2'"),
    "/components/schemas/Thing/properties/meta": ("model name 'ThingMeta'", "/components/schemas/ThingMeta", "named 'ThingMeta2'"),
}
WARNING_LINE = re.compile(r"^(?P<file>.+?)(:(?P<line>\d+))?: warning: (?P<message>.+) \(at (?P<pointer>/[^)]*)\)$")


def _definitions(path: Path) -> dict[str, list[str]]:
    """Class name -> the names of its methods, of a generated module, and ``""`` -> every
    parameter name of those methods as ``method(param, ...)``."""
    found: dict[str, list[str]] = {"": []}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            methods = [f for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
            found[node.name] = [f.name for f in methods]
            found[""] += [f"{node.name}.{f.name}({', '.join(a.arg for a in f.args.args + f.args.kwonlyargs)})" for f in methods]
    return found


def test_a_spec_whose_names_clash_generates_with_one_warning_per_clash(tmp_path: Path) -> None:
    spec = tmp_path / "name_clashes.yaml"
    spec.write_text(NAME_CLASHES, encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", "--spec", spec, "--out", out)
    assert result.exit_code == 0, result.output
    assert SUMMARY.match(result.stdout.strip()), result.stdout
    assert result.stdout.startswith("3 operations, 3 models: ")
    lines = result.stderr.splitlines()
    matches = [WARNING_LINE.match(line) for line in lines]
    assert all(matches), lines
    by_pointer = {m["pointer"]: m["message"] for m in matches if m}
    assert sorted(by_pointer) == sorted(CLASH_WARNINGS), lines
    assert len(lines) == len(CLASH_WARNINGS)
    for pointer, parts in CLASH_WARNINGS.items():
        for part in parts:
            assert part in by_pointer[pointer], (pointer, by_pointer[pointer])
    assert all(Path(m["file"]) == spec for m in matches if m)
    # the generated code uses the names the warnings announce
    package = out / "akeneo_pim"
    # the resource class and the model share the name Thing (resources reach models as ``_m.Thing``)
    things = _definitions(package / "resources" / "thing.py")
    assert things["Thing"] == ["__init__", "get", "get_by_uuid"]
    other = _definitions(package / "resources" / "other.py")
    assert "Other.get(self, code, a_b, a_b_query, timeout, extra_headers, extra_query)" in other[""]
    models = _definitions(package / "models" / "thing.py")
    assert {"Thing", "ThingMeta", "ThingMeta2"} <= set(models)
    model_text = (package / "models" / "thing.py").read_text(encoding="utf-8")
    assert 'a_b_2: str | None = _pd.Field(default=None, alias="a_b")' in model_text
    assert "meta: ThingMeta2 | None" in model_text
    for module in (package / "resources" / "thing.py", package / "resources" / "other.py", package / "models" / "thing.py"):
        compile(module.read_text(encoding="utf-8"), str(module), "exec")


def test_strict_turns_the_name_clash_warnings_into_errors(out: Path, tmp_path: Path) -> None:
    spec = tmp_path / "name_clashes.yaml"
    spec.write_text(NAME_CLASHES, encoding="utf-8")
    before = snapshot(out)
    result = run("generate", "--spec", spec, "--out", out, "--strict")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("akeneo-codegen: ") and lines[-1].endswith("; nothing was written"), lines[-1]
    reported = [m["pointer"] for m in map(WARNING_LINE.match, lines[:-1]) if m]
    assert sorted(reported) == sorted(CLASH_WARNINGS), lines
    assert snapshot(out) == before
    fresh = tmp_path / "fresh"
    assert run("generate", "--spec", spec, "--out", fresh, "--strict").exit_code == 2
    assert not fresh.exists()


# -- check ----------------------------------------------------------------------------------------------


def test_check_passes_when_up_to_date(out: Path) -> None:
    before = snapshot(out)
    result = run("check", "--spec", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{out} is up to date ({len(before)} files)"
    assert snapshot(out) == before


def test_check_lists_differing_and_stale_files(out: Path) -> None:
    (out / "akeneo_pim" / "_client.py").write_text("# edited\n", encoding="utf-8")
    (out / "akeneo_pim" / "models" / "families.py").unlink()
    (out / "akeneo_pim" / "extra.py").write_text("", encoding="utf-8")
    before = snapshot(out)
    result = run("check", "--spec", MINI, "--out", out)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"differs: {out / 'akeneo_pim/_client.py'}" in lines
    assert f"differs: {out / 'akeneo_pim/models/families.py'}" in lines
    assert f"stale:   {out / 'akeneo_pim/extra.py'}" in lines
    assert lines[-1].startswith(f"{out} is out of date (")
    assert lines[-2] == "why: 2 file(s) changed since generated: akeneo_pim/_client.py, akeneo_pim/models/families.py (deleted)"
    assert len(lines) == 5  # 2 differing + 1 stale + why + the summary
    assert snapshot(out) == before  # check never writes


def test_check_on_a_missing_folder_fails(tmp_path: Path) -> None:
    result = run("check", "--spec", MINI, "--out", tmp_path / "nothing")
    assert result.exit_code == 1
    assert not (tmp_path / "nothing").exists()


def test_check_with_broken_spec_exits_2(out: Path, tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(BROKEN["bad_yaml.yaml"], encoding="utf-8")
    assert run("check", "--spec", spec, "--out", out).exit_code == 2


# -- template folders ----------------------------------------------------------------------------------


def test_template_folder_shadows_one_builtin(out: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "package").mkdir(parents=True)
    (templates / "package" / "resources_init.py.jinja").write_text(
        '{{ header }}\n"""Custom resources package of {{ api.title | comment }}."""\n', encoding="utf-8"
    )
    before = snapshot(out)
    result = run("generate", "--spec", MINI, "--out", out, "--templates", templates)
    assert result.exit_code == 0, result.output
    after = snapshot(out)
    init = (out / "akeneo_pim" / "resources" / "__init__.py").read_text(encoding="utf-8")
    assert '"""Custom resources package of Mini PIM."""' in init
    changed = sorted(rel for rel in after if before.get(rel) != after[rel])
    assert changed == ["_generation.json", "akeneo_pim/resources/__init__.py"]


def test_template_folder_can_extend_a_builtin_and_change_one_block(out: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "package").mkdir(parents=True)
    (templates / "package" / "resource.py.jinja").write_text(
        textwrap.dedent(
            """\
            {% extends "builtin/package/resource.py.jinja" %}
            {% block module_docstring %}
            \"\"\"Resource {{ resource.attr_name }}, extended by a fork.\"\"\"
            {% endblock %}
            {% block methods %}
            {{ super() }}
                def ping(self) -> str:
                    return {{ (prefix ~ resource.class_name) | pystr }}

            {% endblock %}
            {% block footer %}

            FORKED = True
            {% endblock %}
            """
        ),
        encoding="utf-8",
    )
    result = run("generate", "--spec", MINI, "--out", out, "--templates", templates)
    assert result.exit_code == 0, result.output
    text = (out / "akeneo_pim" / "resources" / "families.py").read_text(encoding="utf-8")
    assert text.startswith("# Generated from ")
    assert '"""Resource families, extended by a fork."""' in text
    assert 'return "Families"' in text and 'return "AsyncFamilies"' in text
    assert text.rstrip().endswith("FORKED = True")
    assert "def upsert_many(" in text  # the built-in methods are still there
    compile(text, "families.py", "exec")


def test_broken_user_template_exits_2_with_its_file_and_line(out: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "package").mkdir(parents=True)
    broken = templates / "package" / "resources_init.py.jinja"
    broken.write_text("{{ header }}\n{{ no_such_variable }}\n", encoding="utf-8")
    before = snapshot(out)
    result = run("generate", "--spec", MINI, "--out", out, "--templates", templates)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == f"{broken}:2: error: template error: 'no_such_variable' is undefined (at /)"
    assert snapshot(out) == before


# -- a real process -----------------------------------------------------------------------------------


def _subprocess(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_python_dash_m_generator(tmp_path: Path) -> None:
    ok = _subprocess("generate", "--spec", MINI, "--out", tmp_path / "out")
    assert ok.returncode == 0, ok.stderr
    assert SUMMARY.match(ok.stdout.strip())
    assert len(ok.stdout.splitlines()) == 1
    spec = tmp_path / "structure.yaml"
    spec.write_text(BROKEN["structure.yaml"], encoding="utf-8")
    bad = _subprocess("generate", "--spec", spec, "--out", tmp_path / "out")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr + bad.stdout
    problems = bad.stderr.splitlines()[:-1]
    assert len(problems) == EXPECTED_ERRORS["structure.yaml"], problems
    assert all(ERROR_LINE.match(line) for line in problems)
    assert _subprocess("check", "--spec", MINI, "--out", tmp_path / "out").returncode == 0


def test_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("keep me", encoding="utf-8")
    result = run("generate", "--spec", MINI, "--out", target)
    assert result.exit_code == 2
    assert "--out" in result.output
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]

