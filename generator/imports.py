"""Import sections of generated modules, ordered as isort (and ruff's ``I`` rules) order them."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

_DIGITS = re.compile(r"(\d+)")


def isort_key(name: str) -> tuple[int, list[object]]:
    """The order ruff gives ``__all__`` and imported names: CONSTANTS, Classes, others; natural."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, [int(t) if t.isdigit() else t for t in _DIGITS.split(name)]


def _name_key(name: str) -> tuple[int, list[object]]:
    return isort_key(name.split(" as ", maxsplit=1)[0])


def import_lines(std: dict[str, set[str]], local: dict[str, set[str]], plain: AbstractSet[str] = frozenset()) -> list[list[str]]:
    """isort-ordered import sections (standard library, then relative), as lists of lines."""
    std_lines = [f"import {m}" for m in sorted(plain)]
    std_lines += [f"from {m} import {', '.join(sorted(n, key=_name_key))}" for m, n in sorted(std.items()) if n]
    local_lines: list[str] = []
    for m, names in sorted(local.items(), key=lambda kv: kv[0].lower()):
        plain_names = sorted((n for n in names if " as " not in n), key=_name_key)
        aliased = sorted((n for n in names if " as " in n), key=_name_key)
        if plain_names:
            local_lines.append(f"from {m} import {', '.join(plain_names)}")
        local_lines += [f"from {m} import {n}" for n in aliased]
    return [section for section in (std_lines, local_lines) if section]
