# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Every operation as the endpoint tests' servers see it: route, checks and example answer.

The rows are data, in ``_operations.json`` beside this module (written from the same
intermediate model as the tests); JSON arrays become the tuples :class:`Operation` holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._loopback import Operation


def _tuples(value: Any) -> Any:
    return tuple(_tuples(member) for member in value) if isinstance(value, list) else value


OPERATIONS: dict[str, Operation] = {
    row["id"]: Operation(**{name: _tuples(value) for name, value in row.items()})
    for row in json.loads(Path(__file__).with_name("_operations.json").read_text(encoding="utf-8"))
}
