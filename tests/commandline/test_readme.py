"""The README's "Command line" commands run as written (``akeneo-pim`` as ``python -m
akeneo_pim``) against the loopback catalog, with a ``staging`` profile in the default place."""

from __future__ import annotations

import json
import re
import shlex

from tests.commandline.catalog import PRODUCTS
from tests.commandline.conftest import PASSWORD, SECRET, Cli
from tests.support.paths import ROOT

SECTION = re.compile(r"^### Command line\n(.*?)^### ", re.S | re.M)


def _commands() -> list[list[str]]:
    found = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README.md has no Command line section"
    blocks = re.findall(r"^```bash\n(.*?)^```", found.group(1), re.S | re.M)
    return [shlex.split(line) for block in blocks for line in block.splitlines() if line.startswith("akeneo-pim ")]


def test_the_readme_commands_run_as_written(cli: Cli) -> None:
    commands = _commands()
    assert [c[1] if c[1] != "--profile" else c[3] for c in commands] == ["export", "import", "download-media", "export"]
    catalog = cli.catalog
    catalog.count = 150
    catalog.media = {"1/2/3/4/1234_cap.jpg": b"cap" * 100}
    profiles = cli.cwd / "config" / "akeneo-pim" / "profiles.ini"
    profiles.parent.mkdir(parents=True)
    profiles.write_text(f"[staging]\nbase_url = {catalog.server.url}\nclient_id = c\nsecret = {SECRET}\nusername = u\npassword = {PASSWORD}\n", encoding="utf-8")
    profiles.chmod(0o600)
    for command in commands:
        proc = cli.run(*command[1:])
        assert proc.returncode == 0, (command, proc.stderr.decode())
    exported = (cli.cwd / "products.ndjson").read_bytes().splitlines()
    assert len(exported) == 150
    assert json.loads((cli.cwd / "products.state").read_text())["done"] is True
    assert (cli.cwd / "failures.ndjson").read_text() == ""  # every line imported
    assert len(catalog.requests(PRODUCTS, "PATCH")) == 2  # 150 lines, in chunks of 100
    assert (cli.cwd / "media" / "1/2/3/4/1234_cap.jpg").read_bytes() == b"cap" * 100
    assert (cli.cwd / "staging.ndjson").read_bytes().splitlines() == exported
