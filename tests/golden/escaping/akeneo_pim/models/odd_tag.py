# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""Models of odd_tag."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "GetOdd200Response",
]


class GetOdd200Response(BaseModel):
    """Model text with \"\"\" inside and a trailing backslash \\"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    import_os: str | None = Field(default=None, alias='"""; import os #')
    """A property named like code."""

    e_ss: Literal["x\ny", "\u00e9\u2028"] | None = Field(default=None, alias="\u00e9-\u00df")
