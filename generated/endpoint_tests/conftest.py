# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Modes, the ``endpoint`` fixture and the coverage report of the endpoint tests.

Choose a mode with ``--endpoint-mode`` or ``AKENEO_TEST_MODE``:

- ``offline`` (the default without a base URL): answers come from the spec's examples, in process.
- ``prism``: ``AKENEO_TEST_BASE_URL`` (or ``--endpoint-base-url``) is a Prism mock server serving
  the spec with request validation (``prism mock --errors``); what Prism cannot serve faithfully
  runs against a loopback server these tests start.
- ``live`` (the default when a base URL is given): a real PIM. Credentials come from
  ``AKENEO_TEST_TOKEN`` or ``AKENEO_TEST_CLIENT_ID``, ``AKENEO_TEST_SECRET``,
  ``AKENEO_TEST_USERNAME``, ``AKENEO_TEST_PASSWORD``. Only operations that read are run unless
  ``AKENEO_TEST_ALLOW_WRITES=1``.

The package under test is ``akeneo_pim``; ``--endpoint-package myapp._vendor.akeneo_pim`` (or
``AKENEO_TEST_PACKAGE``) tests a copy vendored under another module path (see
_package.py). Nothing here imports it before that choice is made.

After the run, a summary tells how many operations were exercised (sync and async calls both
passed); ``--endpoint-report PATH`` (or ``AKENEO_TEST_REPORT``) writes it as JSON too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._operations import OPERATIONS
from ._package import NAME, use_package

if TYPE_CHECKING:  # (the harness imports the package: see pytest_configure)
    from ._harness import Endpoint, Session

CALLS = pytest.StashKey[list[tuple[str, str, str]]]()
SESSION: pytest.StashKey[Session] = pytest.StashKey()
RESULTS = pytest.StashKey[dict[str, dict[str, Any]]]()
FLAVOURS = ("sync", "async")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("endpoint tests")
    group.addoption(
        "--endpoint-mode",
        default=None,
        help="offline | prism | live (env AKENEO_TEST_MODE)",
    )
    group.addoption(
        "--endpoint-base-url",
        default=None,
        help="Prism's or the PIM's URL (env AKENEO_TEST_BASE_URL)",
    )
    group.addoption(
        "--endpoint-report",
        default=None,
        help="write the coverage report as JSON (env AKENEO_TEST_REPORT)",
    )
    group.addoption(
        "--endpoint-package",
        default=None,
        help=f"the dotted path to import the tested package from (default {NAME}; env AKENEO_TEST_PACKAGE)",
    )


def _option(config: pytest.Config, name: str, env: str) -> str | None:
    value = config.getoption(name, default=None)
    return str(value) if value else os.environ.get(env) or None


def pytest_configure(config: pytest.Config) -> None:
    package = _option(config, "--endpoint-package", "AKENEO_TEST_PACKAGE") or NAME
    try:
        use_package(package)
    except ImportError as exc:
        raise pytest.UsageError(
            f"endpoint tests: cannot import the package {package!r}: {exc}"
        ) from exc
    from ._harness import MODES, Session  # noqa: PLC0415 (it imports the package, chosen above)

    base_url = _option(config, "--endpoint-base-url", "AKENEO_TEST_BASE_URL")
    mode = _option(config, "--endpoint-mode", "AKENEO_TEST_MODE")
    mode = mode or ("live" if base_url else "offline")
    if mode not in MODES:
        raise pytest.UsageError(
            f"endpoint tests: unknown mode {mode!r} (one of {', '.join(MODES)})"
        )
    if mode != "offline" and not base_url:
        raise pytest.UsageError(
            f"endpoint tests: the {mode} mode needs AKENEO_TEST_BASE_URL or --endpoint-base-url"
        )
    credentials = {
        key: value
        for key in ("client_id", "secret", "username", "password")
        if (value := os.environ.get(f"AKENEO_TEST_{key.upper()}"))
    }
    config.stash[SESSION] = Session(
        mode=mode,
        base_url=base_url.rstrip("/") if base_url else None,
        token=os.environ.get("AKENEO_TEST_TOKEN") or None,
        credentials=credentials,
        allow_writes=os.environ.get("AKENEO_TEST_ALLOW_WRITES", "").lower() in ("1", "true", "yes"),
    )
    config.stash[RESULTS] = {}


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.stash.get(SESSION, None)
    if session is not None:
        session.close()


@pytest.fixture
def endpoint(request: pytest.FixtureRequest) -> Generator[Endpoint, None, None]:
    """Runs a generated method against the mode's server and checks the requests it sent."""
    from ._harness import Endpoint  # noqa: PLC0415 (see pytest_configure)

    calls: list[tuple[str, str, str]] = []
    request.node.stash[CALLS] = calls
    yield Endpoint(request.config.stash[SESSION], calls)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    calls = item.stash.get(CALLS, None)
    if calls and (report.when == "call" or report.failed):
        results = item.config.stash[RESULTS]
        outcome = "failed" if report.failed else report.outcome
        reason = ""
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = str(report.longrepr[2]).removeprefix("Skipped: ")
        for operation, flavour, target in calls:
            entry = results.setdefault(operation, {"target": target})
            previous = entry.get(flavour)
            if previous != "failed" and not (previous == "passed" and outcome != "failed"):
                entry[flavour] = outcome
            if reason:
                entry["reason"] = reason
    return report


def coverage(config: pytest.Config) -> dict[str, Any]:
    """The report: which operations were exercised (both flavours passed) in this mode."""
    results = config.stash.get(RESULTS, {})
    session = config.stash[SESSION]
    exercised = sorted(
        op for op in OPERATIONS if all(results.get(op, {}).get(f) == "passed" for f in FLAVOURS)
    )
    missing = {}
    for op in sorted(set(OPERATIONS) - set(exercised)):
        entry = results.get(op, {})
        states = [f"{f} {entry.get(f, 'not run')}" for f in FLAVOURS]
        missing[op] = ", ".join(states) + (f" ({entry['reason']})" if entry.get("reason") else "")
    targets: dict[str, int] = {}
    for op in exercised:
        kind = results[op]["target"]
        targets[kind] = targets.get(kind, 0) + 1
    return {
        "mode": session.mode,
        "total": len(OPERATIONS),
        "exercised": len(exercised),
        "targets": targets,
        "missing": missing,
        "operations": {op: results.get(op, {}) for op in sorted(OPERATIONS)},
    }


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if SESSION not in config.stash:
        return
    data = coverage(config)
    where = ", ".join(f"{count} against {kind}" for kind, count in sorted(data["targets"].items()))
    terminalreporter.write_sep("-", "endpoint coverage")
    terminalreporter.write_line(
        f"endpoint tests ({data['mode']}): {data['exercised']}/{data['total']} operations exercised"
        + (f" ({where})" if where else "")
    )
    for op, why in list(data["missing"].items())[:20]:
        terminalreporter.write_line(f"  not exercised: {op}: {why}")
    if len(data["missing"]) > 20:
        terminalreporter.write_line(f"  ... and {len(data['missing']) - 20} more")
    path = _option(config, "--endpoint-report", "AKENEO_TEST_REPORT")
    if path:
        Path(path).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
