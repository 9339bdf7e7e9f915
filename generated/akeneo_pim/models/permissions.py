# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of permissions."""

from __future__ import annotations

import pydantic as _pd

__all__ = ["AccessRights", "UserChannelPermissions", "UserLocalePermissions"]


class AccessRights(_pd.BaseModel):
    """AccessRights"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    can_view: bool | None = _pd.Field(default=None, alias="canView")

    can_edit: bool | None = _pd.Field(default=None, alias="canEdit")


class UserChannelPermissions(_pd.BaseModel):
    """UserChannelPermissions"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    user_uuid: str | None = _pd.Field(default=None, alias="userUuid")

    channels: dict[str, AccessRights] | None = _pd.Field(default=None, alias="channels")
    """Rights per channel code."""


class UserLocalePermissions(_pd.BaseModel):
    """UserLocalePermissions"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    user_uuid: str | None = _pd.Field(default=None, alias="userUuid")

    locales: dict[str, AccessRights] | None = _pd.Field(default=None, alias="locales")
    """Rights per locale code."""
