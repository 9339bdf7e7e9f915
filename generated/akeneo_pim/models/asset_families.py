# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of asset_families."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "AssetAssignment",
    "AssetFamily",
    "AssetNamingConvention",
    "AssetNamingSource",
    "AssetProductLinkRule",
    "AssetProductSelection",
    "AssetTransformation",
    "AssetTransformationOperation",
    "AssetValueTarget",
]


class AssetAssignment(BaseModel):
    """Which product attribute receives the assets."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    attribute: str = Field(alias="attribute")

    locale: str | None = Field(default=None, alias="locale")

    channel: str | None = Field(default=None, alias="channel")

    mode: Literal["add", "replace"] = Field(alias="mode")


class AssetFamily(BaseModel):
    """AssetFamily"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    attribute_as_main_media: str | None = Field(default=None, alias="attribute_as_main_media")

    naming_convention: AssetNamingConvention | None = Field(default=None, alias="naming_convention")
    """How values are extracted from the file name or code."""

    product_link_rules: list[AssetProductLinkRule] | None = Field(
        default=None, alias="product_link_rules"
    )

    transformations: list[AssetTransformation] | None = Field(default=None, alias="transformations")


class AssetNamingConvention(BaseModel):
    """How values are extracted from the file name or code."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    source: AssetNamingSource | None = Field(default=None, alias="source")

    pattern: str | None = Field(default=None, alias="pattern")
    """Regular expression with named groups."""

    abort_asset_creation_on_error: bool | None = Field(
        default=None, alias="abort_asset_creation_on_error"
    )


class AssetNamingSource(BaseModel):
    """AssetNamingSource"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    property: str | None = Field(default=None, alias="property")
    """Asset property read: code or a media attribute."""

    channel: str | None = Field(default=None, alias="channel")

    locale: str | None = Field(default=None, alias="locale")


class AssetProductLinkRule(BaseModel):
    """Links assets to products automatically."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    product_selections: list[AssetProductSelection] | None = Field(
        default=None, alias="product_selections"
    )

    assign_assets_to: list[AssetAssignment] | None = Field(default=None, alias="assign_assets_to")


class AssetProductSelection(BaseModel):
    """Which products a rule applies to."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    field: str = Field(alias="field")

    operator: str = Field(alias="operator")

    value: Any = Field(alias="value")
    """Compared value; may use {{placeholders}}."""

    locale: str | None = Field(default=None, alias="locale")

    channel: str | None = Field(default=None, alias="channel")


class AssetTransformation(BaseModel):
    """Image variation computed from a media file attribute."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    label: str = Field(alias="label")

    filename_suffix: str | None = Field(default=None, alias="filename_suffix")

    filename_prefix: str | None = Field(default=None, alias="filename_prefix")

    source: AssetValueTarget = Field(alias="source")
    """An attribute value of the asset: attribute, channel and locale."""

    target: AssetValueTarget = Field(alias="target")
    """An attribute value of the asset: attribute, channel and locale."""

    operations: list[AssetTransformationOperation] = Field(alias="operations")


class AssetTransformationOperation(BaseModel):
    """AssetTransformationOperation"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type_: str = Field(alias="type")
    """Operation name, e.g. thumbnail, scale, colorspace, resolution, resize, optimize_jpeg."""

    parameters: dict[str, Any] | None = Field(default=None, alias="parameters")


class AssetValueTarget(BaseModel):
    """An attribute value of the asset: attribute, channel and locale."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    attribute: str = Field(alias="attribute")

    channel: str | None = Field(alias="channel")

    locale: str | None = Field(alias="locale")
