# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Akeneo PIM REST API 7.0: typed Python client (sync and async).

Resources and models load lazily on first use, so importing the package stays cheap.
"""

from __future__ import annotations

from . import errors
from ._client import SERVERS, Akeneo, AsyncAkeneo
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
from ._values import FileRef, Metric, Option, Price, Values

__all__ = [
    "SERVERS",
    "Akeneo",
    "AsyncAkeneo",
    "BatchError",
    "DownloadResult",
    "FileRef",
    "IncompleteDownload",
    "InvalidItem",
    "Metric",
    "Option",
    "Page",
    "Price",
    "Search",
    "Settings",
    "UploadError",
    "UploadResult",
    "UpsertLine",
    "UpsertOutcome",
    "Values",
    "errors",
]
__version__ = "7.0"
