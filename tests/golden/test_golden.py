"""Rendered output of the fixture specs, compared file by file with tests/golden/<case>/.

On a difference: review it, and if it is intended run ``python -m tests.golden.regen``.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from ._cases import CASES, SPECS, golden_files, rendered_files

MAX_DIFF_LINES = 60


@pytest.mark.parametrize("case", CASES)
def test_rendered_files_match_the_golden_tree(case: str, tmp_path: Path) -> None:
    assert (SPECS / f"{case}.yaml").is_file()
    expected = golden_files(case)
    assert expected, f"tests/golden/{case}/ is empty: run python -m tests.golden.regen {case}"
    actual = rendered_files(case, tmp_path / "out")
    problems: list[str] = []
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    if missing:
        problems.append("no longer rendered: " + ", ".join(missing))
    if extra:
        problems.append("newly rendered: " + ", ".join(extra))
    for rel in sorted(set(expected) & set(actual)):
        if expected[rel] != actual[rel]:
            diff = list(
                difflib.unified_diff(
                    expected[rel].splitlines(keepends=True),
                    actual[rel].splitlines(keepends=True),
                    f"golden/{case}/{rel}",
                    f"rendered/{rel}",
                )
            )
            shown = "".join(diff[:MAX_DIFF_LINES])
            more = f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)\n" if len(diff) > MAX_DIFF_LINES else ""
            problems.append(shown + more)
    if problems:
        pytest.fail(
            f"{case}: rendered output differs from tests/golden/{case}/ "
            f"(if intended: python -m tests.golden.regen {case})\n\n" + "\n".join(problems),
            pytrace=False,
        )


def test_golden_trees_hold_no_runtime_files() -> None:
    for case in CASES:
        names = set(golden_files(case))
        assert "_generation.json" not in names
        assert not any("/_async/" in n or "/_sync/" in n or n.endswith("/errors.py") for n in names), case
