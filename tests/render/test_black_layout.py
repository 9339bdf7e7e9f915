"""Rendered code comes out as black lays it out, so black formats it in one pass (black runs a
second pass whenever its first one changes the text): literal and call layout, blank lines,
string quotes. The output is black's either way; these keep generation fast."""

from __future__ import annotations

import ast
import string
from pathlib import Path, PurePosixPath

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.files import TEMPLATES_DIR
from generator.format import MODE, tidy_blank_lines
from generator.literals import Code, py_call_layout, py_layout
from generator.loader import load_spec
from generator.loader.naming import NamingOverrides
from generator.options import Options, display_name, naming_path
from generator.render import make_environment, render
from generator.static import runtime_files
from tests.support.paths import SPEC_PATH

words = st.text(alphabet=string.ascii_letters + "_-'\" é", max_size=30)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | words,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(words, inner, max_size=6),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, name=st.sampled_from(["X", "A_LONGER_CONSTANT_NAME_FOR_THE_BODY"]), indent=st.sampled_from([0, 4, 8]))
def test_literals_are_laid_out_as_black_lays_them_out(value: object, name: str, indent: int) -> None:
    head = " " * indent + f"{name}: object = "
    laid_out = py_layout(value, head)
    source = f"if True:\n    if True:\n{laid_out}\n" if indent == 8 else f"if True:\n{laid_out}\n" if indent == 4 else laid_out + "\n"
    assert black.format_str(source, mode=MODE) == source
    assert ast.literal_eval(laid_out.split(" = ", 1)[1]) == value


@pytest.mark.parametrize("args", [["a=1"], ["default=None", 'alias="attribute_requirements"'], [f"argument_{i}=value_{i}" for i in range(12)]])
def test_calls_are_laid_out_as_black_lays_them_out(args: list[str]) -> None:
    head = "    attribute_requirements: dict[str, list[str]] | None = _pd.Field("
    source = "class A:\n" + py_call_layout(head, args, ")") + "\n"
    assert black.format_str(source, mode=MODE) == source


def test_code_members_are_written_as_they_are() -> None:
    names = {f"param_{i}": Code(f"param_{i}") for i in range(8)}
    laid_out = py_layout(names, "        query=", ",")
    assert laid_out.splitlines()[1] == '            "param_0": param_0,'
    source = "def f():\n    g(\n        a,\n" + laid_out + "\n    )\n"
    assert black.format_str(source, mode=MODE) == source


def test_blank_lines_are_tidied_as_black_would_and_strings_are_left_alone() -> None:
    text = (
        "\n\nimport os\n\nX = \"\"\"a\n\n\n\n   \nb\"\"\"\n\n\n\n"
        "def f(\n    a,\n\n    \n    b,\n):\n    x = 1\n    \n\n\n    return g(\n\n        a,\n    )\n\n\n\n"
    )
    tidy = tidy_blank_lines(text)
    assert black.format_str(tidy, mode=MODE) == black.format_str(text, mode=MODE) == tidy
    assert "a\n\n\n\n   \nb" in tidy  # the string's lines, spaces included
    assert tidy_blank_lines("def f(:\n\n\n") == "def f(:\n\n\n"  # does not tokenize: as it is


def test_the_akeneo_package_needs_one_black_pass() -> None:
    opts = Options(spec=SPEC_PATH, out=Path("unused"))
    api = load_spec(SPEC_PATH, naming=NamingOverrides.load(naming_path(opts)), source_name=display_name(SPEC_PATH)).api
    files = [f for f in render(api, make_environment(), with_tests=False) if f.format]
    unstable = {f.template for f in files if black.format_str(tidy_blank_lines(f.text), mode=MODE) != tidy_blank_lines(f.text)}
    resources = [f for f in files if f.template == "package/resource.py.jinja"]
    assert len(resources) > 30
    assert "package/resource.py.jinja" not in unstable
    models = [f for f in files if f.template == "package/models.py.jinja"]
    stable_models = [f for f in models if black.format_str(tidy_blank_lines(f.text), mode=MODE) == tidy_blank_lines(f.text)]
    assert len(stable_models) >= len(models) * 2 // 3  # the rest: long Literal[...] annotations


def test_the_runtime_and_its_sync_twins_are_black_stable_and_twins_are_not_formatted_again(tmp_path: Path) -> None:
    """Every built-in static module is as black writes it, and so is the sync twin derived from
    each built-in async one: the twins are written as derived (black would change nothing).
    A fork's async source still gets a formatted twin."""
    files = runtime_files(TEMPLATES_DIR / "static", PurePosixPath("pkg"), standalone=False)
    python = [f for f in files if f.path.suffix == ".py"]
    assert len(python) > 20
    for f in python:
        assert black.format_str(tidy_blank_lines(f.text), mode=MODE) == f.text, f.path
    twins = [f for f in python if "_sync" in f.path.parts]
    assert len(twins) >= 10 and not any(f.format for f in twins)
    fork = tmp_path / "static" / "_async"
    fork.mkdir(parents=True)
    (fork / "_gate.py").write_text((TEMPLATES_DIR / "static" / "_async" / "_gate.py").read_text(encoding="utf-8") + "\n# forked\n", encoding="utf-8")
    forked = runtime_files((tmp_path / "static", TEMPLATES_DIR / "static"), PurePosixPath("pkg"), standalone=False)
    formatted = {f.path.as_posix() for f in forked if f.format}
    assert formatted == {"pkg/_sync/_gate.py"}
