"""Shared helpers of the spec tests: load our spec, walk its operations, resolve references."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML

from tests.support.paths import SPEC_PATH

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    """Our spec as plain data (parsed once per session)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = YAML(typ="safe", pure=True).load(fh)
    return data


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) for every operation of an OpenAPI or Swagger document."""
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield method.upper(), path, op


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until reaching a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are used, got {ref}"
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
