# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of family_variants."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["FamilyVariant", "VariantAttributeSet"]


class FamilyVariant(_pd.BaseModel):
    """How products of a family vary, level by level."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    common_attributes: list[str] | None = _pd.Field(default=None, alias="common_attributes")
    """Attributes set on the root product model."""

    variant_attribute_sets: list[VariantAttributeSet] = _pd.Field(alias="variant_attribute_sets")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""


class VariantAttributeSet(_pd.BaseModel):
    """VariantAttributeSet"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    level: int = _pd.Field(alias="level")
    """Variation level, 1 or 2."""

    axes: list[str] = _pd.Field(alias="axes")
    """Attributes that tell variants apart (at most 5)."""

    attributes: list[str] | None = _pd.Field(default=None, alias="attributes")
    """Attributes set at this level."""
