# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of common."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .. import _values as _av

__all__ = [
    "Association",
    "AttributeOptionCode",
    "CodeRef",
    "Completeness",
    "ItemLinks",
    "Link",
    "PamAssetReferenceFile",
    "PamAssetVariationFile",
    "PamFileLinks",
    "ProductUuid",
    "ProductValue",
    "QualityScore",
    "QuantifiedAssociation",
    "QuantifiedAssociationUuid",
    "QuantifiedProductLink",
    "QuantifiedProductModelLink",
    "QuantifiedProductUuidLink",
    "UuidRef",
    "WorkflowExecutionStatus",
    "WorkflowExecutionTask",
    "WorkflowMetadata",
    "WorkflowStepRef",
]


class Association(_pd.BaseModel):
    """Association"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    groups: list[str] | None = _pd.Field(default=None, alias="groups")
    """Group codes."""

    products: list[str] | None = _pd.Field(default=None, alias="products")
    """Product identifiers (UUIDs on the UUID endpoints)."""

    product_models: list[str] | None = _pd.Field(default=None, alias="product_models")
    """Product model codes."""


class AttributeOptionCode(_pd.BaseModel):
    """An option of a reference entity or asset family attribute."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""


class CodeRef(_pd.BaseModel):
    """CodeRef"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")


class Completeness(_pd.BaseModel):
    """Completeness"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str = _pd.Field(alias="scope")

    locale: str = _pd.Field(alias="locale")

    data: int = _pd.Field(alias="data")
    """Percentage."""


class ItemLinks(_pd.BaseModel):
    """Links carried by an item read from the API."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")


class Link(_pd.BaseModel):
    """Link"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    href: str = _pd.Field(alias="href")
    """Absolute URL."""


class PamAssetReferenceFile(_pd.BaseModel):
    """Original file of a PAM asset."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    link: PamFileLinks | None = _pd.Field(default=None, alias="_link")

    code: str | None = _pd.Field(default=None, alias="code")

    locale: str | None = _pd.Field(default=None, alias="locale")
    """Null for a non-localizable asset."""


class PamAssetVariationFile(_pd.BaseModel):
    """Channel-specific file of a PAM asset."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    link: PamFileLinks | None = _pd.Field(default=None, alias="_link")

    code: str | None = _pd.Field(default=None, alias="code")

    locale: str | None = _pd.Field(default=None, alias="locale")
    """Null for a non-localizable asset."""

    scope: str | None = _pd.Field(default=None, alias="scope")
    """Channel the file is for."""


class PamFileLinks(_pd.BaseModel):
    """PamFileLinks"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")

    download: Link | None = _pd.Field(default=None, alias="download")


class ProductUuid(_pd.BaseModel, _av.HasValues):
    """A product addressed by its UUID."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    uuid: str | None = _pd.Field(default=None, alias="uuid")
    """Generated when omitted on creation."""

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

    quantified_associations: dict[str, QuantifiedAssociationUuid] | None = _pd.Field(
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


class ProductValue(_pd.BaseModel):
    """One value of an attribute for a channel and locale."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str | None = _pd.Field(alias="scope")
    """Channel code, null when the attribute is not scopable."""

    locale: str | None = _pd.Field(alias="locale")
    """Locale code, null when the attribute is not localizable."""

    data: _t.Any = _pd.Field(alias="data")
    """The value; its shape depends on the attribute type."""

    linked_data: dict[str, _t.Any] | None = _pd.Field(default=None, alias="linked_data")
    """Option labels, present with `with_attribute_options=true`."""

    attribute_type: str | None = _pd.Field(default=None, alias="attribute_type")


class QualityScore(_pd.BaseModel):
    """QualityScore"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str = _pd.Field(alias="scope")

    locale: str = _pd.Field(alias="locale")

    data: _t.Literal["A", "B", "C", "D", "E"] = _pd.Field(alias="data")
    """Grade from A (best) to E."""


class QuantifiedAssociation(_pd.BaseModel):
    """QuantifiedAssociation"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    products: list[QuantifiedProductLink] | None = _pd.Field(default=None, alias="products")

    product_models: list[QuantifiedProductModelLink] | None = _pd.Field(
        default=None, alias="product_models"
    )


class QuantifiedAssociationUuid(_pd.BaseModel):
    """QuantifiedAssociationUuid"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    products: list[QuantifiedProductUuidLink] | None = _pd.Field(default=None, alias="products")

    product_models: list[QuantifiedProductModelLink] | None = _pd.Field(
        default=None, alias="product_models"
    )


class QuantifiedProductLink(_pd.BaseModel):
    """QuantifiedProductLink"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    identifier: str = _pd.Field(alias="identifier")

    quantity: int = _pd.Field(alias="quantity")


class QuantifiedProductModelLink(_pd.BaseModel):
    """QuantifiedProductModelLink"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")

    quantity: int = _pd.Field(alias="quantity")


class QuantifiedProductUuidLink(_pd.BaseModel):
    """QuantifiedProductUuidLink"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = _pd.Field(alias="uuid")

    quantity: int = _pd.Field(alias="quantity")


class UuidRef(_pd.BaseModel):
    """UuidRef"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = _pd.Field(alias="uuid")


class WorkflowExecutionStatus(_pd.BaseModel):
    """One workflow execution on a product or product model, with its open tasks."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str | None = _pd.Field(default=None, alias="uuid")

    status: str | None = _pd.Field(default=None, alias="status")
    """`in_progress` or `completed`."""

    started_at: _dt.datetime | None = _pd.Field(default=None, alias="started_at")

    completed_at: _dt.datetime | None = _pd.Field(default=None, alias="completed_at")

    workflow: WorkflowStepRef | None = _pd.Field(default=None, alias="workflow")

    tasks: list[WorkflowExecutionTask] | None = _pd.Field(default=None, alias="tasks")


class WorkflowExecutionTask(_pd.BaseModel):
    """WorkflowExecutionTask"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str | None = _pd.Field(default=None, alias="uuid")

    status: str | None = _pd.Field(default=None, alias="status")

    created_at: _dt.datetime | None = _pd.Field(default=None, alias="created_at")

    step: WorkflowStepRef | None = _pd.Field(default=None, alias="step")


class WorkflowMetadata(_pd.BaseModel):
    """Enterprise workflow state of the item for the current user."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workflow_status: (
        _t.Literal[
            "read_only", "draft_in_progress", "proposal_waiting_for_approval", "working_copy"
        ]
        | None
    ) = _pd.Field(default=None, alias="workflow_status")


class WorkflowStepRef(_pd.BaseModel):
    """WorkflowStepRef"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str | None = _pd.Field(default=None, alias="uuid")

    code: str | None = _pd.Field(default=None, alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""
