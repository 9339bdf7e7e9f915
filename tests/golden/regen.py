"""Regenerate the golden trees: ``python -m tests.golden.regen [case ...]`` (default: all).

Review the diff before committing it: it is what the change does to generated code.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from ._cases import CASES, GOLDEN, rendered_files


def regenerate(case: str) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        files = rendered_files(case, Path(scratch) / "out")
    target = GOLDEN / case
    if target.exists():
        shutil.rmtree(target)
    for rel, text in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return len(files)


def main(argv: list[str]) -> int:
    cases = argv or list(CASES)
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        print(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}", file=sys.stderr)
        return 2
    for case in cases:
        print(f"{case}: {regenerate(case)} files -> {GOLDEN / case}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
