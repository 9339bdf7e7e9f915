"""``akeneo-pim download-media``: every file the selected products' values link to, streamed
into a folder (codes as sub-folders), files already there with the PIM's size skipped."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commandline.catalog import MEDIA, PRODUCTS
from tests.commandline.conftest import Cli

CODES = [f"{n}/a/b/{n}abc_picture-{n}.jpg" for n in range(1, 6)]


def test_download_media_fetches_each_file_once_and_skips_those_present(cli: Cli, tmp_path: Path) -> None:
    catalog = cli.catalog
    catalog.count = 12  # the first 5 products link a picture each
    catalog.media = {code: (f"picture {i} ".encode() * (i * 500)) for i, code in enumerate(CODES, 1)}
    folder = tmp_path / "media"
    search = '{"enabled":[{"operator":"=","value":true}]}'

    proc = cli.run("download-media", "--search", search, "--to", str(folder))
    assert proc.returncode == 0, proc.stderr.decode()
    for code, content in catalog.media.items():
        assert (folder / code).read_bytes() == content
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == sorted(CODES)
    assert json.loads(dict(catalog.requests(PRODUCTS)[0].query)["search"]) == {"enabled": [{"operator": "=", "value": True}]}
    downloads = [r for r in catalog.requests(MEDIA) if r.path.endswith("/download")]
    assert len(downloads) == 5
    assert proc.stderr.decode().splitlines()[-1].endswith("; 5 downloaded, 0 already present, 0 failed")

    (folder / CODES[2]).write_bytes(b"cut short")  # another size: fetched again
    before = len(catalog.requests(MEDIA))
    proc = cli.run("download-media", "products", "--to", str(folder))
    assert proc.returncode == 0
    assert proc.stderr.decode().splitlines()[-1].endswith("; 1 downloaded, 4 already present, 0 failed")
    again = catalog.requests(MEDIA)[before:]
    assert [r.path for r in again if r.path.endswith("/download")] == [f"{MEDIA}{CODES[2]}/download"]
    assert (folder / CODES[2]).read_bytes() == catalog.media[CODES[2]]


def test_a_missing_media_file_is_reported_and_exits_1(cli: Cli, tmp_path: Path) -> None:
    catalog = cli.catalog
    catalog.count = 2
    catalog.media = {CODES[0]: b"one", CODES[1]: b"two"}
    original = catalog.media_file

    def gone(request):  # the second file's metadata and bytes are gone
        if CODES[1] in request.path:
            catalog.media.pop(CODES[1], None)
        return original(request)

    catalog.server.on("GET", MEDIA + "*", gone)
    proc = cli.run("download-media", "--to", str(tmp_path / "media"))
    assert proc.returncode == 1
    stderr = proc.stderr.decode()
    assert f"media {CODES[1]}: 404 Not Found" in stderr
    assert stderr.splitlines()[-1].endswith("; 1 downloaded, 0 already present, 1 failed")
    assert (tmp_path / "media" / CODES[0]).read_bytes() == b"one"


def test_a_code_that_would_climb_out_of_the_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    cli.catalog.count = 1
    cli.catalog.media = {"../../escape.jpg": b"x"}
    proc = cli.run("download-media", "--to", str(tmp_path / "media"))
    assert proc.returncode == 1
    assert "media ../../escape.jpg: not downloaded: the code is no safe file name" in proc.stderr.decode()
    assert not (tmp_path / "escape.jpg").exists() and not any(tmp_path.rglob("escape.jpg"))
    assert cli.catalog.requests(MEDIA) == []
