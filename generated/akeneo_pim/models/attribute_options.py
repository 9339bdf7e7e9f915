# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of attribute_options."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "AttributeOption",
]


class AttributeOption(BaseModel):
    """A choice of a simple or multi select attribute."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    attribute: str | None = Field(default=None, alias="attribute")
    """Attribute code, the same as in the path."""

    sort_order: int | None = Field(default=None, alias="sort_order")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""
