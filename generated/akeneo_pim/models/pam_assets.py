# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of pam_assets."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks, PamAssetReferenceFile, PamAssetVariationFile

__all__ = [
    "PamAsset",
]


class PamAsset(BaseModel):
    """A legacy PAM asset."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    categories: list[str] | None = Field(default=None, alias="categories")
    """PAM asset category codes."""

    description: str | None = Field(default=None, alias="description")

    localizable: bool | None = Field(default=None, alias="localizable")

    tags: list[str] | None = Field(default=None, alias="tags")
    """PAM asset tag codes."""

    end_of_use: str | None = Field(default=None, alias="end_of_use")

    variation_files: list[PamAssetVariationFile] | None = Field(
        default=None, alias="variation_files"
    )

    reference_files: list[PamAssetReferenceFile] | None = Field(
        default=None, alias="reference_files"
    )
