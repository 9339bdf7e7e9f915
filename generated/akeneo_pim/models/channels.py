# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of channels."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Channel",
]


class Channel(BaseModel):
    """Channel"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    locales: list[str] = Field(alias="locales")
    """Activated locale codes."""

    currencies: list[str] = Field(alias="currencies")
    """Activated currency codes."""

    category_tree: str = Field(alias="category_tree")
    """Code of the root category."""

    conversion_units: dict[str, str] | None = Field(default=None, alias="conversion_units")
    """Unit to convert to, per metric attribute code."""

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""
