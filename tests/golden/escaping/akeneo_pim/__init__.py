# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""Escaping \"\"\" and \\ test 1.0"; import os: typed Python client (sync and async).

Resources and models load lazily on first use, so importing the package stays cheap.
"""

from __future__ import annotations

from . import errors
from ._client import SERVERS, AsyncClient, Client
from ._config import Settings
from ._overlays._results import (
    BatchError,
    DownloadResult,
    IncompleteDownload,
    UploadError,
    UploadResult,
    UpsertLine,
)
from ._search import Search
from ._types import InvalidItem, Page, UpsertOutcome

__all__ = [
    "SERVERS",
    "AsyncClient",
    "BatchError",
    "Client",
    "DownloadResult",
    "IncompleteDownload",
    "InvalidItem",
    "Page",
    "Search",
    "Settings",
    "UploadError",
    "UploadResult",
    "UpsertLine",
    "UpsertOutcome",
    "errors",
]
__version__ = '1.0"; import os'
