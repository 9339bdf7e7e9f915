# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of reference_entity_records."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .common import ItemLinks

__all__ = ["RecordValue", "ReferenceEntityRecord"]


class RecordValue(_pd.BaseModel):
    """RecordValue"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    channel: str | None = _pd.Field(alias="channel")

    locale: str | None = _pd.Field(alias="locale")

    data: _t.Any = _pd.Field(alias="data")
    """The value; its shape depends on the attribute type."""


class ReferenceEntityRecord(_pd.BaseModel):
    """ReferenceEntityRecord"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    values: dict[str, list[RecordValue]] | None = _pd.Field(default=None, alias="values")
    """Values keyed by attribute code."""

    created: _dt.datetime | None = _pd.Field(default=None, alias="created")

    updated: _dt.datetime | None = _pd.Field(default=None, alias="updated")
