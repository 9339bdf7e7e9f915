# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of asset_families."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

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


class AssetAssignment(_pd.BaseModel):
    """Which product attribute receives the assets."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    attribute: str = _pd.Field(alias="attribute")

    locale: str | None = _pd.Field(default=None, alias="locale")

    channel: str | None = _pd.Field(default=None, alias="channel")

    mode: _t.Literal["add", "replace"] = _pd.Field(alias="mode")


class AssetFamily(_pd.BaseModel):
    """AssetFamily"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    attribute_as_main_media: str | None = _pd.Field(default=None, alias="attribute_as_main_media")

    naming_convention: AssetNamingConvention | None = _pd.Field(
        default=None, alias="naming_convention"
    )
    """How values are extracted from the file name or code."""

    product_link_rules: list[AssetProductLinkRule] | None = _pd.Field(
        default=None, alias="product_link_rules"
    )

    transformations: list[AssetTransformation] | None = _pd.Field(
        default=None, alias="transformations"
    )

    sharing_enabled: bool | None = _pd.Field(default=None, alias="sharing_enabled")
    """Whether the media files of this family's assets can have share links (SaaS)."""


class AssetNamingConvention(_pd.BaseModel):
    """How values are extracted from the file name or code."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    source: AssetNamingSource | None = _pd.Field(default=None, alias="source")

    pattern: str | None = _pd.Field(default=None, alias="pattern")
    """Regular expression with named groups."""

    abort_asset_creation_on_error: bool | None = _pd.Field(
        default=None, alias="abort_asset_creation_on_error"
    )


class AssetNamingSource(_pd.BaseModel):
    """AssetNamingSource"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    property: str | None = _pd.Field(default=None, alias="property")
    """Asset property read: code or a media attribute."""

    channel: str | None = _pd.Field(default=None, alias="channel")

    locale: str | None = _pd.Field(default=None, alias="locale")


class AssetProductLinkRule(_pd.BaseModel):
    """Links assets to products automatically."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    product_selections: list[AssetProductSelection] | None = _pd.Field(
        default=None, alias="product_selections"
    )

    assign_assets_to: list[AssetAssignment] | None = _pd.Field(
        default=None, alias="assign_assets_to"
    )


class AssetProductSelection(_pd.BaseModel):
    """Which products a rule applies to."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    field: str = _pd.Field(alias="field")

    operator: str = _pd.Field(alias="operator")

    value: _t.Any = _pd.Field(alias="value")
    """Compared value; may use {{placeholders}}."""

    locale: str | None = _pd.Field(default=None, alias="locale")

    channel: str | None = _pd.Field(default=None, alias="channel")


class AssetTransformation(_pd.BaseModel):
    """Image variation computed from a media file attribute."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    label: str = _pd.Field(alias="label")

    filename_suffix: str | None = _pd.Field(default=None, alias="filename_suffix")

    filename_prefix: str | None = _pd.Field(default=None, alias="filename_prefix")

    source: AssetValueTarget = _pd.Field(alias="source")
    """An attribute value of the asset: attribute, channel and locale."""

    target: AssetValueTarget = _pd.Field(alias="target")
    """An attribute value of the asset: attribute, channel and locale."""

    operations: list[AssetTransformationOperation] = _pd.Field(alias="operations")


class AssetTransformationOperation(_pd.BaseModel):
    """AssetTransformationOperation"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    type_: str = _pd.Field(alias="type")
    """Operation name, e.g. thumbnail, scale, colorspace, resolution, resize, optimize_jpeg."""

    parameters: dict[str, _t.Any] | None = _pd.Field(default=None, alias="parameters")


class AssetValueTarget(_pd.BaseModel):
    """An attribute value of the asset: attribute, channel and locale."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    attribute: str = _pd.Field(alias="attribute")

    channel: str | None = _pd.Field(alias="channel")

    locale: str | None = _pd.Field(alias="locale")
