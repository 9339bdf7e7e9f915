# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of locales."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["Locale"]


class Locale(_pd.BaseModel):
    """Locale"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    enabled: bool | None = _pd.Field(default=None, alias="enabled")
