# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of category."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Category",
    "CategoryInfo",
    "CategoryInfoTagsItem",
]


class Category(BaseModel):
    """A node of the category tree."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")
    """Unique code."""

    parent: Category | None = Field(default=None, alias="parent")
    """The parent, or null at the root."""

    children: list[Category] | None = Field(default=None, alias="children")

    labels: dict[str, str] | None = Field(default=None, alias="labels")

    status: Literal["draft", "published"] | None = Field(default=None, alias="status")

    position: Literal[1, 2, 3] | None = Field(default=None, alias="position")

    class_: str | None = Field(default=None, alias="class")
    """A keyword as a property name."""

    json_: bool | None = Field(default=None, alias="json")
    """A pydantic method name as a property name."""

    model_config_: str | None = Field(default=None, alias="model_config")

    meta: CategoryInfo | None = Field(default=None, alias="meta")


class CategoryInfo(BaseModel):
    """CategoryInfo"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    created: str | None = Field(default=None, alias="created")

    tags: list[CategoryInfoTagsItem] | None = Field(default=None, alias="tags")


class CategoryInfoTagsItem(BaseModel):
    """CategoryInfoTagsItem"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(default=None, alias="name")
