# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of assets."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .common import ItemLinks

__all__ = ["Asset", "AssetValue"]


class Asset(_pd.BaseModel):
    """An asset of the Asset Manager."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    asset_family_code: str | None = _pd.Field(default=None, alias="asset_family_code")

    values: dict[str, list[AssetValue]] | None = _pd.Field(default=None, alias="values")
    """Values keyed by attribute code."""

    created: _dt.datetime | None = _pd.Field(default=None, alias="created")

    updated: _dt.datetime | None = _pd.Field(default=None, alias="updated")


class AssetValue(_pd.BaseModel):
    """AssetValue"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    channel: str | None = _pd.Field(alias="channel")

    locale: str | None = _pd.Field(alias="locale")

    data: _t.Any = _pd.Field(alias="data")
    """The value; its shape depends on the attribute type."""

    links: dict[str, _t.Any] | None = _pd.Field(default=None, alias="_links")
    """Share links, when sharing is on."""
