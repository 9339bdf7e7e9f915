# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of products_uuid."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import (
    Association,
    Completeness,
    ItemLinks,
    Link,
    ProductValue,
    QualityScore,
    QuantifiedProductModelLink,
    WorkflowMetadata,
)

__all__ = [
    "PageLinks",
    "ProductSearchRequest",
    "ProductUuid",
    "ProductUuidList",
    "ProductUuidListEmbedded",
    "QuantifiedAssociationUuid",
    "QuantifiedProductUuidLink",
]


class PageLinks(BaseModel):
    """Navigation links of a list page. `next` is absent on the last page."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = Field(default=None, alias="self")

    first: Link | None = Field(default=None, alias="first")

    previous: Link | None = Field(default=None, alias="previous")

    next: Link | None = Field(default=None, alias="next")


class ProductSearchRequest(BaseModel):
    """Search criteria sent in the body instead of the query string."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    search: str | None = Field(default=None, alias="search")
    """Filters as a JSON string, as in the `search` query parameter."""

    scope: str | None = Field(default=None, alias="scope")
    """Only keep scopable values of this channel."""

    locales: str | None = Field(default=None, alias="locales")
    """Comma-separated locale codes of the values to keep."""

    attributes: str | None = Field(default=None, alias="attributes")
    """Comma-separated attribute codes of the values to keep."""

    with_attribute_options: bool | None = Field(default=None, alias="with_attribute_options")

    with_quality_scores: bool | None = Field(default=None, alias="with_quality_scores")

    with_completenesses: bool | None = Field(default=None, alias="with_completenesses")


class ProductUuid(BaseModel):
    """A product addressed by its UUID."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    uuid: str | None = Field(default=None, alias="uuid")
    """Generated when omitted on creation."""

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

    quantified_associations: dict[str, QuantifiedAssociationUuid] | None = Field(
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


class ProductUuidList(BaseModel):
    """Envelope shared by lists that can be paged by number."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: PageLinks = Field(alias="_links")
    """Navigation links of a list page. `next` is absent on the last page."""

    current_page: int | None = Field(default=None, alias="current_page")
    """Page number, in page mode only."""

    items_count: int | None = Field(default=None, alias="items_count")
    """Total number of items, only when `with_count=true`."""

    embedded: ProductUuidListEmbedded = Field(alias="_embedded")


class ProductUuidListEmbedded(BaseModel):
    """ProductUuidListEmbedded"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    items: list[ProductUuid] = Field(alias="items")


class QuantifiedAssociationUuid(BaseModel):
    """QuantifiedAssociationUuid"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    products: list[QuantifiedProductUuidLink] | None = Field(default=None, alias="products")

    product_models: list[QuantifiedProductModelLink] | None = Field(
        default=None, alias="product_models"
    )


class QuantifiedProductUuidLink(BaseModel):
    """QuantifiedProductUuidLink"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = Field(alias="uuid")

    quantity: int = Field(alias="quantity")
