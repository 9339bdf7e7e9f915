# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of locales."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Locale",
]


class Locale(BaseModel):
    """Locale"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    enabled: bool | None = Field(default=None, alias="enabled")
