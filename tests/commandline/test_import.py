"""``akeneo-pim import``: JSON lines through the batch upsert, a report of the failing lines, a
summary, and the exit codes (0 all written, 1 some failed, 2 usage, input or connection)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commandline.catalog import OPTIONS, PRODUCTS, sku
from tests.commandline.conftest import Cli


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_reports_the_failing_lines_and_goes_on(cli: Cli, tmp_path: Path) -> None:
    cli.catalog.known.add(sku(2))  # exists already: updated
    lines = [json.dumps({"identifier": sku(n), "family": "shirts"}) for n in range(1, 251)]
    lines[9] = '{"identifier": "sku-00010", "family": '  # cut short: invalid JSON
    lines[19] = "[1, 2]"  # JSON, but not an item
    lines[29] = json.dumps({"identifier": sku(30), "invalid": True})  # the PIM refuses it
    lines.insert(40, "")  # blank lines are no items
    source = _write_lines(tmp_path / "products.ndjson", lines)
    report = tmp_path / "report.ndjson"

    proc = cli.run("import", "products", str(source), "--report", str(report))
    assert proc.returncode == 1, proc.stderr.decode()
    failures = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    by_line = {f["line"]: f for f in failures}
    assert sorted(by_line) == [10, 20, 30]
    assert by_line[10]["status"] is None and by_line[10]["message"].startswith("invalid JSON: ")
    assert by_line[20]["message"] == "not a JSON object but list"
    refused = by_line[30]
    assert (refused["key"], refused["value"], refused["status"], refused["message"]) == ("identifier", sku(30), 422, "Validation failed.")
    assert refused["errors"] == [{"property": "values", "message": "The name is too long.", "attribute": "name", "locale": "en_US"}]
    assert proc.stderr.decode().splitlines()[-1].endswith("; 246 created, 1 updated, 3 failed")
    sent = [json.loads(line)["identifier"] for r in cli.catalog.requests(PRODUCTS, "PATCH") for line in r.body.splitlines()]
    assert len(sent) == 248 and len(set(sent)) == 248  # every item once, in chunks
    assert max(len(r.body.splitlines()) for r in cli.catalog.requests(PRODUCTS, "PATCH")) == 100


def test_import_without_a_report_file_tells_failures_on_stderr_and_reads_stdin(cli: Cli) -> None:
    data = "\n".join([json.dumps({"identifier": "a"}), "nope", json.dumps({"identifier": "b", "invalid": True})]).encode()
    proc = cli.run("import", "products", "-", stdin=data)
    assert proc.returncode == 1
    stderr = proc.stderr.decode().splitlines()
    assert "line 2: invalid JSON: Expecting value: line 1 column 1 (char 0)" in stderr
    assert "line 3: identifier b: 422 Validation failed. [values/name/en_US: The name is too long.]" in stderr
    assert stderr[-1].startswith("import products: 3 line(s), ")
    assert stderr[-1].endswith("; 1 created, 0 updated, 2 failed")


def test_import_exits_0_when_every_line_is_written(cli: Cli, tmp_path: Path) -> None:
    source = _write_lines(tmp_path / "ok.ndjson", [json.dumps({"identifier": sku(n)}) for n in range(1, 4)])
    proc = cli.run("import", "products", str(source))
    assert proc.returncode == 0
    assert proc.stderr.decode().splitlines()[-1].endswith("; 3 created, 0 updated, 0 failed")


def test_import_usage_input_and_connection_errors_exit_2(cli: Cli, tmp_path: Path) -> None:
    source = _write_lines(tmp_path / "ok.ndjson", [json.dumps({"identifier": "a"})])
    for args, message in [
        (("import", "products", str(tmp_path / "missing.ndjson")), "missing.ndjson: No such file or directory"),
        (("import", "currencies", str(source)), "invalid choice: 'currencies'"),
        (("import", "attribute_options", str(source)), "attribute_options takes ATTRIBUTE_CODE after its name, not 0 code(s)"),
    ]:
        proc = cli.run(*args)
        assert proc.returncode == 2, args
        assert message in proc.stderr.decode(), proc.stderr.decode()
    proc = cli.run("import", "products", str(source), env=cli.env(AKENEO_BASE_URL="http://127.0.0.1:9"))
    assert proc.returncode == 2
    stderr = proc.stderr.decode().splitlines()
    assert stderr[0] == "line 1: not processed: batch request failed 4 time(s) in a row"
    assert stderr[-2].endswith("; 0 created, 0 updated, 1 failed")
    assert stderr[-1].startswith("akeneo-pim: error: batch request failed") and "Connection refused" in stderr[-1]
    assert cli.catalog.requests(PRODUCTS, "PATCH") == []


def test_a_sub_resource_takes_its_parents_code_before_the_file(cli: Cli, tmp_path: Path) -> None:
    source = _write_lines(tmp_path / "options.ndjson", [json.dumps({"code": c, "attribute": "color"}) for c in ("red", "blue")])
    proc = cli.run("import", "attribute_options", "color", str(source))
    assert proc.returncode == 0, proc.stderr.decode()
    (request,) = cli.catalog.requests(OPTIONS, "PATCH")
    assert [json.loads(line)["code"] for line in request.body.splitlines()] == ["red", "blue"]
    assert proc.stderr.decode().splitlines()[-1].endswith("; 2 created, 0 updated, 0 failed")
