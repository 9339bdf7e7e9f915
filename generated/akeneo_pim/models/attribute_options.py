# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of attribute_options."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AttributeOption"]


class AttributeOption(_pd.BaseModel):
    """A choice of a simple or multi select attribute."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    attribute: str | None = _pd.Field(default=None, alias="attribute")
    """Attribute code, the same as in the path."""

    sort_order: int | None = _pd.Field(default=None, alias="sort_order")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""
