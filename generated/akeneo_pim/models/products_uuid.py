# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of products_uuid."""

from __future__ import annotations

import pydantic as _pd

from .common import Link, ProductUuid

__all__ = ["PageLinks", "ProductSearchRequest", "ProductUuidList", "ProductUuidListEmbedded"]


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
