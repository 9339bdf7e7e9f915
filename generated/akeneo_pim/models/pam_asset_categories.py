# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of pam_asset_categories."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["PamAssetCategory"]


class PamAssetCategory(_pd.BaseModel):
    """PamAssetCategory"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    parent: str | None = _pd.Field(default=None, alias="parent")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""
