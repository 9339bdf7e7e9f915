# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of currencies."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Currency",
]


class Currency(BaseModel):
    """Currency"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    enabled: bool | None = Field(default=None, alias="enabled")

    label: str | None = Field(default=None, alias="label")
