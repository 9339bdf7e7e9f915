# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of media_files."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import Link

__all__ = [
    "MediaFile",
    "MediaFileLinks",
]


class MediaFile(BaseModel):
    """A file attached to a product or product model value."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: MediaFileLinks | None = Field(default=None, alias="_links")

    code: str = Field(alias="code")
    """File path in the storage; contains slashes."""

    original_filename: str | None = Field(default=None, alias="original_filename")

    mime_type: str | None = Field(default=None, alias="mime_type")

    size: int | None = Field(default=None, alias="size")
    """Size in bytes."""

    extension: str | None = Field(default=None, alias="extension")


class MediaFileLinks(BaseModel):
    """MediaFileLinks"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = Field(default=None, alias="self")

    download: Link | None = Field(default=None, alias="download")
