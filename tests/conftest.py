from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.format_cache import ENV_VAR as FORMAT_CACHE_ENV  # noqa: E402
from tests.support.runtime_pkg import runtime_package  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    """One format cache for the whole run, in a folder of its own: the tests neither read nor
    fill the user's cache, and generating the same specs again and again formats them once."""
    cache = Path(tempfile.mkdtemp(prefix="akeneo-codegen-format-"))
    config.add_cleanup(lambda: shutil.rmtree(cache, ignore_errors=True))
    os.environ[FORMAT_CACHE_ENV] = str(cache)


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The runtime package (with overlays) built from templates/static (async sources + sync
    twins), shared by the runtime and the overlay tests."""
    return runtime_package(tmp_path_factory.mktemp("runtime"))
