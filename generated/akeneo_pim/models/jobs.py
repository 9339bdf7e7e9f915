# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of jobs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "JobExecution",
    "JobImportRequest",
]


class JobExecution(BaseModel):
    """JobExecution"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    execution_id: str = Field(alias="execution_id")
    """Identifier of the launched run."""


class JobImportRequest(BaseModel):
    """Optional settings for one import run."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    import_mode: Literal["create_only", "update_only", "create_or_update"] | None = Field(
        default=None, alias="import_mode"
    )
    """Overrides the import profile's mode for this run."""
