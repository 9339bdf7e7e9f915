"""The generated distribution installs the command line as a console script named after it
(``--package-name acme_pim`` -> ``acme-pim``), and it runs from the installed files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import tomllib

from generator.pipeline import Options, generate
from tests.support.paths import SPEC_PATH


def test_the_installed_distribution_has_a_console_script_named_after_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(Options(spec=SPEC_PATH, out=out, package_name="acme_pim", with_tests=False))
    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"acme-pim": "acme_pim.__main__:main"}
    assert project["optional-dependencies"]["cli"][0].startswith("tqdm")
    assert not any(d.startswith("tqdm") for d in project["dependencies"])  # an extra, not a dependency

    site = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    install = subprocess.run([*pip, "--target", str(site), str(out)], capture_output=True, text=True, check=False, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site)}
    env = {k: v for k, v in env.items() if not k.startswith("AKENEO_")}
    proc = subprocess.run([str(site / "bin" / "acme-pim"), "export", "--help"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: acme-pim export ")
    assert "products_uuid" in proc.stdout
    proc = subprocess.run([str(site / "bin" / "acme-pim"), "export", "families"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("acme-pim: error: missing setting: base_url (argument or AKENEO_BASE_URL)")
