# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""Models of field."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["Field"]


class Field(_pd.BaseModel):
    """Field"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = _pd.Field(default=None, alias="name")

    value: str | float | bool | None = _pd.Field(default=None, alias="value")
