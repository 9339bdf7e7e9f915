# Generated from tests/fixtures/specs/mini.yaml by akeneo-codegen. Do not edit; see README.
"""Models of families."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["Family"]


class Family(_pd.BaseModel):
    """A family groups the attributes its products share."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")
    """Family code."""

    attribute_as_label: str | None = _pd.Field(default=None, alias="attribute_as_label")

    attributes: list[str] | None = _pd.Field(default=None, alias="attributes")

    attribute_requirements: dict[str, list[str]] | None = _pd.Field(
        default=None, alias="attribute_requirements"
    )

    labels: dict[str, str] | None = _pd.Field(default=None, alias="labels")
