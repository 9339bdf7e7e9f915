# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of media_files."""

from __future__ import annotations

import pydantic as _pd

from .common import Link

__all__ = ["MediaFile", "MediaFileLinks"]


class MediaFile(_pd.BaseModel):
    """A file attached to a product or product model value."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: MediaFileLinks | None = _pd.Field(default=None, alias="_links")

    code: str = _pd.Field(alias="code")
    """File path in the storage; contains slashes."""

    original_filename: str | None = _pd.Field(default=None, alias="original_filename")

    mime_type: str | None = _pd.Field(default=None, alias="mime_type")

    size: int | None = _pd.Field(default=None, alias="size")
    """Size in bytes."""

    extension: str | None = _pd.Field(default=None, alias="extension")


class MediaFileLinks(_pd.BaseModel):
    """MediaFileLinks"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")

    download: Link | None = _pd.Field(default=None, alias="download")
