"""Connection settings from a profile (``--profile NAME``): used when the file is its owner's
alone, refused with a clear message otherwise; secrets never printed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.commandline.catalog import PRODUCTS
from tests.commandline.conftest import PASSWORD, SECRET, Cli


def _profiles(cli: Cli, path: Path, mode: int = 0o600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[staging]\n"
        f"base_url = {cli.catalog.server.url}\n"
        "client_id = profile-client\n"
        f"secret = {SECRET}\n"
        "username = profile-user\n"
        f"password = {PASSWORD}\n"
        "\n[other]\nbase_url = http://127.0.0.1:9\n",
        encoding="utf-8",
    )
    path.chmod(mode)
    return path


def _no_env(cli: Cli) -> dict[str, str]:
    return {k: v for k, v in cli.env().items() if not k.startswith("AKENEO_")}


def test_a_profile_gives_the_connection_settings(cli: Cli) -> None:
    cli.catalog.count = 3
    _profiles(cli, cli.cwd / "config" / "akeneo-pim" / "profiles.ini")  # the default place
    proc = cli.run("--profile", "staging", "export", "products", env=_no_env(cli))
    assert proc.returncode == 0, proc.stderr.decode()
    assert len(proc.stdout.splitlines()) == 3
    token = cli.catalog.server.token_requests()[0]
    assert json.loads(token.body)["username"] == "profile-user"
    assert len(cli.catalog.requests(PRODUCTS)) == 1


def test_the_profiles_file_can_be_named_by_option_or_variable(cli: Cli, tmp_path: Path) -> None:
    cli.catalog.count = 1
    path = _profiles(cli, tmp_path / "elsewhere.ini")
    assert cli.run("--profiles", str(path), "--profile", "staging", "export", "products", env=_no_env(cli)).returncode == 0
    env = _no_env(cli) | {"AKENEO_PROFILES": str(path)}
    assert cli.run("--profile", "staging", "export", "products", env=env).returncode == 0


def test_a_profiles_file_others_can_read_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = _profiles(cli, tmp_path / "profiles.ini", mode=0o644)
    proc = cli.run("--profiles", str(path), "--profile", "staging", "export", "products")
    assert proc.returncode == 2
    message = proc.stderr.decode()
    assert message.startswith(f"akeneo-pim: error: {path}: refused: ")
    assert "(mode 0644)" in message and f"chmod 600 {path}" in message
    assert cli.catalog.server.requests == []


def test_profile_mistakes_are_told_without_their_values(cli: Cli, tmp_path: Path) -> None:
    path = _profiles(cli, tmp_path / "profiles.ini")
    proc = cli.run("--profiles", str(path), "--profile", "missing", "export", "products")
    assert proc.returncode == 2 and f"{path}: no profile [missing] (profiles: staging, other)" in proc.stderr.decode()
    path.write_text(f"[staging]\npasword = {PASSWORD}\n", encoding="utf-8")
    proc = cli.run("--profiles", str(path), "--profile", "staging", "export", "products")
    assert proc.returncode == 2 and "profile [staging]: unknown setting(s) pasword" in proc.stderr.decode()
    path.write_text(f"secret = {SECRET}\n", encoding="utf-8")
    proc = cli.run("--profiles", str(path), "--profile", "staging", "export", "products")
    assert proc.returncode == 2 and f"{path}:1: not an INI profiles file" in proc.stderr.decode()
    os.unlink(path)
    proc = cli.run("--profiles", str(path), "--profile", "staging", "export", "products")
    assert proc.returncode == 2 and "cannot read the profiles file (No such file or directory)" in proc.stderr.decode()
