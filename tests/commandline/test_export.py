"""``akeneo-pim export``: NDJSON out, progress on stderr, and a kill (SIGKILL) and a resume that
write every product exactly once."""

from __future__ import annotations

import json
import shlex
import signal
import subprocess
from pathlib import Path

from tests.commandline.catalog import PRODUCTS, sku
from tests.commandline.conftest import Cli


def _identifiers(path: Path) -> list[str]:
    return [json.loads(line)["identifier"] for line in path.read_bytes().splitlines()]


def test_export_killed_mid_way_resumes_and_writes_every_product_exactly_once(cli: Cli, tmp_path: Path) -> None:
    catalog = cli.catalog
    catalog.count = 10_000
    catalog.hold_after = sku(3000)  # the 31st page waits: the client is killed while it does
    out, state = tmp_path / "products.ndjson", tmp_path / "products.state"
    args = ("export", "products", "--search", '{"enabled":[{"operator":"=","value":true}]}', "-o", str(out), "--state", str(state))

    proc = cli.start(*args)
    try:
        assert catalog.held.wait(60), "the export never reached the 31st page"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    catalog.hold_after = None
    catalog.release.set()
    saved = json.loads(state.read_text())
    assert saved["written"] == 3000 and saved["next_url"].endswith(f"search_after={sku(3000)}&search=%7B%22enabled%22%3A%5B%7B%22operator%22%3A%22%3D%22%2C%22value%22%3Atrue%7D%5D%7D")
    assert _identifiers(out) == [sku(n) for n in range(1, 3001)]
    # as if the process had died while writing a page: half a line past the recorded length
    with out.open("ab") as handle:
        handle.write(b'{"identifier":"sku-03001","enab')

    first_run = len(catalog.requests(PRODUCTS))
    proc2 = cli.run(*args)
    assert proc2.returncode == 0, proc2.stderr.decode()
    identifiers = _identifiers(out)
    assert len(identifiers) == 10_000 and identifiers == [sku(n) for n in range(1, 10_001)]
    resumed = catalog.requests(PRODUCTS)[first_run:]
    assert len(resumed) == 70  # pages 31 to 100, none read again
    assert dict(resumed[0].query)["search_after"] == sku(3000)
    assert json.loads(dict(resumed[0].query)["search"]) == {"enabled": [{"operator": "=", "value": True}]}
    stderr = proc2.stderr.decode()
    assert "export products: 7,000 item(s)" in stderr and "10,000 items written in all" in stderr
    assert json.loads(state.read_text())["done"] is True

    # the state belongs to that output: another one is refused (nothing cut or written)
    other = tmp_path / "other.ndjson"
    refused = cli.run(*args[:-4], "-o", str(other), "--state", str(state))
    assert refused.returncode == 2 and f"the state file is of the export into {out}" in refused.stderr.decode()
    assert not other.exists()

    # complete: a third run reads nothing and writes nothing
    proc3 = cli.run(*args)
    assert proc3.returncode == 0 and "already complete" in proc3.stderr.decode()
    assert len(catalog.requests(PRODUCTS)) == first_run + 70
    assert len(_identifiers(out)) == 10_000


def test_export_to_stdout_with_filters_and_progress_lines(cli: Cli) -> None:
    cli.catalog.count = 250
    proc = cli.run("export", "products", "--locales", "en_US,fr_FR", "--scope", "ecommerce", "--attributes", "name", "--limit", "100")
    assert proc.returncode == 0, proc.stderr.decode()
    items = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [i["identifier"] for i in items] == [sku(n) for n in range(1, 251)]
    assert items[0]["values"]["name"][0]["data"] == "Shirt 1"  # as the PIM sent it
    first = dict(cli.catalog.requests(PRODUCTS)[0].query)
    assert first == {"locales": "en_US,fr_FR", "scope": "ecommerce", "attributes": "name", "pagination_type": "search_after", "limit": "100"}
    assert proc.stderr.decode().splitlines()[-1].startswith("export products: 250 item(s), ")


def test_export_usage_and_input_errors_exit_2_with_a_message(cli: Cli, tmp_path: Path) -> None:
    cases = [
        (("export", "families", "--scope", "ecommerce"), "families has no --scope"),
        (("export", "products", "--search", "{not json"), "--search is not JSON"),
        (("export", "products", "--search", "[1]"), "--search must be a JSON object"),
        (("export", "nope"), "invalid choice: 'nope'"),
        (("export", "family_variants"), "family_variants takes FAMILY_CODE after its name"),
    ]
    for args, message in cases:
        proc = cli.run(*args)
        assert proc.returncode == 2, args
        assert message in proc.stderr.decode(), proc.stderr.decode()
    state = tmp_path / "other.state"
    state.write_text('{"version": 1, "job": {"resource": "families", "parents": [], "options": {}}}')
    proc = cli.run("export", "products", "--state", str(state))
    assert proc.returncode == 2 and "the state file is of another export (families)" in proc.stderr.decode()
    state.write_text("{")
    proc = cli.run("export", "products", "--state", str(state))
    assert proc.returncode == 2 and "not a state file" in proc.stderr.decode()
    assert cli.catalog.requests(PRODUCTS) == []


def test_a_connection_error_exits_2_without_a_traceback(cli: Cli) -> None:
    env = cli.env(AKENEO_BASE_URL="http://127.0.0.1:9")
    proc = cli.run("export", "families", env=env)
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("akeneo-pim: error: ")


def test_the_token_is_asked_once_and_credentials_stay_secret(cli: Cli) -> None:
    cli.catalog.count = 3
    proc = cli.run("export", "products")
    assert proc.returncode == 0
    assert len(cli.catalog.server.token_requests()) == 1


def test_a_reader_that_goes_away_stops_the_export_quietly(cli: Cli) -> None:
    cli.catalog.count = 5000
    proc = subprocess.run(f"{shlex.join(cli.command(['export', 'products']))} | head -n 3", shell=True, cwd=cli.cwd, env=cli.env(), capture_output=True, timeout=120, check=False)
    assert len(proc.stdout.splitlines()) == 3
    assert b"error" not in proc.stderr.lower() and b"Traceback" not in proc.stderr  # (nor "Exception ignored")
    assert len(cli.catalog.requests(PRODUCTS)) < 50  # it stopped, not read the catalog


def test_help_lists_the_resources_with_their_parents_and_cursor(cli: Cli) -> None:
    proc = cli.run("export", "--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.decode().split())
    assert "products (search_after)," in text and "families (page)," in text
    assert "family_variants FAMILY_CODE (page)" in text and "reference_entity_records REFERENCE_ENTITY_CODE (search_after)" in text
