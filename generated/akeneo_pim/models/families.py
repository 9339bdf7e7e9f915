# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of families."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["Family"]


class Family(_pd.BaseModel):
    """A family: the attributes a product has."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    attribute_as_label: str = _pd.Field(alias="attribute_as_label")
    """Attribute used as the product label."""

    attribute_as_image: str | None = _pd.Field(default=None, alias="attribute_as_image")
    """Attribute used as the product image."""

    attributes: list[str] | None = _pd.Field(default=None, alias="attributes")
    """Attribute codes of the family."""

    attribute_requirements: dict[str, list[str]] | None = _pd.Field(
        default=None, alias="attribute_requirements"
    )
    """Required attribute codes per channel code."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    parent: str | None = _pd.Field(default=None, alias="parent")
    """Code of the parent family; null for a root family (SaaS)."""
