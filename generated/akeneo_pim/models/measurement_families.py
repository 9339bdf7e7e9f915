# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of measurement_families."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["ConversionOperation", "MeasurementFamily", "MeasurementUnit"]


class ConversionOperation(_pd.BaseModel):
    """ConversionOperation"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    operator: _t.Literal["mul", "div", "add", "sub"] = _pd.Field(alias="operator")

    value: str = _pd.Field(alias="value")
    """Decimal number as a string."""


class MeasurementFamily(_pd.BaseModel):
    """MeasurementFamily"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    standard_unit_code: str = _pd.Field(alias="standard_unit_code")
    """A key of `units`."""

    units: dict[str, MeasurementUnit] = _pd.Field(alias="units")
    """Units keyed by unit code."""


class MeasurementUnit(_pd.BaseModel):
    """MeasurementUnit"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    convert_from_standard: list[ConversionOperation] = _pd.Field(alias="convert_from_standard")

    symbol: str | None = _pd.Field(default=None, alias="symbol")
