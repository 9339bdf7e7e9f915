"""Uploads and downloads against the loopback server running in another process.

Memory is measured with tracemalloc around the client call only (the server's allocations
happen in its own process).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from .conftest import BIG_SIZE, Kit, ServerProcess

MEDIA = "/api/rest/v1/media-files"
MEDIA_DOWNLOAD = "/api/rest/v1/media-files/{code}/download"
ASSET_MEDIA = "/api/rest/v1/asset-media-files"
PAM_REFERENCE = "/api/rest/v1/assets/{asset_code}/reference-files/{locale_code}"
MAX_GROWTH = 8 * 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture(scope="session")
def big_sha(big_file: Path) -> str:
    return sha256_of(big_file)


def measured(fn: Callable[[], Any]) -> tuple[Any, int]:
    """Run ``fn``; return its value and the peak of Python allocations during the call."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        value = fn()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return value, peak - base


def upload(kit: Kit, path: str = MEDIA, params: dict[str, str] | None = None, **kw: Any) -> Any:
    return kit.call(lambda http, m: m.upload(http, path, params or {}, **kw), "multipart")


def download(kit: Kit, code: str, **kw: Any) -> Any:
    return kit.call(
        lambda http, m: m.download(http, MEDIA_DOWNLOAD, {"code": code}, **kw), "download"
    )


@pytest.fixture
def small_file(server_process: ServerProcess) -> Path:
    path = server_process.root / "small.bin"
    if not path.exists():
        path.write_bytes(bytes(range(256)) * 4096)  # 1 MiB
    return path


# -- uploads -------------------------------------------------------------------------------


@pytest.mark.slow
def test_upload_big_file_streams(pkit: Kit, big_file: Path, big_sha: str) -> None:
    result, growth = measured(lambda: upload(pkit, file=big_file))
    headers = result.headers
    assert headers["x-test-sha256"] == big_sha
    assert int(headers["x-test-size"]) == BIG_SIZE
    assert unquote(headers["x-test-filename"]) == "big.bin"
    assert headers["x-test-part-type"] == "application/octet-stream"
    assert headers["x-test-field"] == "file"
    assert result.status_code == 201
    assert result.code == f"a/b/{big_sha[:8]}/{big_sha[8:16]}_big.bin"
    assert result.location.endswith("/api/rest/v1/media-files/" + result.code)
    assert growth < MAX_GROWTH, f"client memory grew by {growth / 2**20:.1f} MiB"


def test_upload_bytes_with_fields_and_guessed_type(pkit: Kit) -> None:
    product = json.dumps(
        {"identifier": "cap", "attribute": "picture", "scope": None, "locale": None}
    )
    data = b"\x89PNG fake image \r\n--not-a-boundary\r\n" * 100
    result = upload(pkit, file=data, filename="cap photo.png", fields={"product": product})
    headers = result.headers
    assert headers["x-test-sha256"] == hashlib.sha256(data).hexdigest()
    assert headers["x-test-part-type"] == "image/png"
    assert json.loads(unquote(headers["x-test-fields"])) == {"product": product}
    assert result.code.endswith("_cap photo.png") and result.code.count("/") == 3


def test_upload_file_object_with_type_override(pkit: Kit, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"hello\n" * 1000)
    with source.open("rb") as fh:
        result = upload(pkit, file=fh, content_type="text/x-custom", file_field="file")
        assert not fh.closed  # the caller's file stays open
    assert result.headers["x-test-part-type"] == "text/x-custom"
    assert unquote(result.headers["x-test-filename"]) == "notes.txt"
    assert result.headers["x-test-sha256"] == hashlib.sha256(b"hello\n" * 1000).hexdigest()


def test_upload_code_from_header(pkit: Kit) -> None:
    result = upload(
        pkit, ASSET_MEDIA, file=b"abc", filename="a.jpg", code_from="Asset-media-file-code"
    )
    expected = hashlib.sha256(b"abc").hexdigest()
    assert result.code == f"a/b/{expected[:8]}/{expected[8:16]}_a.jpg"


def test_upload_reported_errors_raise(pkit: Kit, rt: Any) -> None:
    with pytest.raises(rt._overlays.UploadError) as info:
        upload(
            pkit,
            PAM_REFERENCE,
            {"asset_code": "chicago", "locale_code": "no-locale"},
            file=b"img",
            filename="ref.jpg",
        )
    err = info.value
    assert err.status_code == 201
    assert err.message == "Some variation files could not be generated."
    assert err.errors[0].message == "too small" and err.errors[0].raw["channel"] == "mobile"
    assert err.result is not None and err.result.code is None
    assert err.result.location.endswith("/assets/chicago/reference-files/no-locale")
    assert isinstance(err, rt.errors.APIError)


def test_upload_bytes_need_a_name(pkit: Kit) -> None:
    with pytest.raises(ValueError, match="filename"):
        upload(pkit, file=b"x")
    with pytest.raises(TypeError):
        upload(pkit, file=12345)


# -- downloads -----------------------------------------------------------------------------


@pytest.mark.slow
def test_download_big_file_streams(pkit: Kit, big_sha: str, big_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    result, growth = measured(lambda: download(pkit, "ok/big.bin", to=target))
    assert result.path == target
    assert result.bytes_written == BIG_SIZE == result.content_length
    assert result.filename == "big.bin"
    assert result.content_type == "application/octet-stream"
    assert sha256_of(target) == big_sha
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.bin"]
    assert growth < MAX_GROWTH, f"client memory grew by {growth / 2**20:.1f} MiB"


def test_download_into_folder_uses_server_name(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    result = download(pkit, "ok/small.bin", to=tmp_path)
    assert result.path == tmp_path / "small.bin"
    assert result.path.read_bytes() == small_file.read_bytes()


def test_a_file_named_by_the_server_is_never_replaced_silently(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    (tmp_path / "small.bin").write_bytes(b"mine")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        download(pkit, "ok/small.bin", to=tmp_path)  # another media with the same file name
    assert (tmp_path / "small.bin").read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.bin"]  # no temporary file left
    result = download(pkit, "ok/small.bin", to=tmp_path, overwrite=True)
    assert result.path is not None and result.path.read_bytes() == small_file.read_bytes()


def test_overwrite_false_keeps_an_existing_file(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        download(pkit, "ok/small.bin", to=target, overwrite=False)
    assert target.read_bytes() == b"mine"
    download(pkit, "ok/small.bin", to=target)  # a path given: replaced, as asked
    assert target.read_bytes() == small_file.read_bytes()
    new = download(pkit, "ok/small.bin", to=tmp_path / "new.bin", overwrite=False)
    assert new.path is not None and new.path.read_bytes() == small_file.read_bytes()



@pytest.mark.parametrize("durable", [False, True])
def test_durable_flushes_the_file_and_its_folder_to_disk(
    pkit: Kit, small_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = download(pkit, "ok/small.bin", to=tmp_path / "d.bin", durable=durable)
    assert result.path is not None and result.path.read_bytes() == small_file.read_bytes()
    if durable:  # the bytes (through the temporary file), then the folder holding the rename
        assert len(synced) == 2 and synced[1] == str(tmp_path)
        assert Path(synced[0]).parent == tmp_path and synced[0] != str(result.path)
    else:  # left to the operating system's write-back, as any plain file write
        assert synced == []

@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_downloaded_file_gets_the_mode_the_umask_gives(pkit: Kit, tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        result = download(pkit, "ok/small.bin", to=tmp_path / f"m{umask:o}.bin")
    finally:
        os.umask(old)
    assert result.path is not None
    assert result.path.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not 0600


def test_download_to_a_new_folder_named_with_a_trailing_slash(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    result = download(pkit, "ok/small.bin", to=f"{tmp_path}/downloads/")
    assert result.path == tmp_path / "downloads" / "small.bin"
    assert result.path.read_bytes() == small_file.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["downloads"]


def test_download_name_is_sanitized(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    result = download(pkit, "evil/small.bin", to=inner)
    assert result.filename == "evil"
    assert result.path == inner / "evil"
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "a",
        "a/b",
        "a/b/evil",
    ]


def test_download_extended_and_missing_names(pkit: Kit, small_file: Path, tmp_path: Path) -> None:
    ext = download(pkit, "ext/small.bin", to=tmp_path)
    assert ext.filename == "naïve résumé.bin" and ext.path == tmp_path / "naïve résumé.bin"
    nodisp = download(pkit, "nodisp/small.bin", to=tmp_path)
    assert nodisp.filename is None
    assert nodisp.path == tmp_path / "small.bin"  # the last segment of the code


def test_download_to_file_object_and_iter_bytes(pkit: Kit, small_file: Path) -> None:
    sink = io.BytesIO()
    result = download(pkit, "ok/small.bin", to=sink)
    assert result.path is None and result.bytes_written == small_file.stat().st_size
    assert sink.getvalue() == small_file.read_bytes()
    chunks = pkit.call(
        lambda http, m: m.iter_bytes(
            http, MEDIA_DOWNLOAD, {"code": "ok/small.bin"}, chunk_size=4096
        ),
        "download",
    )
    assert b"".join(chunks) == small_file.read_bytes()
    assert max(len(c) for c in chunks) <= 4096


@pytest.mark.parametrize("mode", ["drop", "short"])
def test_interrupted_download_leaves_nothing(
    pkit: Kit, rt: Any, small_file: Path, tmp_path: Path, mode: str
) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(rt.errors.TransportError):
        download(pkit, f"{mode}/small.bin", to=target)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"previous content")
    with pytest.raises(rt.errors.TransportError):
        download(pkit, f"{mode}/small.bin", to=target)
    assert target.read_bytes() == b"previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_missing_file_is_not_found(pkit: Kit, rt: Any, tmp_path: Path) -> None:
    with pytest.raises(rt.errors.NotFound):
        download(pkit, "ok/none.bin", to=tmp_path / "x")
    assert list(tmp_path.iterdir()) == []
