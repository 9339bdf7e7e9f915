# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of products."""

from __future__ import annotations

import datetime as _dt

import pydantic as _pd

from .. import _values as _av
from .common import (
    Association,
    Completeness,
    ItemLinks,
    ProductValue,
    QualityScore,
    QuantifiedAssociation,
    WorkflowExecutionStatus,
    WorkflowMetadata,
)

__all__ = ["Product"]


class Product(_pd.BaseModel, _av.HasValues):
    """A product addressed by its identifier."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    uuid: str | None = _pd.Field(default=None, alias="uuid")
    """Product UUID (PIM 7.0+)."""

    identifier: str | None = _pd.Field(alias="identifier")
    """Value of the identifier attribute."""

    enabled: bool | None = _pd.Field(default=None, alias="enabled")

    family: str | None = _pd.Field(default=None, alias="family")
    """Family code; null for a product without family."""

    categories: list[str] | None = _pd.Field(default=None, alias="categories")
    """Category codes."""

    groups: list[str] | None = _pd.Field(default=None, alias="groups")
    """Group codes."""

    parent: str | None = _pd.Field(default=None, alias="parent")
    """Parent product model code for a variant product."""

    root_parent: str | None = _pd.Field(default=None, alias="root_parent")
    """Top-level product model code of a variant product."""

    values: dict[str, list[ProductValue]] | None = _pd.Field(default=None, alias="values")
    """Values keyed by attribute code."""

    associations: dict[str, Association] | None = _pd.Field(default=None, alias="associations")
    """Associations keyed by association type code."""

    quantified_associations: dict[str, QuantifiedAssociation] | None = _pd.Field(
        default=None, alias="quantified_associations"
    )
    """Quantified associations keyed by association type code."""

    created: _dt.datetime | None = _pd.Field(default=None, alias="created")

    updated: _dt.datetime | None = _pd.Field(default=None, alias="updated")

    metadata: WorkflowMetadata | None = _pd.Field(default=None, alias="metadata")
    """Enterprise workflow state of the item for the current user."""

    quality_scores: list[QualityScore] | None = _pd.Field(default=None, alias="quality_scores")
    """With `with_quality_scores=true`."""

    completenesses: list[Completeness] | None = _pd.Field(default=None, alias="completenesses")
    """With `with_completenesses=true`."""

    workflow_execution_statuses: list[WorkflowExecutionStatus] | None = _pd.Field(
        default=None, alias="workflow_execution_statuses"
    )
    """Workflows running or run on this item, only with `with_workflow_execution_statuses=true`
    (SaaS)."""
