# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of association_types."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AssociationType"]


class AssociationType(_pd.BaseModel):
    """AssociationType"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    is_quantified: bool | None = _pd.Field(default=None, alias="is_quantified")

    is_two_way: bool | None = _pd.Field(default=None, alias="is_two_way")
