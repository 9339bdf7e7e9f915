# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of shapes."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["Circle", "LineStatus", "RotateShapeBody", "Square"]


class Circle(_pd.BaseModel):
    """Circle"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    kind: _t.Literal["circle"] = _pd.Field(alias="kind")

    label: str | None = _pd.Field(default=None, alias="label")

    radius: float = _pd.Field(alias="radius")


class LineStatus(_pd.BaseModel):
    """LineStatus"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    line: int = _pd.Field(alias="line")

    code: str | None = _pd.Field(default=None, alias="code")

    status_code: int = _pd.Field(alias="status_code")

    message: str | None = _pd.Field(default=None, alias="message")


class RotateShapeBody(_pd.BaseModel):
    """RotateShapeBody"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    angle: float = _pd.Field(alias="angle")

    unit: _t.Literal["deg", "rad"] | None = _pd.Field(default=None, alias="unit")


class Square(_pd.BaseModel):
    """Square"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    kind: _t.Literal["square"] = _pd.Field(alias="kind")

    label: str | None = _pd.Field(default=None, alias="label")

    side: int | None = _pd.Field(default=None, alias="side")
