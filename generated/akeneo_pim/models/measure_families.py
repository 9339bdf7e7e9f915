# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of measure_families."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["MeasureFamily", "MeasureUnit"]


class MeasureFamily(_pd.BaseModel):
    """Legacy measure family (replaced by measurement families)."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    standard: str | None = _pd.Field(default=None, alias="standard")
    """Standard unit code."""

    units: list[MeasureUnit] | None = _pd.Field(default=None, alias="units")


class MeasureUnit(_pd.BaseModel):
    """MeasureUnit"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = _pd.Field(default=None, alias="code")

    convert: dict[str, str] | None = _pd.Field(default=None, alias="convert")
    """Operation to the standard unit, e.g. {"mul": "0.001"}."""

    symbol: str | None = _pd.Field(default=None, alias="symbol")
