# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of channels."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["Channel"]


class Channel(_pd.BaseModel):
    """Channel"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    locales: list[str] = _pd.Field(alias="locales")
    """Activated locale codes."""

    currencies: list[str] = _pd.Field(alias="currencies")
    """Activated currency codes."""

    category_tree: str = _pd.Field(alias="category_tree")
    """Code of the root category."""

    conversion_units: dict[str, str] | None = _pd.Field(default=None, alias="conversion_units")
    """Unit to convert to, per metric attribute code."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""
