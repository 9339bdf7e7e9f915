# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of category."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

__all__ = ["Category", "CategoryInfo", "CategoryInfoTagsItem"]


class Category(_pd.BaseModel):
    """A node of the category tree."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")
    """Unique code."""

    parent: Category | None = _pd.Field(default=None, alias="parent")
    """The parent, or null at the root."""

    children: list[Category] | None = _pd.Field(default=None, alias="children")

    labels: dict[str, str] | None = _pd.Field(default=None, alias="labels")

    status: _t.Literal["draft", "published"] | None = _pd.Field(default=None, alias="status")

    position: _t.Literal[1, 2, 3] | None = _pd.Field(default=None, alias="position")

    class_: str | None = _pd.Field(default=None, alias="class")
    """A keyword as a property name."""

    json_: bool | None = _pd.Field(default=None, alias="json")
    """A pydantic method name as a property name."""

    model_config_: str | None = _pd.Field(default=None, alias="model_config")

    meta: CategoryInfo | None = _pd.Field(default=None, alias="meta")


class CategoryInfo(_pd.BaseModel):
    """CategoryInfo"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    created: _dt.datetime | None = _pd.Field(default=None, alias="created")

    tags: list[CategoryInfoTagsItem] | None = _pd.Field(default=None, alias="tags")


class CategoryInfoTagsItem(_pd.BaseModel):
    """CategoryInfoTagsItem"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = _pd.Field(default=None, alias="name")
