# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of products_uuid."""

from __future__ import annotations

import pydantic as _pd

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


class PageLinks(_pd.BaseModel):
    """Navigation links of a list page. `next` is absent on the last page."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")

    first: Link | None = _pd.Field(default=None, alias="first")

    previous: Link | None = _pd.Field(default=None, alias="previous")

    next: Link | None = _pd.Field(default=None, alias="next")


class ProductSearchRequest(_pd.BaseModel):
    """Search criteria sent in the body instead of the query string."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    search: str | None = _pd.Field(default=None, alias="search")
    """Filters as a JSON string, as in the `search` query parameter."""

    scope: str | None = _pd.Field(default=None, alias="scope")
    """Only keep scopable values of this channel."""

    locales: str | None = _pd.Field(default=None, alias="locales")
    """Comma-separated locale codes of the values to keep."""

    attributes: str | None = _pd.Field(default=None, alias="attributes")
    """Comma-separated attribute codes of the values to keep."""

    with_attribute_options: bool | None = _pd.Field(default=None, alias="with_attribute_options")

    with_quality_scores: bool | None = _pd.Field(default=None, alias="with_quality_scores")

    with_completenesses: bool | None = _pd.Field(default=None, alias="with_completenesses")


class ProductUuid(_pd.BaseModel):
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

    created: str | None = _pd.Field(default=None, alias="created")

    updated: str | None = _pd.Field(default=None, alias="updated")

    metadata: WorkflowMetadata | None = _pd.Field(default=None, alias="metadata")
    """Enterprise workflow state of the item for the current user."""

    quality_scores: list[QualityScore] | None = _pd.Field(default=None, alias="quality_scores")
    """With `with_quality_scores=true`."""

    completenesses: list[Completeness] | None = _pd.Field(default=None, alias="completenesses")
    """With `with_completenesses=true`."""


class ProductUuidList(_pd.BaseModel):
    """Envelope shared by lists that can be paged by number."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: PageLinks = _pd.Field(alias="_links")
    """Navigation links of a list page. `next` is absent on the last page."""

    current_page: int | None = _pd.Field(default=None, alias="current_page")
    """Page number, in page mode only."""

    items_count: int | None = _pd.Field(default=None, alias="items_count")
    """Total number of items, only when `with_count=true`."""

    embedded: ProductUuidListEmbedded = _pd.Field(alias="_embedded")


class ProductUuidListEmbedded(_pd.BaseModel):
    """ProductUuidListEmbedded"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    items: list[ProductUuid] = _pd.Field(alias="items")


class QuantifiedAssociationUuid(_pd.BaseModel):
    """QuantifiedAssociationUuid"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    products: list[QuantifiedProductUuidLink] | None = _pd.Field(default=None, alias="products")

    product_models: list[QuantifiedProductModelLink] | None = _pd.Field(
        default=None, alias="product_models"
    )


class QuantifiedProductUuidLink(_pd.BaseModel):
    """QuantifiedProductUuidLink"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = _pd.Field(alias="uuid")

    quantity: int = _pd.Field(alias="quantity")
