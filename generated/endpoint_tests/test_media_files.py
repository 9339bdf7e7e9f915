# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Endpoint tests of ``media_files``: every operation, called sync and async.

Each call uses the spec's example values; the harness checks the requests it sent (method,
path, query, headers, body) and the test checks what the method returned, both against
``_cases.json``. See conftest.py for the modes (offline, prism, live).
"""

from __future__ import annotations

import io

from akeneo_pim import Page
from akeneo_pim import models as _m
from akeneo_pim._overlays._results import DownloadResult

from ._harness import FILE_CONTENT, Endpoint, afirst, ajoin, as_json, expect, first
from ._loopback import UPLOADED_CODE

DOWNLOAD = expect("media_files.download")
ITER_BYTES = expect("media_files.iter_bytes")
GET = expect("media_files.get")
LIST = expect("media_files.list")
LIST_PAGE = expect("media_files.list_page")
UPLOAD = expect("media_files.upload")


def test_download(endpoint: Endpoint) -> None:
    sink = io.BytesIO()
    result = endpoint.run_sync(
        DOWNLOAD,
        lambda pim: pim.media_files.download(
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
        lambda pim: pim.media_files.download(
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
            pim.media_files.iter_bytes(
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
            pim.media_files.aiter_bytes(
                "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg"
            )
        ),
    )
    assert isinstance(result, bytes)
    if endpoint.exact:
        assert result == FILE_CONTENT


def test_get(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        GET,
        lambda pim: pim.media_files.get(
            "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg"
        ),
    )
    assert isinstance(result, _m.MediaFile)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_get_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        GET,
        lambda pim: pim.media_files.get(
            "a/1/b/2/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678_tshirt_red.jpg"
        ),
    )
    assert isinstance(result, _m.MediaFile)
    if endpoint.exact:
        assert as_json(result, GET.expected) == GET.expected


def test_list(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST, lambda pim: first(pim.media_files.list(limit=10, with_count=False))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MediaFile) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST, lambda pim: afirst(pim.media_files.list(limit=10, with_count=False))
    )
    assert isinstance(result, list)
    assert all(isinstance(item, _m.MediaFile) for item in result)
    assert len(result) <= 1
    if endpoint.exact:
        assert len(result) == 1


def test_list_page(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        LIST_PAGE, lambda pim: pim.media_files.list_page(page=1, limit=10, with_count=False)
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MediaFile) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_list_page_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        LIST_PAGE, lambda pim: pim.media_files.list_page(page=1, limit=10, with_count=False)
    )
    assert isinstance(result, Page)
    assert all(isinstance(item, _m.MediaFile) for item in result)
    if endpoint.exact:
        assert len(result.items) == 2


def test_upload(endpoint: Endpoint) -> None:
    result = endpoint.run_sync(
        UPLOAD,
        lambda pim: pim.media_files.upload(
            FILE_CONTENT,
            product={
                "identifier": "tshirt-red-m",
                "attribute": "image",
                "scope": None,
                "locale": None,
            },
            filename="example.jpg",
        ),
    )
    assert isinstance(result, str)
    assert result
    if endpoint.exact:
        assert result == UPLOADED_CODE


def test_upload_async(endpoint: Endpoint) -> None:
    result = endpoint.run_async(
        UPLOAD,
        lambda pim: pim.media_files.upload(
            FILE_CONTENT,
            product={
                "identifier": "tshirt-red-m",
                "attribute": "image",
                "scope": None,
                "locale": None,
            },
            filename="example.jpg",
        ),
    )
    assert isinstance(result, str)
    assert result
    if endpoint.exact:
        assert result == UPLOADED_CODE
