"""``--formatter ruff``: one ``ruff format`` run formats the output (black stays the default);
the manifest, the format cache and the run record know which formatter wrote what, and code
that does not parse or compile is still an error naming the file."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diagnostics import SpecError
from generator.files import RenderedFile
from generator.format import FORMAT_SALT, Formatter, format_files
from tests.support.paths import MINI

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is a test dependency")

RUFF = Formatter.named("ruff")


def _file(path: str, text: str) -> RenderedFile:
    return RenderedFile(PurePosixPath(path), text, format=True)


def test_ruff_formats_every_file_in_one_run() -> None:
    files = [_file(f"pkg/m{i}.py", f"def f( a,b = {i} ):\n  return {{'a':a}}\n") for i in range(3)]
    out = format_files(files, formatter=RUFF)
    assert [f.text for f in out] == [f'def f(a, b={i}):\n    return {{"a": a}}\n' for i in range(3)]
    check = subprocess.run([sys.executable, "-m", "ruff", "format", "--check", "--isolated", "--line-length", "100", "-"], input=out[0].text, text=True, capture_output=True, check=False)
    assert check.returncode == 0


def test_code_that_does_not_parse_or_compile_is_an_error() -> None:
    with pytest.raises(SpecError) as caught:
        format_files([_file("pkg/a.py", "def f(:\n    pass\n"), _file("pkg/b.py", "def g(a, a):\n    pass\n"), _file("pkg/c.py", "x = 1\n")], formatter=RUFF)
    messages = [d.render() for d in caught.value.diagnostics]
    assert len(messages) == 2
    assert messages[0].startswith("pkg/a.py") and "does not parse" in messages[0]
    assert "pkg/b.py" in messages[1] and "duplicate argument 'a'" in messages[1]


def test_the_formatter_is_recorded_and_keys_the_cache() -> None:
    assert RUFF.name.startswith("ruff ") and RUFF.salt != FORMAT_SALT
    assert Formatter.named("black").salt == FORMAT_SALT


def test_generate_and_check_with_ruff(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    done = runner.invoke(main, ["generate", "--spec", str(MINI), "--out", str(out), "--formatter", "ruff", "--no-cache"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert json.loads((out / "_generation.json").read_text())["formatter"] == RUFF.name
    same = runner.invoke(main, ["check", "--spec", str(MINI), "--out", str(out), "--formatter", "ruff", "--no-cache"], catch_exceptions=False)
    assert same.exit_code == 0, same.output
    models = next((out / "akeneo_pim" / "models").glob("f*.py"))
    check = subprocess.run([sys.executable, "-m", "ruff", "format", "--check", "--isolated", "--line-length", "100", str(models)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout


def test_a_missing_ruff_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: None if name == "ruff" else real(name, *args))
    done = CliRunner().invoke(main, ["generate", "--spec", str(MINI), "--out", str(tmp_path / "out"), "--formatter", "ruff", "--no-cache"], catch_exceptions=False)
    assert done.exit_code == 2
    assert "--formatter ruff needs ruff in this environment (pip install ruff)" in done.stderr
    assert "Traceback" not in done.output
    assert not (tmp_path / "out").exists()
