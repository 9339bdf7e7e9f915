# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of assets."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Asset",
    "AssetValue",
]


class Asset(BaseModel):
    """An asset of the Asset Manager."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    asset_family_code: str | None = Field(default=None, alias="asset_family_code")

    values: dict[str, list[AssetValue]] | None = Field(default=None, alias="values")
    """Values keyed by attribute code."""

    created: str | None = Field(default=None, alias="created")

    updated: str | None = Field(default=None, alias="updated")


class AssetValue(BaseModel):
    """AssetValue"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    channel: str | None = Field(alias="channel")

    locale: str | None = Field(alias="locale")

    data: Any = Field(alias="data")
    """The value; its shape depends on the attribute type."""

    links: dict[str, Any] | None = Field(default=None, alias="_links")
    """Share links, when sharing is on."""
