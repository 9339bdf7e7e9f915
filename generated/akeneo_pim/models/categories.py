# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of categories."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Category",
    "CategoryValidations",
    "CategoryValue",
    "CategoryValueWrite",
    "CategoryWrite",
]


class Category(BaseModel):
    """A category as read."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    parent: str | None = Field(default=None, alias="parent")
    """Parent category code; null for a tree root."""

    updated: str | None = Field(default=None, alias="updated")

    position: int | None = Field(default=None, alias="position")
    """Position among siblings, with `with_position=true`."""

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    values: dict[str, CategoryValue] | None = Field(default=None, alias="values")
    """Values keyed by `attribute|uuid|channel|locale`."""

    channel_requirements: list[str] | None = Field(default=None, alias="channel_requirements")


class CategoryValidations(BaseModel):
    """Classification rules, root categories only."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    max_categories_per_product: int | None = Field(default=None, alias="max_categories_per_product")

    only_leaves: bool | None = Field(default=None, alias="only_leaves")

    is_mandatory: bool | None = Field(default=None, alias="is_mandatory")


class CategoryValue(BaseModel):
    """A category attribute value as read."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    data: Any = Field(default=None, alias="data")
    """The value; its shape depends on the attribute type."""

    type_: str | None = Field(default=None, alias="type")

    channel: str | None = Field(default=None, alias="channel")

    locale: str | None = Field(default=None, alias="locale")

    attribute_code: str | None = Field(default=None, alias="attribute_code")
    """`code|uuid` of the category attribute."""


class CategoryValueWrite(BaseModel):
    """A category attribute value as sent."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    data: Any = Field(alias="data")
    """The value; its shape depends on the attribute type."""

    channel: str | None = Field(default=None, alias="channel")

    locale: str | None = Field(default=None, alias="locale")

    attribute_code: str = Field(alias="attribute_code")
    """`code|uuid` of the category attribute."""


class CategoryWrite(BaseModel):
    """A category as sent."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")

    parent: str | None = Field(default=None, alias="parent")
    """Parent category code; null for a tree root."""

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    values: list[CategoryValueWrite] | None = Field(default=None, alias="values")

    validations: CategoryValidations | None = Field(default=None, alias="validations")
    """Classification rules, root categories only."""

    channel_requirements: list[str] | None = Field(default=None, alias="channel_requirements")
    """Root categories only."""
