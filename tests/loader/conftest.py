"""Helpers for loader tests: write inline spec fragments to files and load them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.dialects import dialect_named
from generator.loader import LoadResult, load_spec
from generator.loader.naming import NamingOverrides

HEAD = """\
openapi: 3.1.0
info: {title: Test API, version: "1"}
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """``write("a.yaml", text)``: the dedented text in ``tmp_path/a.yaml``."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load(write: Callable[[str, str], Path]) -> Callable[..., LoadResult]:
    """``load(paths_yaml, components_yaml="", naming=None, dialect="akeneo")``: a 3.1 document
    with those ``paths`` and ``components`` (YAML text, indented as top-level blocks), loaded.

    The fragments exercise Akeneo's kinds of operation (batches, uploads, search, pagination), so
    they are read in the Akeneo dialect unless ``dialect`` says otherwise (``"generic"``)."""

    def _load(paths: str, components: str = "", naming: dict[str, object] | None = None, dialect: str = "akeneo") -> LoadResult:
        text = HEAD + "paths:\n" + textwrap.indent(textwrap.dedent(paths), "  ")
        if components.strip():
            text += "components:\n" + textwrap.indent(textwrap.dedent(components), "  ")
        path = write("spec.yaml", text)
        overrides = NamingOverrides.from_mapping(naming) if naming is not None else None
        return load_spec(path, naming=overrides, dialect=dialect_named(dialect))

    return _load
