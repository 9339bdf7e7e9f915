# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of workflow_executions."""

from __future__ import annotations

import pydantic as _pd

from .common import CodeRef, UuidRef

__all__ = ["WorkflowExecutionError", "WorkflowExecutionReport", "WorkflowExecutionStart"]


class WorkflowExecutionError(_pd.BaseModel):
    """WorkflowExecutionError"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    index: int | None = _pd.Field(default=None, alias="index")
    """0-based position of the item in the request."""

    message: str | None = _pd.Field(default=None, alias="message")


class WorkflowExecutionReport(_pd.BaseModel):
    """WorkflowExecutionReport"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: int | None = _pd.Field(default=None, alias="code")

    message: str | None = _pd.Field(default=None, alias="message")

    processed: int | None = _pd.Field(default=None, alias="processed")
    """Number of executions started."""

    errors: list[WorkflowExecutionError] | None = _pd.Field(default=None, alias="errors")


class WorkflowExecutionStart(_pd.BaseModel):
    """One workflow to start, on a product or a product model (exactly one of the two)."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    workflow: UuidRef = _pd.Field(alias="workflow")

    product: UuidRef | None = _pd.Field(default=None, alias="product")

    product_model: CodeRef | None = _pd.Field(default=None, alias="product_model")
