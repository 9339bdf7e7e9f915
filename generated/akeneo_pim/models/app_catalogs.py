# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of app_catalogs."""

from __future__ import annotations

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AppCatalog", "AppCatalogDuplicate", "AppCatalogWrite"]


class AppCatalog(_pd.BaseModel):
    """A catalog of a connected app, the products a PIM user chose to share with it."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    id: str = _pd.Field(alias="id")

    name: str = _pd.Field(alias="name")

    enabled: bool = _pd.Field(alias="enabled")
    """Set by the PIM user; a new or copied catalog is disabled."""

    managed_currencies: list[str] | None = _pd.Field(default=None, alias="managed_currencies")
    """Currency codes the app handles."""

    managed_locales: list[str] | None = _pd.Field(default=None, alias="managed_locales")
    """Locale codes the app handles."""


class AppCatalogDuplicate(_pd.BaseModel):
    """Overrides for the copy; the original's values are kept for fields left out."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = _pd.Field(default=None, alias="name")

    managed_currencies: list[str] | None = _pd.Field(default=None, alias="managed_currencies")

    managed_locales: list[str] | None = _pd.Field(default=None, alias="managed_locales")

    skip_required_checks: bool | None = _pd.Field(default=None, alias="skip_required_checks")
    """Copy even when the original misses settings a catalog needs to be enabled."""


class AppCatalogWrite(_pd.BaseModel):
    """AppCatalogWrite"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str = _pd.Field(alias="name")

    managed_currencies: list[str] | None = _pd.Field(default=None, alias="managed_currencies")

    managed_locales: list[str] | None = _pd.Field(default=None, alias="managed_locales")
