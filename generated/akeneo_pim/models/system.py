# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of system."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["SystemInformation"]


class SystemInformation(_pd.BaseModel):
    """SystemInformation"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    version: str | None = _pd.Field(default=None, alias="version")

    edition: str | None = _pd.Field(default=None, alias="edition")
    """CE, EE, Serenity, GrowthEdition..."""
