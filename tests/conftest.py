from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.runtime_pkg import runtime_package  # noqa: E402


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The runtime package (with overlays) built from templates/static (async sources + sync
    twins), shared by the runtime and the overlay tests."""
    return runtime_package(tmp_path_factory.mktemp("runtime"))
