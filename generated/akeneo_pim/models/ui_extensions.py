# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of ui_extensions."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["UiExtension", "UiExtensionConfiguration", "UiExtensionUpdate"]


class UiExtension(_pd.BaseModel):
    """A button, link, tab or frame added to the PIM's screens."""

    model_config = _pd.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    uuid: str | None = _pd.Field(default=None, alias="uuid")

    name: str = _pd.Field(alias="name")

    description: str | None = _pd.Field(default=None, alias="description")

    version: str | None = _pd.Field(default=None, alias="version")

    type_: str = _pd.Field(alias="type")
    """Kind of extension, e.g. `iframe`, `link`, `action`."""

    position: str = _pd.Field(alias="position")
    """Where it shows, e.g. `pim.product.tab`, `pim.product.header`."""

    status: str | None = _pd.Field(default=None, alias="status")

    configuration: UiExtensionConfiguration = _pd.Field(alias="configuration")


class UiExtensionConfiguration(_pd.BaseModel):
    """UiExtensionConfiguration"""

    model_config = _pd.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    url: str | None = _pd.Field(default=None, alias="url")

    default_label: str | None = _pd.Field(default=None, alias="default_label")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    secret: str | None = _pd.Field(default=None, alias="secret", repr=False)
    """Signs the calls of `action` extensions."""


class UiExtensionUpdate(_pd.BaseModel):
    """The fields to change."""

    model_config = _pd.ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), hide_input_in_errors=True
    )

    name: str | None = _pd.Field(default=None, alias="name")

    description: str | None = _pd.Field(default=None, alias="description")

    version: str | None = _pd.Field(default=None, alias="version")

    type_: str | None = _pd.Field(default=None, alias="type")

    position: str | None = _pd.Field(default=None, alias="position")

    status: str | None = _pd.Field(default=None, alias="status")

    configuration: UiExtensionConfiguration | None = _pd.Field(default=None, alias="configuration")
