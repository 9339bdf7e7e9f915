# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of published_products."""

from __future__ import annotations

import datetime as _dt

import pydantic as _pd

from .. import _values as _av
from .common import Association, ItemLinks, ProductValue, QuantifiedAssociation

__all__ = ["PublishedProduct"]


class PublishedProduct(_pd.BaseModel, _av.HasValues):
    """A frozen copy of a product, as published."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    identifier: str = _pd.Field(alias="identifier")

    enabled: bool | None = _pd.Field(default=None, alias="enabled")

    family: str | None = _pd.Field(default=None, alias="family")

    categories: list[str] | None = _pd.Field(default=None, alias="categories")

    groups: list[str] | None = _pd.Field(default=None, alias="groups")

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
