# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of reference_entities."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .common import Link

__all__ = [
    "ReferenceEntity",
    "ReferenceEntityLinks",
]


class ReferenceEntity(BaseModel):
    """ReferenceEntity"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ReferenceEntityLinks | None = Field(default=None, alias="_links")

    code: str = Field(alias="code")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    image: str | None = Field(default=None, alias="image")
    """Media file code of the entity image."""


class ReferenceEntityLinks(BaseModel):
    """ReferenceEntityLinks"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    self_: Link | None = Field(default=None, alias="self")

    image_download: Link | None = Field(default=None, alias="image_download")
