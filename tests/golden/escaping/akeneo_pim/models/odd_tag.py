# Generated from tests/fixtures/specs/escaping.yaml by akeneo-codegen. Do not edit; see README.
"""Models of odd_tag."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

__all__ = ["GetOdd200Response"]


class GetOdd200Response(_pd.BaseModel):
    """Model text with \"\"\" inside and a trailing backslash \\"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    import_os: str | None = _pd.Field(default=None, alias='"""; import os #')
    """A property named like code."""

    e_ss: _t.Literal["x\ny", "\u00e9\u2028"] | None = _pd.Field(default=None, alias="\u00e9-\u00df")
