# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of app_catalog_mapping_schemas."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["ProductMappingSchema"]


class ProductMappingSchema(_pd.BaseModel):
    """A JSON Schema describing the product the app wants; its `properties` are the fields PIM
    users map attributes to."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: str | None = _pd.Field(default=None, alias="$id")

    schema_: str = _pd.Field(alias="$schema")
    """URL of the mapping schema version, e.g.
    https://api.akeneo.com/mapping/product/1.0.0/schema."""

    comment: str | None = _pd.Field(default=None, alias="$comment")

    type_: str | None = _pd.Field(default=None, alias="type")

    properties: dict[str, _t.Any] = _pd.Field(alias="properties")
