# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of families."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Family",
]


class Family(BaseModel):
    """A family: the attributes a product has."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    attribute_as_label: str = Field(alias="attribute_as_label")
    """Attribute used as the product label."""

    attribute_as_image: str | None = Field(default=None, alias="attribute_as_image")
    """Attribute used as the product image."""

    attributes: list[str] | None = Field(default=None, alias="attributes")
    """Attribute codes of the family."""

    attribute_requirements: dict[str, list[str]] | None = Field(
        default=None, alias="attribute_requirements"
    )
    """Required attribute codes per channel code."""

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""
