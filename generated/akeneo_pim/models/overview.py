# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of overview."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ApiOverview",
    "Route",
]


class ApiOverview(BaseModel):
    """Every route the PIM exposes."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    host: str | None = Field(default=None, alias="host")

    authentication: dict[str, Route] | None = Field(default=None, alias="authentication")

    routes: dict[str, Route] | None = Field(default=None, alias="routes")
    """Routes keyed by route name."""


class Route(BaseModel):
    """Route"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    route: str | None = Field(default=None, alias="route")

    methods: list[str] | None = Field(default=None, alias="methods")
