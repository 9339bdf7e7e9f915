"""The runtime as generated resource modules reach it: ``from .. import _rt``, then ``_rt.Page``,
``_rt.parse_json``, ``_rt.sync_multipart.upload``...

One module alias keeps every runtime name out of the resource modules' own namespace, where the
spec's names live (resource classes; models are reached as ``_m.<Model>``): a schema or a tag
called ``Page``, ``Search`` or ``Iterator`` cannot shadow anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._async._pagination import AsyncPaginator
from ._async._pagination import fetch_page as async_fetch_page
from ._encoding import query_list, with_cookies
from ._overlays._async import download as async_download
from ._overlays._async import json_batch as async_json_batch
from ._overlays._async import multipart as async_multipart
from ._overlays._async import ndjson as async_ndjson
from ._overlays._results import (
    DownloadResult,
    DownloadTarget,
    FileInput,
    ProgressCallback,
    UploadResult,
    UpsertLine,
)
from ._overlays._sync import download as sync_download
from ._overlays._sync import json_batch as sync_json_batch
from ._overlays._sync import multipart as sync_multipart
from ._overlays._sync import ndjson as sync_ndjson
from ._parse import parse_json, parse_json_or_none, validator
from ._search import Search
from ._sync._pagination import SyncPaginator
from ._sync._pagination import fetch_page as sync_fetch_page
from ._types import CallOptions, ExtraHeaders, ExtraQuery, Page, Timeout, UpsertOutcome

if TYPE_CHECKING:  # the transports, for annotations only (``_rt.SyncHttp``)
    from ._async._http import AsyncHttp
    from ._sync._http import SyncHttp

__all__ = [
    "AsyncHttp",
    "AsyncPaginator",
    "CallOptions",
    "DownloadResult",
    "DownloadTarget",
    "ExtraHeaders",
    "ExtraQuery",
    "FileInput",
    "Page",
    "ProgressCallback",
    "Search",
    "SyncHttp",
    "SyncPaginator",
    "Timeout",
    "UploadResult",
    "UpsertLine",
    "UpsertOutcome",
    "async_download",
    "async_fetch_page",
    "async_json_batch",
    "async_multipart",
    "async_ndjson",
    "parse_json",
    "parse_json_or_none",
    "query_list",
    "sync_download",
    "sync_fetch_page",
    "sync_json_batch",
    "sync_multipart",
    "sync_ndjson",
    "validator",
    "with_cookies",
]
