# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of product_models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import (
    Association,
    ItemLinks,
    ProductValue,
    QualityScore,
    QuantifiedAssociation,
    WorkflowMetadata,
)

__all__ = [
    "ProductModel",
]


class ProductModel(BaseModel):
    """A product model: the common part of variant products."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    family: str | None = Field(default=None, alias="family")
    """Family code (read-only before 3.2)."""

    family_variant: str = Field(alias="family_variant")
    """Code of the variant structure it follows."""

    parent: str | None = Field(default=None, alias="parent")
    """Parent product model code for a sub product model."""

    categories: list[str] | None = Field(default=None, alias="categories")
    """Category codes."""

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

    metadata: WorkflowMetadata | None = Field(default=None, alias="metadata")
    """Enterprise workflow state of the item for the current user."""

    quality_scores: list[QualityScore] | None = Field(default=None, alias="quality_scores")
    """With `with_quality_scores=true`."""
