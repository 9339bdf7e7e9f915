"""The format cache: a text any run formatted is not formatted again, in any output folder;
what it stores is keyed by the rendered text, the formatter and the Python version, and a
damaged or unwritable cache never changes the output or fails the run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

import pytest

from generator import format as fmt
from generator.diagnostics import SpecError
from generator.files import RenderedFile
from generator.format import FORMAT_SALT, format_files
from generator.format_cache import ENV_VAR, MAX_ENTRIES, FormatCache, default_cache_dir
from generator.pipeline import Options, generate

UGLY = "def f( a,b = 1 ):\n  return {'a':a,'b':b}\n"
PRETTY = 'def f(a, b=1):\n    return {"a": a, "b": b}\n'
MINI = Path("tests/fixtures/specs/mini.yaml")


def _file(text: str, path: str = "pkg/m.py") -> RenderedFile:
    return RenderedFile(PurePosixPath(path), text, format=True)


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts black is asked to format, in this process."""
    seen: list[str] = []
    real = fmt._format_one

    def spy(job: fmt._Job) -> fmt._Done:
        seen.append(job.text)
        return real(job)

    monkeypatch.setattr(fmt, "_format_one", spy)
    return seen


def test_a_text_formatted_once_is_taken_from_the_cache(tmp_path: Path, formatted: list[str]) -> None:
    cache = FormatCache(tmp_path, FORMAT_SALT)
    [first] = format_files([_file(UGLY)], cache=cache)
    [second] = format_files([_file(UGLY, "other/place.py")], cache=FormatCache(tmp_path, FORMAT_SALT))
    assert first.text == second.text == PRETTY
    assert formatted == [UGLY]  # the second run found it in the cache
    assert second.rendered_sha256 == first.rendered_sha256


def test_the_key_holds_the_formatter_and_python(tmp_path: Path, formatted: list[str]) -> None:
    format_files([_file(UGLY)], cache=FormatCache(tmp_path, FORMAT_SALT))
    format_files([_file(UGLY)], cache=FormatCache(tmp_path, FORMAT_SALT + " another version"))
    assert formatted == [UGLY, UGLY]
    assert FormatCache(tmp_path, "a").key(UGLY) != FormatCache(tmp_path, "b").key(UGLY)


def test_a_file_that_does_not_compile_is_not_cached(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path, FORMAT_SALT)
    bad = "def f(a, a):\n    pass\n"
    for _ in range(2):  # an error every time: nothing was stored that would hide it
        with pytest.raises(SpecError):
            format_files([_file(bad)], cache=cache)
    assert not list(tmp_path.rglob("*"))


def test_a_cached_text_is_compiled_again(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path, FORMAT_SALT)
    cache.put(cache.key(UGLY), "def f(a, a):\n    pass\n")  # tampered with
    with pytest.raises(SpecError, match="does not compile: duplicate argument"):
        format_files([_file(UGLY)], cache=cache)


def test_a_damaged_entry_is_a_miss(tmp_path: Path, formatted: list[str]) -> None:
    cache = FormatCache(tmp_path, FORMAT_SALT)
    key = cache.key(UGLY)
    path = tmp_path / key[:2] / key
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe not utf-8")
    [out] = format_files([_file(UGLY)], cache=cache)
    assert out.text == PRETTY
    assert formatted == [UGLY]
    assert path.read_text() == PRETTY  # repaired


def test_a_cache_folder_that_is_a_file_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    [out] = format_files([_file(UGLY)], cache=FormatCache(blocker, FORMAT_SALT))
    assert out.text == PRETTY


def test_the_cache_is_pruned_oldest_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.format_cache.MAX_ENTRIES", 8)
    cache = FormatCache(tmp_path, FORMAT_SALT)
    texts = [f"x = {i}\n" for i in range(9)]
    for age, text in enumerate(texts):
        cache.put(cache.key(text), text)
        path = tmp_path / cache.key(text)[:2] / cache.key(text)
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    cache.get(cache.key(texts[0]))  # used now: the newest
    cache.prune()
    kept = {p.read_text() for p in tmp_path.glob("??/*")}
    assert kept == {texts[0], *texts[4:]}  # 9 > 8 entries: down to 6, least recently used gone
    assert MAX_ENTRIES > 1000


def test_the_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "here"))
    assert FormatCache.default(FORMAT_SALT).root == tmp_path / "here" / "format"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert default_cache_dir() == tmp_path / "xdg" / "akeneo-codegen"
    assert FormatCache.default(FORMAT_SALT).root == default_cache_dir() / "format"


def test_generation_fills_and_uses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formatted: list[str]) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    first = generate(Options(spec=MINI, out=tmp_path / "a", with_tests=False))
    count = len(formatted)
    assert count > 5
    assert list((tmp_path / "cache" / "format").glob("??/*"))
    second = generate(Options(spec=MINI, out=tmp_path / "b", with_tests=False))  # another, empty folder
    assert len(formatted) == count  # nothing formatted again
    assert [f.text for f in first.files] == [f.text for f in second.files]
    shutil.rmtree(tmp_path / "b")
    generate(Options(spec=MINI, out=tmp_path / "b", with_tests=False, cache=False))
    assert len(formatted) == 2 * count  # --no-cache: every file formatted
