"""A generic spec's client is ``Client``/``AsyncClient`` and reads ``<PACKAGE>_*`` variables.

The Akeneo dialect names its client ``Akeneo`` and reads ``AKENEO_*`` (the committed
generated/akeneo_pim, and mini.yaml in test_generated_package.py); every other spec gets
``Client`` and the package name in capitals as the prefix. Generated from catalog.yaml (a
generic spec) into a temporary folder as ``catalog_shop``, so the prefix is ``CATALOG_SHOP``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.pipeline import Options, generate
from tests.support.packages import on_sys_path
from tests.support.paths import FIXTURE_SPECS

PACKAGE = "catalog_shop"
PREFIX = "CATALOG_SHOP"
SETTINGS = ("BASE_URL", "CLIENT_ID", "SECRET", "CLIENT_SECRET", "USERNAME", "PASSWORD", "TOKEN")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("names")
    generate(Options(spec=FIXTURE_SPECS / "catalog.yaml", out=folder, package_name=PACKAGE))
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> Iterator[ModuleType]:
    with on_sys_path(out, PACKAGE):
        yield importlib.import_module(PACKAGE)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting comes from the environment of whoever runs the tests."""
    for prefix in (PREFIX, "AKENEO"):
        for name in SETTINGS:
            monkeypatch.delenv(f"{prefix}_{name}", raising=False)


def test_generic_spec_gets_the_generic_client_names(pkg: ModuleType) -> None:
    assert pkg.Client.__name__ == "Client" and pkg.AsyncClient.__name__ == "AsyncClient"
    assert {"Client", "AsyncClient"} <= set(pkg.__all__)
    assert not hasattr(pkg, "Akeneo") and not hasattr(pkg, "AsyncAkeneo")
    client_module = importlib.import_module(f"{PACKAGE}._client")
    assert client_module.__all__ == ["SERVERS", "AsyncClient", "Client"]
    meta = importlib.import_module(f"{PACKAGE}._meta")
    assert (meta.CLIENT_NAME, meta.ENV_PREFIX, meta.USER_AGENT) == ("Client", PREFIX, "catalog-shop-python")
    doc = pkg.Client.__doc__ or ""
    assert f"{PREFIX}_BASE_URL" in doc and f"{PREFIX}_TOKEN" in doc and "AKENEO" not in doc


def test_reprs_and_context_managers_use_the_class_names(pkg: ModuleType) -> None:
    with pkg.Client("https://catalog.example.com", token="t0k3n") as client:
        assert isinstance(client, pkg.Client)
        assert repr(client) == "Client(base_url='https://catalog.example.com')"
        assert client.settings.user_agent == "catalog-shop-python"


async def test_async_client_repr_and_context_manager(pkg: ModuleType) -> None:
    async with pkg.AsyncClient("https://catalog.example.com", token="t0k3n") as client:
        assert isinstance(client, pkg.AsyncClient)
        assert repr(client) == "AsyncClient(base_url='https://catalog.example.com')"


def test_settings_come_from_the_package_prefix(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(f"{PREFIX}_BASE_URL", "https://catalog.example.com/")
    monkeypatch.setenv(f"{PREFIX}_CLIENT_ID", "cid")
    monkeypatch.setenv(f"{PREFIX}_CLIENT_SECRET", "alias-secret")  # the alias of <PREFIX>_SECRET
    monkeypatch.setenv(f"{PREFIX}_USERNAME", "user")
    monkeypatch.setenv(f"{PREFIX}_PASSWORD", "pw")
    for name in ("BASE_URL", "CLIENT_ID", "SECRET", "USERNAME", "PASSWORD", "TOKEN"):
        monkeypatch.setenv(f"AKENEO_{name}", f"https://akeneo.example.com/{name}" if name == "BASE_URL" else "akeneo")
    client = pkg.Client()
    try:
        s = client.settings
        assert (s.base_url, s.client_id, s.secret, s.username, s.password, s.token) == (
            "https://catalog.example.com",
            "cid",
            "alias-secret",
            "user",
            "pw",
            None,
        )
    finally:
        client.close()
    assert pkg.Settings.from_args(env={f"{PREFIX}_BASE_URL": "https://x.example.com", f"{PREFIX}_TOKEN": "tok"}).token == "tok"


def test_akeneo_variables_are_not_read(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKENEO_BASE_URL", "https://pim.example.com")
    monkeypatch.setenv("AKENEO_TOKEN", "akeneo-token")
    with pytest.raises(ValueError, match=f"argument or {PREFIX}_BASE_URL") as info:
        pkg.Client()
    assert "AKENEO" not in str(info.value)


def test_missing_credentials_name_the_package_variables(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(f"{PREFIX}_BASE_URL", "https://catalog.example.com")
    monkeypatch.setenv("AKENEO_TOKEN", "akeneo-token")
    with pytest.raises(ValueError, match=rf"missing setting\(s\): client_id, secret, username, password.*{PREFIX}_\* environment") as info:
        pkg.AsyncClient()
    assert "AKENEO" not in str(info.value)
    settings = pkg.Settings("https://catalog.example.com", token="t")
    with pytest.raises(ValueError, match=rf"{PREFIX}_\* variables"):
        settings.basic_authorization()


def test_endpoint_tests_use_the_client_class_and_their_own_prefix(out: Path) -> None:
    harness = (out / "endpoint_tests" / "_harness.py").read_text(encoding="utf-8")
    conftest = (out / "endpoint_tests" / "conftest.py").read_text(encoding="utf-8")
    readme = (out / "endpoint_tests" / "README.md").read_text(encoding="utf-8")
    assert f"from {PACKAGE} import AsyncClient, Client, errors" in harness
    assert "pim = Client(" in harness and "pim = AsyncClient(" in harness
    assert f'"{PREFIX}_TEST_MODE"' in conftest and f'f"{PREFIX}_TEST_{{key.upper()}}"' in conftest
    assert f"{PREFIX}_TEST_BASE_URL=" in readme and "### Against a live server" in readme
    for name, text in (("_harness.py", harness), ("conftest.py", conftest), ("README.md", readme)):
        assert "AKENEO" not in text and "Akeneo" not in text, name
