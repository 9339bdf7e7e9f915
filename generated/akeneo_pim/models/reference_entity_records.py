# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of reference_entity_records."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "RecordValue",
    "ReferenceEntityRecord",
]


class RecordValue(BaseModel):
    """RecordValue"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    channel: str | None = Field(alias="channel")

    locale: str | None = Field(alias="locale")

    data: Any = Field(alias="data")
    """The value; its shape depends on the attribute type."""


class ReferenceEntityRecord(BaseModel):
    """ReferenceEntityRecord"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    values: dict[str, list[RecordValue]] | None = Field(default=None, alias="values")
    """Values keyed by attribute code."""

    created: str | None = Field(default=None, alias="created")

    updated: str | None = Field(default=None, alias="updated")
