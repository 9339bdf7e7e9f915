# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of common."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Association",
    "AttributeOptionCode",
    "Completeness",
    "ItemLinks",
    "Link",
    "PamAssetReferenceFile",
    "PamAssetVariationFile",
    "PamFileLinks",
    "ProductValue",
    "QualityScore",
    "QuantifiedAssociation",
    "QuantifiedProductLink",
    "QuantifiedProductModelLink",
    "WorkflowMetadata",
]


class Association(BaseModel):
    """Association"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    groups: list[str] | None = Field(default=None, alias="groups")
    """Group codes."""

    products: list[str] | None = Field(default=None, alias="products")
    """Product identifiers (UUIDs on the UUID endpoints)."""

    product_models: list[str] | None = Field(default=None, alias="product_models")
    """Product model codes."""


class AttributeOptionCode(BaseModel):
    """An option of a reference entity or asset family attribute."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""


class Completeness(BaseModel):
    """Completeness"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str = Field(alias="scope")

    locale: str = Field(alias="locale")

    data: int = Field(alias="data")
    """Percentage."""


class ItemLinks(BaseModel):
    """Links carried by an item read from the API."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = Field(default=None, alias="self")


class Link(BaseModel):
    """Link"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    href: str = Field(alias="href")
    """Absolute URL."""


class PamAssetReferenceFile(BaseModel):
    """Original file of a PAM asset."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    link: PamFileLinks | None = Field(default=None, alias="_link")

    code: str | None = Field(default=None, alias="code")

    locale: str | None = Field(default=None, alias="locale")
    """Null for a non-localizable asset."""


class PamAssetVariationFile(BaseModel):
    """Channel-specific file of a PAM asset."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    link: PamFileLinks | None = Field(default=None, alias="_link")

    code: str | None = Field(default=None, alias="code")

    locale: str | None = Field(default=None, alias="locale")
    """Null for a non-localizable asset."""

    scope: str | None = Field(default=None, alias="scope")
    """Channel the file is for."""


class PamFileLinks(BaseModel):
    """PamFileLinks"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = Field(default=None, alias="self")

    download: Link | None = Field(default=None, alias="download")


class ProductValue(BaseModel):
    """One value of an attribute for a channel and locale."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str | None = Field(alias="scope")
    """Channel code, null when the attribute is not scopable."""

    locale: str | None = Field(alias="locale")
    """Locale code, null when the attribute is not localizable."""

    data: Any = Field(alias="data")
    """The value; its shape depends on the attribute type."""

    linked_data: dict[str, Any] | None = Field(default=None, alias="linked_data")
    """Option labels, present with `with_attribute_options=true`."""

    attribute_type: str | None = Field(default=None, alias="attribute_type")


class QualityScore(BaseModel):
    """QualityScore"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    scope: str = Field(alias="scope")

    locale: str = Field(alias="locale")

    data: Literal["A", "B", "C", "D", "E"] = Field(alias="data")
    """Grade from A (best) to E."""


class QuantifiedAssociation(BaseModel):
    """QuantifiedAssociation"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    products: list[QuantifiedProductLink] | None = Field(default=None, alias="products")

    product_models: list[QuantifiedProductModelLink] | None = Field(
        default=None, alias="product_models"
    )


class QuantifiedProductLink(BaseModel):
    """QuantifiedProductLink"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    identifier: str = Field(alias="identifier")

    quantity: int = Field(alias="quantity")


class QuantifiedProductModelLink(BaseModel):
    """QuantifiedProductModelLink"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")

    quantity: int = Field(alias="quantity")


class WorkflowMetadata(BaseModel):
    """Enterprise workflow state of the item for the current user."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workflow_status: (
        Literal["read_only", "draft_in_progress", "proposal_waiting_for_approval", "working_copy"]
        | None
    ) = Field(default=None, alias="workflow_status")
