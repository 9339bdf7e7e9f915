# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of system."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SystemInformation",
]


class SystemInformation(BaseModel):
    """SystemInformation"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    version: str | None = Field(default=None, alias="version")

    edition: str | None = Field(default=None, alias="edition")
    """CE, EE, Serenity, GrowthEdition..."""
