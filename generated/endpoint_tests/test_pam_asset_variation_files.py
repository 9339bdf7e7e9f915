# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``pam_asset_variation_files``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

import io

from akeneo_pim import models as _m
from akeneo_pim._overlays._results import DownloadResult, UploadResult

from ._harness import FILE_CONTENT, Endpoint, ajoin, as_json, expect

DOWNLOAD = expect("pam_asset_variation_files.download")
ITER_BYTES = expect("pam_asset_variation_files.iter_bytes")
GET = expect("pam_asset_variation_files.get")
UPLOAD = expect("pam_asset_variation_files.upload")


def test_download(endpoint: Endpoint) -> None:
    sink = io.BytesIO()
    result = endpoint.run_sync(
        DOWNLOAD,
        lambda pim: pim.pam_asset_variation_files.download(
            "asset_code_1", "channel_code_1", "locale_code_1", to=sink
        ),
    )
    assert isinstance(result, DownloadResult)
    if endpoint.exact:
        assert sink.getvalue() == FILE_CONTENT


def test_download_async(endpoint: Endpoint) -> None:
    sink = io.BytesIO()
    result = endpoint.run_async(
        DOWNLOAD,
        lambda pim: pim.pam_asset_variation_files.download(
            "asset_code_1", "channel_code_1", "locale_code_1", to=sink
        ),
    )
    assert isinstance(result, DownloadResult)
    if endpoint.exact:
        assert sink.getvalue() == FILE_CONTENT


def test_iter_bytes(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        ITER_BYTES,
        lambda pim: b"".join(
            pim.pam_asset_variation_files.iter_bytes(
                "asset_code_1", "channel_code_1", "locale_code_1"
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
            pim.pam_asset_variation_files.aiter_bytes(
                "asset_code_1", "channel_code_1", "locale_code_1"
            )
        ),
    )
    assert isinstance(result, bytes)
    if endpoint.exact:
        assert result == FILE_CONTENT


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.pam_asset_variation_files.get(
            "asset_code_1", "channel_code_1", "locale_code_1"
        ),
    )
    assert isinstance(result, _m.PamAssetVariationFile)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.pam_asset_variation_files.get(
            "asset_code_1", "channel_code_1", "locale_code_1"
        ),
    )
    assert isinstance(result, _m.PamAssetVariationFile)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_upload(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPLOAD,
        lambda pim: pim.pam_asset_variation_files.upload(
            "asset_code_1", "channel_code_1", "locale_code_1", FILE_CONTENT, filename="example.jpg"
        ),
    )
    assert isinstance(result, UploadResult)


def test_upload_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPLOAD,
        lambda pim: pim.pam_asset_variation_files.upload(
            "asset_code_1", "channel_code_1", "locale_code_1", FILE_CONTENT, filename="example.jpg"
        ),
    )
    assert isinstance(result, UploadResult)
