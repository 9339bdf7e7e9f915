"""Fixtures shared by the render tests."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.support.packages import on_sys_path
from tests.support.paths import GENERATED


@pytest.fixture(scope="module")
def akeneo() -> Iterator[ModuleType]:
    """The committed client, generated/akeneo_pim (on ``sys.path`` while the module runs)."""
    with on_sys_path(GENERATED):
        yield importlib.import_module("akeneo_pim")
