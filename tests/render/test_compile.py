"""Every emitted Python file is compiled before it is written: code black parses but Python
cannot compile (symbol-table errors) is a generation error naming the file, line and template."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from generator import format as fmt
from generator.diagnostics import Level, SpecError
from generator.files import RenderedFile
from generator.format import compile_error, format_files, rendered_digest

VALID = 'def f(a, b=1):\n    return {"a": a, "b": b}\n'


def _file(path: str, text: str, *, format: bool = True, template: str | None = None) -> RenderedFile:
    return RenderedFile(PurePosixPath(path), text, format=format, template=template)


def _errors(files: list[RenderedFile]) -> list[str]:
    with pytest.raises(SpecError) as caught:
        format_files(files)
    assert all(d.level is Level.ERROR for d in caught.value.diagnostics)
    return [d.render() for d in caught.value.diagnostics]


def test_repeated_keyword_argument() -> None:
    text = "import httpx\n\n\ndef get(client):\n    return client.get('/', headers=1, headers=2)\n"
    with pytest.raises(SpecError) as caught:
        format_files([_file("akeneo_pim/resources/pets.py", text, template="package/resource.py.jinja")])
    [diag] = caught.value.diagnostics
    assert diag.file == "akeneo_pim/resources/pets.py"
    assert diag.line == 5
    assert diag.message == (
        "generated file akeneo_pim/resources/pets.py does not compile: keyword argument repeated: headers "
        "(line 5; template package/resource.py.jinja)"
    )
    assert diag.render().startswith("akeneo_pim/resources/pets.py:5: error: ")


def test_duplicate_parameter_names() -> None:
    [message] = _errors([_file("pkg/models/pet.py", "class Pet:\n    def __init__(self, name, name):\n        pass\n")])
    assert "generated file pkg/models/pet.py does not compile: duplicate argument 'name' in function definition (line 2)" in message


def test_return_at_module_level() -> None:
    [message] = _errors([_file("pkg/_client.py", "x = 1\nreturn x\n", template="package/_client.py.jinja")])
    assert "pkg/_client.py does not compile: 'return' outside function (line 2; template package/_client.py.jinja)" in message


def test_a_file_not_formatted_is_compiled_too() -> None:
    text = "async def f():\n    pass\n\n\ndef g():\n    nonlocal y\n"
    [message] = _errors([_file("pkg/_runtime.py", text, format=False)])
    assert "generated file pkg/_runtime.py does not compile: no binding for nonlocal 'y' found (line 6)" in message


def test_a_file_reused_from_the_last_run_is_compiled_too() -> None:
    rendered = VALID
    reuse = {"pkg/x.py": (rendered_digest(rendered), "yield 1\n")}
    with pytest.raises(SpecError) as caught:
        format_files([_file("pkg/x.py", rendered)], reuse)
    [diag] = caught.value.diagnostics
    assert "pkg/x.py does not compile: 'yield' outside function (line 1)" in diag.message


def test_every_problem_is_reported_at_once_in_file_order() -> None:
    files = [
        _file("pkg/a.py", "f(x=1, x=2)\n"),
        _file("pkg/ok.py", VALID),
        _file("pkg/b.py", "def f(:\n", template="package/b.py.jinja"),  # black cannot parse it
        _file("pkg/c.py", "break\n", format=False),
    ]
    messages = _errors(files)
    assert len(messages) == 3
    assert "pkg/a.py does not compile: keyword argument repeated: x" in messages[0]
    assert "rendered code does not parse" in messages[1]
    assert "(template package/b.py.jinja)" in messages[1]
    assert messages[1].startswith("pkg/b.py")
    assert "pkg/c.py does not compile: 'break' outside loop" in messages[2]


def test_valid_files_pass_through_unchanged() -> None:
    formatted = _file("pkg/ok.py", VALID, template="package/ok.py.jinja")
    static = _file("pkg/_static.py", "x   =  1\n", format=False)
    other = _file("pkg/README.md", "def f(a, a): return\n", format=False)  # not Python: never compiled
    data = _file("pkg/py.typed", "", format=False)
    out = format_files([formatted, static, other, data])
    assert out[0] == RenderedFile(formatted.path, VALID, format=True, rendered_sha256=rendered_digest(VALID), template="package/ok.py.jinja")
    assert out[1:] == [static, other, data]


def test_a_non_python_file_marked_for_formatting_is_not_compiled() -> None:
    [out] = format_files([_file("pkg/stub.txt", "f(a=1, a=2)\n")])
    assert out.text == "f(a=1, a=2)\n"


def test_compile_error_catches_what_a_parse_does_not() -> None:
    assert compile_error(VALID, "x.py") is None
    assert compile_error("f(a=1, a=2)\n", "x.py") == ("keyword argument repeated: a", 1)
    assert compile_error("x = '\\d'\n", "x.py") is None  # a warning, not an error (nor printed)
    message, _ = compile_error("x = 1\0\n", "x.py") or ("", None)
    assert "null bytes" in message


def test_files_formatted_in_worker_processes_are_compiled_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "PARALLEL_THRESHOLD", 0)
    monkeypatch.setattr(fmt.os, "cpu_count", lambda: 2)
    files = [
        _file("pkg/a.py", VALID),
        _file("pkg/b.py", "def f(a, a):\n    pass\n", template="package/b.py.jinja"),
        _file("pkg/c.py", "return\n", format=False),  # compiled here while the workers format
    ]
    messages = _errors(files)
    assert len(messages) == 2
    assert "pkg/b.py does not compile: duplicate argument 'a' in function definition (line 1; template package/b.py.jinja)" in messages[0]
    assert "pkg/c.py does not compile: 'return' outside function (line 1)" in messages[1]
