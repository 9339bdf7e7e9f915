# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of jobs."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["JobExecution", "JobImportRequest"]


class JobExecution(_pd.BaseModel):
    """JobExecution"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    execution_id: str = _pd.Field(alias="execution_id")
    """Identifier of the launched run."""


class JobImportRequest(_pd.BaseModel):
    """Optional settings for one import run."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    import_mode: _t.Literal["create_only", "update_only", "create_or_update"] | None = _pd.Field(
        default=None, alias="import_mode"
    )
    """Overrides the import profile's mode for this run."""
