"""The golden cases and how their rendered files are produced (shared by regen and the tests).

A case is a spec in tests/fixtures/specs/<case>.yaml; its golden tree, tests/golden/<case>/,
holds every file the templates render for it. Files copied from templates/static (the
hand-written runtime, and the sync twins derived from it) and ``_generation.json`` are left
out: they do not depend on the spec and change with the runtime, not with the generator. The
generated endpoint tests (templates/endpoint_tests) are not part of the golden trees either.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from generator.files import RenderedFile
from generator.pipeline import Options, build_files
from generator.render import TEMPLATES_DIR
from generator.static import runtime_files
from generator.write import MANIFEST
from tests.support.paths import FIXTURE_SPECS as SPECS
from tests.support.paths import ROOT

GOLDEN = ROOT / "tests" / "golden"
CASES = ("catalog", "escaping", "mini")
PACKAGE = "akeneo_pim"


@contextmanager
def _in_root() -> Iterator[None]:
    """Spec paths in file headers are relative to the working folder: use the repository's."""
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(previous)


def rendered_files(case: str, scratch: Path) -> dict[str, str]:
    """Relative path -> text of every rendered (non-static) file of ``case``.

    ``scratch`` is an empty folder standing for the output folder (nothing is written there).
    """
    with _in_root():
        opts = Options(spec=Path("tests/fixtures/specs") / f"{case}.yaml", out=scratch, package_name=PACKAGE, with_tests=False)
        files = build_files(opts).files
    # standalone=False: the package's _meta.py is rendered (and so part of the golden tree)
    static = {f.path for f in runtime_files(TEMPLATES_DIR / "static", PurePosixPath(PACKAGE), standalone=False)}
    return {f.path.as_posix(): f.text for f in files if _is_rendered(f, static)}


def _is_rendered(f: RenderedFile, static: set[PurePosixPath]) -> bool:
    return f.path not in static and f.path.as_posix() != MANIFEST


def golden_files(case: str) -> dict[str, str]:
    folder = GOLDEN / case
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
