# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of attribute_groups."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AttributeGroup"]


class AttributeGroup(_pd.BaseModel):
    """AttributeGroup"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    sort_order: int | None = _pd.Field(default=None, alias="sort_order")

    attributes: list[str] | None = _pd.Field(default=None, alias="attributes")
    """Attribute codes; an attribute belongs to one group."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""
