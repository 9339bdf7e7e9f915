"""Formatting workers: started early for a cold generation of a large spec, used for the work,
and giving exactly what formatting in this process gives."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from generator import format as fmt
from generator import pipeline
from generator.files import RenderedFile
from generator.format import FORMAT_SALT, Workers, format_files
from generator.format_cache import FormatCache
from generator.options import Options
from tests.support.paths import MINI, SPEC_PATH


def _files(count: int) -> list[RenderedFile]:
    body = "".join(f"def f{i}( a,b = {i} ):\n  return {{'a':a,'b':b}}\n\n" for i in range(60))
    return [RenderedFile(PurePosixPath(f"pkg/m{n}.py"), body + f"X = {n}\n", format=True) for n in range(count)]


def test_started_workers_format_as_this_process_does() -> None:
    files = _files(40)
    assert sum(len(f.text) for f in files) >= fmt.STARTED_THRESHOLD
    workers = Workers()
    try:
        in_workers = format_files(files, workers=workers)
        assert workers.pool._processes  # (they are running)
    finally:
        workers.close()
    here = [f.text for f in format_files(files)]
    assert [f.text for f in in_workers] == here
    assert here[0].startswith("def f0(a, b=0):\n")


def test_workers_start_early_only_when_there_is_much_to_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "worker_count", lambda: 2)
    monkeypatch.setattr(pipeline, "worker_count", lambda: 2)
    empty = FormatCache(tmp_path / "cache", FORMAT_SALT)
    assert pipeline._formats_much(Options(spec=SPEC_PATH, out=tmp_path / "new"), empty)
    assert pipeline._formats_much(Options(spec=SPEC_PATH, out=tmp_path / "new"), None)  # --no-cache
    assert not pipeline._formats_much(Options(spec=MINI, out=tmp_path / "new"), empty)  # a small spec
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "_generation.json").write_text("{}")
    assert not pipeline._formats_much(Options(spec=SPEC_PATH, out=tmp_path / "old"), empty)  # reuse
    warm = FormatCache(tmp_path / "warm", FORMAT_SALT)
    warm.put(warm.key("x = 1\n"), "x = 1\n")
    assert not pipeline._formats_much(Options(spec=SPEC_PATH, out=tmp_path / "new"), warm)
    monkeypatch.setattr(pipeline, "worker_count", lambda: 1)
    assert not pipeline._formats_much(Options(spec=SPEC_PATH, out=tmp_path / "new"), empty)
