# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of measurement_families."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ConversionOperation",
    "MeasurementFamily",
    "MeasurementUnit",
]


class ConversionOperation(BaseModel):
    """ConversionOperation"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    operator: Literal["mul", "div", "add", "sub"] = Field(alias="operator")

    value: str = Field(alias="value")
    """Decimal number as a string."""


class MeasurementFamily(BaseModel):
    """MeasurementFamily"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    standard_unit_code: str = Field(alias="standard_unit_code")
    """A key of `units`."""

    units: dict[str, MeasurementUnit] = Field(alias="units")
    """Units keyed by unit code."""


class MeasurementUnit(BaseModel):
    """MeasurementUnit"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    convert_from_standard: list[ConversionOperation] = Field(alias="convert_from_standard")

    symbol: str | None = Field(default=None, alias="symbol")
