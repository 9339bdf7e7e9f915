"""The template contract (generator/contract.py): docs/templates.md matches the code, every
variable, block, class and field templates see is documented, and a fork reading a field that
does not exist, or written for another contract version, is told so precisely."""

from __future__ import annotations

import typing
from pathlib import Path, PurePosixPath
from types import UnionType
from typing import Any

import jinja2
import pytest

from generator import ir
from generator.contract import (
    BASE_CONTEXT,
    BLOCKS,
    CONTRACT_CLASSES,
    FORK_FILE,
    IR_CLASSES,
    REMOVED,
    RENAMED,
    TEMPLATE_CONTEXT,
    ContractFieldError,
    ForkVersionError,
    field_names,
    fork_record,
)
from generator.contract_doc import block_table, class_doc, contract_markdown, members
from generator.ir import TEMPLATE_CONTRACT, Api
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.render import make_environment, render
from generator.static import runtime_files, static_roots
from generator.unasync import unasync_source
from tests.support.paths import FIXTURE_SPECS, MINI, ROOT, STATIC


@pytest.fixture(scope="module")
def catalog() -> Api:
    return load_spec(FIXTURE_SPECS / "catalog.yaml", naming=NamingOverrides.load(FIXTURE_SPECS / "naming.yaml")).api


# -- the documentation ---------------------------------------------------------------------------


def test_docs_templates_md_is_the_contract_as_the_code_has_it() -> None:
    committed = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    assert committed == contract_markdown(), "docs/templates.md is out of date: akeneo-codegen templates docs > docs/templates.md"
    assert f"Template contract version: **{TEMPLATE_CONTRACT}**" in committed


def test_every_class_and_member_templates_see_is_documented() -> None:
    undocumented = [f"{cls.__name__}.{m.name}" for cls in CONTRACT_CLASSES for m in members(cls) if not m.doc]
    assert undocumented == []
    assert [cls.__name__ for cls in CONTRACT_CLASSES if not class_doc(cls)] == []
    # every dataclass field is listed, in order, with its annotation
    assert [m.name for m in members(ir.Field) if m.kind == "field"] == [f for f in field_names(ir.Field) if f in ir.Field.__dataclass_fields__]
    assert next(m for m in members(ir.Operation) if m.name == "call").type == "Call"


def _classes_in(hint: Any) -> set[type]:
    if isinstance(hint, UnionType) or typing.get_origin(hint) is not None:
        return {c for arg in typing.get_args(hint) for c in _classes_in(arg)}
    return {hint} if isinstance(hint, type) and hint.__module__ == ir.__name__ else set()


def test_the_documented_classes_are_every_model_class_reachable_from_api() -> None:
    """A new class in the model (a new call kind, say) must join the contract to be documented."""
    seen: set[type] = set()
    todo = [ir.Api]
    while todo:
        cls = todo.pop()
        if cls in seen or not hasattr(cls, "__dataclass_fields__"):
            continue
        seen.add(cls)
        hints = typing.get_type_hints(cls, vars(ir))
        todo += [c for hint in hints.values() for c in _classes_in(hint)]
    assert seen == set(IR_CLASSES)


def test_each_template_receives_exactly_the_documented_variables(catalog: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    received: dict[str, set[str]] = {}
    real = jinja2.Template.render

    def spy(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        received.setdefault(str(self.name), set()).update(kwargs)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", spy)
    render(catalog, make_environment(), with_tests=True, with_pyproject=True)
    documented = {name: set(BASE_CONTEXT) | set(extra) for name, (_, extra) in TEMPLATE_CONTEXT.items()}
    assert received == documented


def test_every_block_of_the_built_in_templates_is_described_and_none_is_stale() -> None:
    found = {block for blocks in block_table(jinja2.Environment()).values() for block, _, _ in blocks}
    assert found == set(BLOCKS)
    table = block_table(jinja2.Environment())
    # the blocks forks use most, where the brief of each template puts them
    resource = {b: (scoped, parent) for b, scoped, parent in table["package/resource.py.jinja"]}
    assert resource["method"] == (True, "methods") and resource["class_header"] == (True, None)
    models = {b: (scoped, parent) for b, scoped, parent in table["package/models.py.jinja"]}
    assert models["model_members"] == (True, "model")
    client = {b: (scoped, parent) for b, scoped, parent in table["package/_client.py.jinja"]}
    assert client["client_init_body"] == (True, "client_init")


def test_renamed_and_removed_fields_are_gone_and_renames_name_a_field() -> None:
    classes = {cls.__name__: cls for cls in CONTRACT_CLASSES}
    for cls_name, name in [*RENAMED, *REMOVED]:
        assert name not in field_names(classes[cls_name]), (cls_name, name)
    for (cls_name, _), new in RENAMED.items():
        assert new.split(".")[0] in field_names(classes[cls_name])


# -- reading a field that is not there ------------------------------------------------------------


def _render(tmp_path: Path, source: str, **context: Any) -> str:
    (tmp_path / "t.jinja").write_text(source, encoding="utf-8")
    return make_environment([tmp_path]).get_template("t.jinja").render(**context)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ op.summry }}", "Operation has no field 'summry', did you mean 'summary'?"),
        ("{% if op.summry is none %}x{% endif %}", "Operation has no field 'summry', did you mean 'summary'?"),
        ("{{ op['summry'] }}", "Operation has no field 'summry', did you mean 'summary'?"),
        ("{{ op.versions }}", "Operation has no field 'versions': renamed to 'editions'"),
        ("{{ op.retry }}", "Operation has no field 'retry': removed (the runtime decides what to retry)"),
        ("{{ op.body.knd }}", "Body has no field 'knd', did you mean 'kind'?"),
        ("{{ [op] | map(attribute='zzz') | list }}", "Operation has no field 'zzz'"),
        ("{{ op.return_type.anotation }}", "TypeRef has no field 'anotation', did you mean 'annotation'?"),
    ],
)
def test_a_missing_field_names_the_class_and_the_field(catalog: Api, tmp_path: Path, source: str, message: str) -> None:
    op = catalog.operations[0]
    with pytest.raises(ContractFieldError) as caught:
        _render(tmp_path, "line one\n" + source, op=op)
    assert caught.value.message == message
    assert caught.value.line() == f"{tmp_path / 't.jinja'}:2: error: {message} (template contract {TEMPLATE_CONTRACT}: see docs/templates.md)"


def test_fields_and_other_objects_read_as_before(catalog: Api, tmp_path: Path) -> None:
    op = catalog.operations[0]
    text = _render(tmp_path, "{{ op.python_name }} {{ op['python_name'] }} {{ d.k }} {{ d['k'] }} {{ op.call.kind }}", op=op, d={"k": "v"})
    assert text == f"{op.python_name} {op.python_name} v v {op.call.kind}"
    with pytest.raises(jinja2.UndefinedError) as caught:
        _render(tmp_path, "{{ d.nope }}", d={})
    assert not isinstance(caught.value, ContractFieldError)


# -- the contract version a fork records ----------------------------------------------------------


def test_a_fork_recording_this_contract_is_accepted_and_another_refused(tmp_path: Path) -> None:
    (tmp_path / FORK_FILE).write_text(fork_record(), encoding="utf-8")
    make_environment([tmp_path])
    (tmp_path / FORK_FILE).write_text(fork_record(TEMPLATE_CONTRACT + 1), encoding="utf-8")
    with pytest.raises(ForkVersionError) as caught:
        make_environment([tmp_path])
    assert caught.value.line() == (
        f"{tmp_path}: error: these templates were written for template contract {TEMPLATE_CONTRACT + 1}; "
        f"this akeneo-codegen has template contract {TEMPLATE_CONTRACT} (see docs/templates.md)"
    )


@pytest.mark.parametrize(("text", "expected"), [("contract = '1'\n", "not '1'"), ("contract = [\n", "cannot be read"), ("other = 1\n", "not None")])
def test_an_unreadable_contract_record_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    (tmp_path / FORK_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(ForkVersionError) as caught:
        make_environment([tmp_path])
    assert caught.value.line().startswith(f"{tmp_path}: error: {FORK_FILE} ") and expected in caught.value.line()


# -- static files of a fork ------------------------------------------------------------------------


def test_a_forked_static_file_shadows_the_built_in_one_and_gets_its_sync_twin(tmp_path: Path) -> None:
    fork = tmp_path / "fork"
    source = (STATIC / "_async" / "_pagination.py").read_text(encoding="utf-8") + "\n\nasync def forked_helper() -> int:\n    return 1\n"
    (fork / "static" / "_async").mkdir(parents=True)
    (fork / "static" / "_async" / "_pagination.py").write_text(source, encoding="utf-8")
    (fork / "static" / "_extra.py").write_text("EXTRA = 1\n", encoding="utf-8")
    (fork / "static" / "_async" / "_auth.py").write_text("# the fork's async auth\n", encoding="utf-8")
    (fork / "static" / "_sync").mkdir()
    (fork / "static" / "_sync" / "_auth.py").write_text("# the fork's own sync auth\n", encoding="utf-8")
    files = {f.path.as_posix(): f for f in runtime_files(static_roots([fork]), PurePosixPath("pkg"), standalone=False)}
    builtin = {f.path.as_posix(): f for f in runtime_files(STATIC, PurePosixPath("pkg"), standalone=False)}
    assert files["pkg/_async/_pagination.py"].text == source
    assert files["pkg/_sync/_pagination.py"].text == unasync_source(source)
    assert "def forked_helper() -> int:" in files["pkg/_sync/_pagination.py"].text
    assert files["pkg/_extra.py"].text == "EXTRA = 1\n"  # a new file
    assert files["pkg/_sync/_auth.py"].text == "# the fork's own sync auth\n"  # taken as is, not derived
    assert set(files) == set(builtin) | {"pkg/_extra.py"}
    assert all(files[p].text == builtin[p].text for p in builtin if "_pagination" not in p and "_auth" not in p)


def test_static_roots_put_each_fork_first_in_order(tmp_path: Path) -> None:
    first, second, empty = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for fork, text in ((first, "A = 1\n"), (second, "B = 1\n")):
        (fork / "static").mkdir(parents=True)
        (fork / "static" / "_types.py").write_text(text, encoding="utf-8")
    empty.mkdir()
    roots = static_roots([first, second, empty])
    assert roots == (first / "static", second / "static", STATIC)
    files = {f.path.as_posix(): f.text for f in runtime_files(roots, PurePosixPath("pkg"), standalone=False)}
    assert files["pkg/_types.py"] == "A = 1\n"


def test_render_takes_static_files_from_the_environments_forks(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "_extra.py").write_text("EXTRA = 1\n", encoding="utf-8")
    api = load_spec(MINI).api
    paths = {f.path.as_posix(): f.text for f in render(api, make_environment([tmp_path]), with_tests=False)}
    assert paths[f"{api.package_name}/_extra.py"] == "EXTRA = 1\n"
    assert f"{api.package_name}/_extra.py" not in {f.path.as_posix() for f in render(api, make_environment(), with_tests=False)}
