"""The README's "Using the client" example runs as written: its Python blocks, in order, in a
fresh process importing generated/akeneo_pim, with the environment its shell block exports,
against Prism serving spec/ (the README's way to try the client without a PIM)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.support.paths import GENERATED, ROOT
from tests.support.prism import running_prism

SPEC = ROOT / "spec" / "akeneo-pim.yaml"
SECTION = re.compile(r"^## Using the client\n(.*?)^### ", re.S | re.M)


VALUES = re.compile(r"^### Product values\n(.*?)^### ", re.S | re.M)


def _section(pattern: re.Pattern[str] = SECTION) -> str:
    found = pattern.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, f"README.md has no section matching {pattern.pattern!r}"
    return found.group(1)


def _blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", section, re.S | re.M)


def _exported(section: str) -> dict[str, str]:
    """The variables the shell block exports (``export A=1 B=2``)."""
    out: dict[str, str] = {}
    for block in _blocks(section, "bash"):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["export"]:
                out.update(word.split("=", 1) for word in words[1:])  # type: ignore[misc]
    return out


def test_the_readme_example_runs_as_written_against_prism(tmp_path: Path) -> None:
    section = _section()
    code = "\n".join(_blocks(section, "python"))
    assert "Akeneo()" in code and "event_hooks=" in code
    exported = _exported(section)
    assert set(exported) >= {"AKENEO_BASE_URL", "AKENEO_CLIENT_ID", "AKENEO_SECRET", "AKENEO_USERNAME", "AKENEO_PASSWORD"}
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    with running_prism(SPEC, tmp_path / "prism.log") as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AKENEO_")}
        env.update(exported, AKENEO_BASE_URL=url, PYTHONPATH=str(GENERATED))
        proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0].split()[0] == "clothing"  # the spec's example family
    assert "True False" in lines  # the upsert answered 201: created
    # the hooks of the second block saw the token request and the call
    assert lines[-2:] == ["POST /api/oauth/v1/token 200", "GET /api/rest/v1/families/shoes 200"]


def test_the_readme_product_values_example_runs_as_written_against_prism(tmp_path: Path) -> None:
    code = "\n".join(_blocks(_section(VALUES), "python"))
    script = tmp_path / "values.py"
    script.write_text(code, encoding="utf-8")
    with running_prism(SPEC, tmp_path / "prism.log") as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AKENEO_")}
        env.update(_exported(_section()), AKENEO_BASE_URL=url, PYTHONPATH=str(GENERATED))
        proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.splitlines()[:2] == ["Red T-shirt", "Price(amount=Decimal('19.90'), currency='EUR')"]
    assert proc.stdout.splitlines()[-1] in ("True", "False")  # Prism answers the upsert 201 or 204
