"""Where things are, for every test: the repository, its specs, and the upstream description."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "akeneo-pim.yaml"
#: The Akeneo dialect's built-in naming file (applied to every Akeneo spec without being named).
NAMING_PATH = ROOT / "generator" / "dialects" / "akeneo_naming.yaml"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "templates"
STATIC = TEMPLATES / "static"
FIXTURE_SPECS = ROOT / "tests" / "fixtures" / "specs"
MINI = FIXTURE_SPECS / "mini.yaml"
#: Akeneo's upstream description (Swagger 2.0): data beside the repository, never copied into it.
UPSTREAM_PATH = ROOT.parent / "shared" / "reference" / "akeneo-web-api.json"


def require_upstream() -> Path:
    """The upstream description's path; a missing file fails the calling test (never a skip)."""
    if not UPSTREAM_PATH.is_file():
        pytest.fail(f"upstream description missing: {UPSTREAM_PATH} (it lives in ../shared/reference/)", pytrace=False)
    return UPSTREAM_PATH
