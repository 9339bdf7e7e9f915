# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of categories."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .common import ItemLinks

__all__ = [
    "Category",
    "CategoryValidations",
    "CategoryValue",
    "CategoryValueWrite",
    "CategoryWrite",
]


class Category(_pd.BaseModel):
    """A category as read."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    parent: str | None = _pd.Field(default=None, alias="parent")
    """Parent category code; null for a tree root."""

    updated: _dt.datetime | None = _pd.Field(default=None, alias="updated")

    position: int | None = _pd.Field(default=None, alias="position")
    """Position among siblings, with `with_position=true`."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    values: dict[str, CategoryValue] | None = _pd.Field(default=None, alias="values")
    """Values keyed by `attribute|uuid|channel|locale`."""

    channel_requirements: list[str] | None = _pd.Field(default=None, alias="channel_requirements")


class CategoryValidations(_pd.BaseModel):
    """Classification rules, root categories only."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    max_categories_per_product: int | None = _pd.Field(
        default=None, alias="max_categories_per_product"
    )

    only_leaves: bool | None = _pd.Field(default=None, alias="only_leaves")

    is_mandatory: bool | None = _pd.Field(default=None, alias="is_mandatory")


class CategoryValue(_pd.BaseModel):
    """A category attribute value as read."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    data: _t.Any = _pd.Field(default=None, alias="data")
    """The value; its shape depends on the attribute type."""

    type_: str | None = _pd.Field(default=None, alias="type")

    channel: str | None = _pd.Field(default=None, alias="channel")

    locale: str | None = _pd.Field(default=None, alias="locale")

    attribute_code: str | None = _pd.Field(default=None, alias="attribute_code")
    """`code|uuid` of the category attribute."""


class CategoryValueWrite(_pd.BaseModel):
    """A category attribute value as sent."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    data: _t.Any = _pd.Field(alias="data")
    """The value; its shape depends on the attribute type."""

    channel: str | None = _pd.Field(default=None, alias="channel")

    locale: str | None = _pd.Field(default=None, alias="locale")

    attribute_code: str = _pd.Field(alias="attribute_code")
    """`code|uuid` of the category attribute."""


class CategoryWrite(_pd.BaseModel):
    """A category as sent."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")

    parent: str | None = _pd.Field(default=None, alias="parent")
    """Parent category code; null for a tree root."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    values: list[CategoryValueWrite] | None = _pd.Field(default=None, alias="values")

    validations: CategoryValidations | None = _pd.Field(default=None, alias="validations")
    """Classification rules, root categories only."""

    channel_requirements: list[str] | None = _pd.Field(default=None, alias="channel_requirements")
    """Root categories only."""
