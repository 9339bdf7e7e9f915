"""Hand-written helpers behind the batch, upload and download methods of the resources.

Generated resource methods delegate to the modules of ``_async`` (and their derived ``_sync``
twins) in one line each; the result types they return live in :mod:`._results`.
"""

from __future__ import annotations

from ._results import (
    BatchError,
    DownloadResult,
    IncompleteDownload,
    UploadError,
    UploadResult,
    UpsertLine,
)

__all__ = [
    "BatchError",
    "DownloadResult",
    "IncompleteDownload",
    "UploadError",
    "UploadResult",
    "UpsertLine",
]
