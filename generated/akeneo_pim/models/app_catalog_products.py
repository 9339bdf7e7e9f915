# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of app_catalog_products."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = [
    "LocalizedText",
    "MappedAxis",
    "MappedAxisValue",
    "MappedModel",
    "MappedProduct",
    "MappedVariant",
]


class LocalizedText(_pd.BaseModel):
    """LocalizedText"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    locale: str | None = _pd.Field(default=None, alias="locale")

    value: str | None = _pd.Field(default=None, alias="value")


class MappedAxis(_pd.BaseModel):
    """MappedAxis"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = _pd.Field(default=None, alias="code")

    label: list[LocalizedText] | None = _pd.Field(default=None, alias="label")


class MappedAxisValue(_pd.BaseModel):
    """MappedAxisValue"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = _pd.Field(default=None, alias="code")

    value: _t.Any = _pd.Field(default=None, alias="value")
    """The variant's value on this axis (a code, a boolean, or an amount with unit)."""

    label: list[LocalizedText] | None = _pd.Field(default=None, alias="label")


class MappedModel(_pd.BaseModel):
    """A product model reduced to the fields of the catalog's mapping schema."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str | None = _pd.Field(default=None, alias="code")

    variants: str | None = _pd.Field(default=None, alias="variants")
    """URL of the model's mapped variants."""

    variation_axes: list[MappedAxis] | None = _pd.Field(default=None, alias="variation_axes")


class MappedProduct(_pd.BaseModel):
    """A product reduced to the fields of the catalog's mapping schema."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str | None = _pd.Field(default=None, alias="uuid")


class MappedVariant(_pd.BaseModel):
    """A variant product reduced to the fields of the catalog's mapping schema."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str | None = _pd.Field(default=None, alias="uuid")

    variant_axes_values: list[MappedAxisValue] | None = _pd.Field(
        default=None, alias="variant_axes_values"
    )
