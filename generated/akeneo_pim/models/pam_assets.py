# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of pam_assets."""

from __future__ import annotations

import datetime as _dt

import pydantic as _pd

from .common import ItemLinks, PamAssetReferenceFile, PamAssetVariationFile

__all__ = ["PamAsset"]


class PamAsset(_pd.BaseModel):
    """A legacy PAM asset."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    categories: list[str] | None = _pd.Field(default=None, alias="categories")
    """PAM asset category codes."""

    description: str | None = _pd.Field(default=None, alias="description")

    localizable: bool | None = _pd.Field(default=None, alias="localizable")

    tags: list[str] | None = _pd.Field(default=None, alias="tags")
    """PAM asset tag codes."""

    end_of_use: _dt.datetime | None = _pd.Field(default=None, alias="end_of_use")

    variation_files: list[PamAssetVariationFile] | None = _pd.Field(
        default=None, alias="variation_files"
    )

    reference_files: list[PamAssetReferenceFile] | None = _pd.Field(
        default=None, alias="reference_files"
    )
