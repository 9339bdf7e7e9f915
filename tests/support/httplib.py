"""The HTTP library the tests drive the runtime with: httpx2 (what the package is generated for
by default), or httpx with ``AKENEO_TEST_HTTP_LIBRARY=httpx`` (tests/run.sh runs the runtime and
overlay tests once with each). Tests write ``from tests.support.httplib import httpx``."""

from __future__ import annotations

import importlib
import os

#: ``httpx2`` or ``httpx``: the import name of the library under test
HTTP_LIBRARY = os.environ.get("AKENEO_TEST_HTTP_LIBRARY", "httpx2")
if HTTP_LIBRARY not in ("httpx2", "httpx"):
    raise RuntimeError(f"AKENEO_TEST_HTTP_LIBRARY={HTTP_LIBRARY!r}: use httpx2 or httpx")

httpx = importlib.import_module(HTTP_LIBRARY)

__all__ = ["HTTP_LIBRARY", "httpx"]
