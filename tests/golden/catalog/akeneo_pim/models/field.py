# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of field."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Field_",
]


class Field_(BaseModel):
    """Field_"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(default=None, alias="name")

    value: str | float | bool | None = Field(default=None, alias="value")
