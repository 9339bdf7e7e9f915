"""``templates export`` and ``templates docs``, and forks through the real command line: contract
errors are one line and exit 2 with the output untouched; forked static files reach the output
and count as inputs of the run record."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.contract import FORK_FILE, fork_record
from generator.files import TEMPLATES_DIR, tree_files
from generator.format_cache import ENV_VAR
from generator.ir import TEMPLATE_CONTRACT
from tests.support.paths import MINI, ROOT

SUFFIX = f"(template contract {TEMPLATE_CONTRACT}: see docs/templates.md)"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in tree_files(folder)}


def generate(out: Path, *extra: str | Path) -> Result:
    result = run("generate", "--spec", MINI, "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return result


# -- templates export ------------------------------------------------------------------------------


def test_export_copies_every_built_in_template_and_records_the_contract(tmp_path: Path) -> None:
    dest = tmp_path / "fork"
    result = run("templates", "export", dest)
    assert result.exit_code == 0, result.output
    exported = tree(dest)
    builtin = {rel: data for rel, data in tree(TEMPLATES_DIR).items() if not rel.endswith(".pyc")}
    assert {rel: data for rel, data in exported.items() if rel != FORK_FILE} == builtin
    assert "static/_async/_http.py" in exported and "package/resource.py.jinja" in exported
    assert exported[FORK_FILE].decode() == fork_record()
    assert f"contract = {TEMPLATE_CONTRACT}\n" in exported[FORK_FILE].decode()
    assert result.stdout == f"{len(exported)} files -> {dest} (template contract {TEMPLATE_CONTRACT}, recorded in {dest / FORK_FILE})\n"


def test_export_refuses_a_folder_that_is_not_empty_unless_forced(tmp_path: Path) -> None:
    dest = tmp_path / "fork"
    (dest / "package").mkdir(parents=True)
    (dest / "package" / "resource.py.jinja").write_text("mine\n", encoding="utf-8")
    (dest / "notes.txt").write_text("keep\n", encoding="utf-8")
    before = tree(dest)
    result = run("templates", "export", dest)
    assert result.exit_code == 2
    assert result.stderr == f"akeneo-codegen: {dest} is not empty; export into a new folder, or pass --force to overwrite its files\n"
    assert tree(dest) == before
    forced = run("templates", "export", dest, "--force")
    assert forced.exit_code == 0, forced.output
    assert (dest / "package" / "resource.py.jinja").read_bytes() == (TEMPLATES_DIR / "package" / "resource.py.jinja").read_bytes()
    assert (dest / "notes.txt").read_text(encoding="utf-8") == "keep\n"  # other files are left alone


def test_export_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    result = run("templates", "export", target)
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "x"


def test_generating_with_the_whole_export_as_a_fork_writes_the_same_output(tmp_path: Path) -> None:
    fork = tmp_path / "fork"
    assert run("templates", "export", fork).exit_code == 0
    plain, forked = tmp_path / "plain", tmp_path / "forked"
    generate(plain)
    generate(forked, "--templates", fork)
    a, b = tree(plain), tree(forked)
    assert a.keys() == b.keys()
    assert [rel for rel in a if a[rel] != b[rel]] == ["_generation.json"]  # its templates digest differs


def test_templates_docs_prints_docs_templates_md() -> None:
    result = run("templates", "docs")
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")


# -- contract errors through the command line --------------------------------------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    target = tmp_path / "out"
    generate(target)
    return target


def _fork_with(tmp_path: Path, name: str, text: str) -> Path:
    fork = tmp_path / "forks"
    (fork / "package").mkdir(parents=True, exist_ok=True)
    (fork / "package" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return fork


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("op.summry", "Operation has no field 'summry', did you mean 'summary'?"),
        ("op.versions", "Operation has no field 'versions': renamed to 'editions'"),
        ("op.batch_call", "Operation has no field 'batch_call': renamed to 'call.kind'"),
        ("op.body.parts[0].is_fil", "Part has no field 'is_fil', did you mean 'is_file'?"),
    ],
)
def test_a_fork_reading_a_missing_field_gets_one_line_with_file_line_class_and_field(out: Path, tmp_path: Path, expression: str, message: str) -> None:
    fork = _fork_with(
        tmp_path,
        "resource.py.jinja",
        f"""\
        {{% extends "builtin/package/resource.py.jinja" %}}
        {{% block method %}}
        {{{{ super() }}}}
        {{% if op.body.kind == BodyKind.MULTIPART %}}
            # {{{{ {expression} }}}}
        {{% endif %}}
        {{% endblock %}}
        """,
    )
    before = tree(out)
    result = run("generate", "--spec", MINI, "--out", out, "--templates", fork)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"{fork / 'package' / 'resource.py.jinja'}:5: error: {message} {SUFFIX}",
        "akeneo-codegen: 1 error(s); nothing was written",
    ]
    assert tree(out) == before


def test_a_misspelled_field_in_a_model_block_is_found_by_check_too(out: Path, tmp_path: Path) -> None:
    fork = _fork_with(
        tmp_path,
        "models.py.jinja",
        """\
        {% extends "builtin/package/models.py.jinja" %}
        {% block model_members %}
            # {{ m.fields | map(attribute="pyton_name") | join(", ") }}
        {% endblock %}
        """,
    )
    result = run("check", "--spec", MINI, "--out", out, "--templates", fork)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"{fork / 'package' / 'models.py.jinja'}:3: error: Field has no field 'pyton_name', did you mean 'python_name'? {SUFFIX}"


def test_a_fork_for_another_contract_version_is_refused_naming_folder_and_versions(out: Path, tmp_path: Path) -> None:
    fork = _fork_with(tmp_path, "resources_init.py.jinja", '{{ header }}\n"""Mine."""\n')
    (fork / FORK_FILE).write_text(fork_record(TEMPLATE_CONTRACT + 1), encoding="utf-8")
    before = tree(out)
    result = run("generate", "--spec", MINI, "--out", out, "--templates", fork)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"{fork}: error: these templates were written for template contract {TEMPLATE_CONTRACT + 1}; "
        f"this akeneo-codegen has template contract {TEMPLATE_CONTRACT} (see docs/templates.md)",
        "akeneo-codegen: 1 error(s); nothing was written",
    ]
    assert tree(out) == before
    (fork / FORK_FILE).write_text(fork_record(), encoding="utf-8")
    generate(out, "--templates", fork)
    assert (out / "akeneo_pim" / "resources" / "__init__.py").read_text(encoding="utf-8").endswith('"""Mine."""\n')


# -- forked static files -----------------------------------------------------------------------------


def test_a_forked_async_static_file_reaches_the_output_with_its_sync_twin(out: Path, tmp_path: Path) -> None:
    fork = tmp_path / "fork"
    (fork / "static" / "_async").mkdir(parents=True)
    source = (TEMPLATES_DIR / "static" / "_async" / "_pagination.py").read_text(encoding="utf-8")
    (fork / "static" / "_async" / "_pagination.py").write_text(source + "\n\nasync def forked() -> AsyncHttp | None:\n    return None\n", encoding="utf-8")
    generate(out, "--templates", fork)
    pkg = out / "akeneo_pim"
    assert (pkg / "_async" / "_pagination.py").read_text(encoding="utf-8").endswith("async def forked() -> AsyncHttp | None:\n    return None\n")
    assert (pkg / "_sync" / "_pagination.py").read_text(encoding="utf-8").endswith("def forked() -> SyncHttp | None:\n    return None\n")


def test_a_change_to_a_forked_static_file_regenerates(out: Path, tmp_path: Path) -> None:
    fork = tmp_path / "fork"
    (fork / "static").mkdir(parents=True)
    extra = fork / "static" / "_extra.py"
    extra.write_text("VALUE = 1\n", encoding="utf-8")
    first = generate(out, "--templates", fork)
    assert "nothing changed" not in first.stdout
    assert "nothing changed" in generate(out, "--templates", fork).stdout
    extra.write_text("VALUE = 2\n", encoding="utf-8")
    again = generate(out, "--templates", fork)
    assert "nothing changed" not in again.stdout
    assert (out / "akeneo_pim" / "_extra.py").read_text(encoding="utf-8") == "VALUE = 2\n"
    check = run("check", "--spec", MINI, "--out", out, "--templates", fork)
    assert check.exit_code == 0, check.output
    shutil.rmtree(fork / "static")
    assert run("check", "--spec", MINI, "--out", out, "--templates", fork).exit_code == 1  # _extra.py is stale now
