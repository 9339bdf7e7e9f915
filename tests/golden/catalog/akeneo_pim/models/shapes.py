# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of shapes."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Circle",
    "RotateShapeBody",
    "Square",
]


class Circle(BaseModel):
    """Circle"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    kind: Literal["circle"] = Field(alias="kind")

    label: str | None = Field(default=None, alias="label")

    radius: float = Field(alias="radius")


class RotateShapeBody(BaseModel):
    """RotateShapeBody"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    angle: float = Field(alias="angle")

    unit: Literal["deg", "rad"] | None = Field(default=None, alias="unit")


class Square(BaseModel):
    """Square"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    kind: Literal["square"] = Field(alias="kind")

    label: str | None = Field(default=None, alias="label")

    side: int | None = Field(default=None, alias="side")
