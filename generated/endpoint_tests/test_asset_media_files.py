# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``asset_media_files``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

import io

from akeneo_pim._overlays._results import DownloadResult

from ._harness import FILE_CONTENT, Endpoint, ajoin, expect
from ._loopback import UPLOADED_CODE

DOWNLOAD = expect("asset_media_files.download")
ITER_BYTES = expect("asset_media_files.iter_bytes")
UPLOAD = expect("asset_media_files.upload")


def test_download(endpoint: Endpoint) -> None:
    sink = io.BytesIO()
    result = endpoint.run_sync(
        DOWNLOAD,
        lambda pim: pim.asset_media_files.download(
            "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg", to=sink
        ),
    )
    assert isinstance(result, DownloadResult)
    if endpoint.exact:
        assert sink.getvalue() == FILE_CONTENT


def test_download_async(endpoint: Endpoint) -> None:
    sink = io.BytesIO()
    result = endpoint.run_async(
        DOWNLOAD,
        lambda pim: pim.asset_media_files.download(
            "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg", to=sink
        ),
    )
    assert isinstance(result, DownloadResult)
    if endpoint.exact:
        assert sink.getvalue() == FILE_CONTENT


def test_iter_bytes(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        ITER_BYTES,
        lambda pim: b"".join(
            pim.asset_media_files.iter_bytes(
                "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg"
            )
        ),
    )
    assert isinstance(result, bytes)
    if endpoint.exact:
        assert result == FILE_CONTENT


def test_iter_bytes_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        ITER_BYTES,
        lambda pim: ajoin(
            pim.asset_media_files.aiter_bytes(
                "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg"
            )
        ),
    )
    assert isinstance(result, bytes)
    if endpoint.exact:
        assert result == FILE_CONTENT


def test_upload(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPLOAD, lambda pim: pim.asset_media_files.upload(FILE_CONTENT, filename="example.jpg")
    )
    assert isinstance(result, str)
    assert result
    if endpoint.exact:
        assert result == UPLOADED_CODE


def test_upload_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPLOAD, lambda pim: pim.asset_media_files.upload(FILE_CONTENT, filename="example.jpg")
    )
    assert isinstance(result, str)
    assert result
    if endpoint.exact:
        assert result == UPLOADED_CODE
