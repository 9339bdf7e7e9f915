# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of workflows."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AllottedTime", "Workflow", "WorkflowAssignee", "WorkflowStep"]


class AllottedTime(_pd.BaseModel):
    """AllottedTime"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    value: int = _pd.Field(alias="value")

    unit: str = _pd.Field(alias="unit")


class Workflow(_pd.BaseModel):
    """An Enterprise workflow; `steps` only when read one by one."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    uuid: str = _pd.Field(alias="uuid")

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    enabled: bool = _pd.Field(alias="enabled")

    steps: list[WorkflowStep] | None = _pd.Field(default=None, alias="steps")


class WorkflowAssignee(_pd.BaseModel):
    """WorkflowAssignee"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = _pd.Field(alias="uuid")

    first_name: str | None = _pd.Field(default=None, alias="first_name")

    last_name: str | None = _pd.Field(default=None, alias="last_name")

    email: str | None = _pd.Field(default=None, alias="email")


class WorkflowStep(_pd.BaseModel):
    """WorkflowStep"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    uuid: str = _pd.Field(alias="uuid")

    code: str = _pd.Field(alias="code")

    type_: str = _pd.Field(alias="type")
    """`enrichment` or `review`."""

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    descriptions: dict[str, str | None] | None = _pd.Field(default=None, alias="descriptions")
    """Label per locale code."""

    allotted_time: AllottedTime | None = _pd.Field(default=None, alias="allotted_time")

    channels_and_locales: dict[str, list[str]] | None = _pd.Field(
        default=None, alias="channels_and_locales"
    )
    """Locale codes per channel code the step covers."""
