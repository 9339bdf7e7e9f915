# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of products."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import (
    Association,
    Completeness,
    ItemLinks,
    ProductValue,
    QualityScore,
    QuantifiedAssociation,
    WorkflowMetadata,
)

__all__ = [
    "Product",
]


class Product(BaseModel):
    """A product addressed by its identifier."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    uuid: str | None = Field(default=None, alias="uuid")
    """Product UUID (PIM 7.0+)."""

    identifier: str | None = Field(alias="identifier")
    """Value of the identifier attribute."""

    enabled: bool | None = Field(default=None, alias="enabled")

    family: str | None = Field(default=None, alias="family")
    """Family code; null for a product without family."""

    categories: list[str] | None = Field(default=None, alias="categories")
    """Category codes."""

    groups: list[str] | None = Field(default=None, alias="groups")
    """Group codes."""

    parent: str | None = Field(default=None, alias="parent")
    """Parent product model code for a variant product."""

    root_parent: str | None = Field(default=None, alias="root_parent")
    """Top-level product model code of a variant product."""

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

    completenesses: list[Completeness] | None = Field(default=None, alias="completenesses")
    """With `with_completenesses=true`."""
