# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of published_products."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import Association, ItemLinks, ProductValue, QuantifiedAssociation

__all__ = [
    "PublishedProduct",
]


class PublishedProduct(BaseModel):
    """A frozen copy of a product, as published."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    identifier: str = Field(alias="identifier")

    enabled: bool | None = Field(default=None, alias="enabled")

    family: str | None = Field(default=None, alias="family")

    categories: list[str] | None = Field(default=None, alias="categories")

    groups: list[str] | None = Field(default=None, alias="groups")

    values: dict[str, list[ProductValue]] | None = Field(default=None, alias="values")
    """Values keyed by attribute code."""

    associations: dict[str, Association] | None = Field(default=None, alias="associations")
    """Associations keyed by association type code."""

    quantified_associations: dict[str, QuantifiedAssociation] | None = Field(
        default=None, alias="quantified_associations"
    )
    """Quantified associations keyed by association type code."""

    created: str | None = Field(default=None, alias="created")

    updated: str | None = Field(default=None, alias="updated")
