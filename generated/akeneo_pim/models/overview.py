# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of overview."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["ApiOverview", "Route"]


class ApiOverview(_pd.BaseModel):
    """Every route the PIM exposes."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    host: str | None = _pd.Field(default=None, alias="host")

    authentication: dict[str, Route] | None = _pd.Field(default=None, alias="authentication")

    routes: dict[str, Route] | None = _pd.Field(default=None, alias="routes")
    """Routes keyed by route name."""


class Route(_pd.BaseModel):
    """Route"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    route: str | None = _pd.Field(default=None, alias="route")

    methods: list[str] | None = _pd.Field(default=None, alias="methods")
