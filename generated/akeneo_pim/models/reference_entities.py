# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of reference_entities."""

from __future__ import annotations

import pydantic as _pd

from .common import Link

__all__ = ["ReferenceEntity", "ReferenceEntityLinks"]


class ReferenceEntity(_pd.BaseModel):
    """ReferenceEntity"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ReferenceEntityLinks | None = _pd.Field(default=None, alias="_links")

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    image: str | None = _pd.Field(default=None, alias="image")
    """Media file code of the entity image."""


class ReferenceEntityLinks(_pd.BaseModel):
    """ReferenceEntityLinks"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = _pd.Field(default=None, alias="self")

    image_download: Link | None = _pd.Field(default=None, alias="image_download")
