# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of workflow_tasks."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .common import CodeRef, Link, UuidRef

__all__ = [
    "PendingAttributeValue",
    "RejectedAttributeValue",
    "WorkflowTask",
    "WorkflowTaskLinks",
    "WorkflowTaskTransition",
]


class PendingAttributeValue(_pd.BaseModel):
    """PendingAttributeValue"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    locale: str | None = _pd.Field(default=None, alias="locale")

    scope: str | None = _pd.Field(default=None, alias="scope")

    rejected: bool | None = _pd.Field(default=None, alias="rejected")

    comment: str | None = _pd.Field(default=None, alias="comment")


class RejectedAttributeValue(_pd.BaseModel):
    """RejectedAttributeValue"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    locale: str | None = _pd.Field(default=None, alias="locale")

    scope: str | None = _pd.Field(default=None, alias="scope")

    comment: str | None = _pd.Field(default=None, alias="comment")


class WorkflowTask(_pd.BaseModel):
    """The work one step asks for on one product or product model."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: WorkflowTaskLinks | None = _pd.Field(default=None, alias="_links")

    uuid: str = _pd.Field(alias="uuid")

    status: str = _pd.Field(alias="status")

    created_at: _dt.datetime | None = _pd.Field(default=None, alias="created_at")

    due_date: _dt.datetime | None = _pd.Field(default=None, alias="due_date")

    rejected: bool | None = _pd.Field(default=None, alias="rejected")
    """Whether the item came back to this step after a rejection."""

    product: UuidRef | None = _pd.Field(default=None, alias="product")

    product_model: CodeRef | None = _pd.Field(default=None, alias="product_model")

    pending_attributes: dict[str, list[PendingAttributeValue]] | None = _pd.Field(
        default=None, alias="pending_attributes"
    )
    """Values still to handle per attribute code, only with `with_attributes=true`."""


class WorkflowTaskLinks(_pd.BaseModel):
    """WorkflowTaskLinks"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")

    edit: Link | None = _pd.Field(default=None, alias="edit")


class WorkflowTaskTransition(_pd.BaseModel):
    """WorkflowTaskTransition"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    status: _t.Literal["completed", "approved", "rejected"] = _pd.Field(alias="status")

    send_back_to_step_uuid: str | None = _pd.Field(default=None, alias="send_back_to_step_uuid")
    """With `rejected`, the step the item returns to."""

    rejected_attributes: dict[str, list[RejectedAttributeValue]] | None = _pd.Field(
        default=None, alias="rejected_attributes"
    )
    """With `rejected`, what is wrong per attribute code."""
