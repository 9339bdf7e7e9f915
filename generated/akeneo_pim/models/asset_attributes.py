# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of asset_attributes."""

from __future__ import annotations

import typing as _t

import pydantic as _pd

from .common import ItemLinks

__all__ = ["AssetAttribute"]


class AssetAttribute(_pd.BaseModel):
    """AssetAttribute"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    type_: _t.Literal[
        "text",
        "media_link",
        "number",
        "media_file",
        "single_option",
        "multiple_options",
        "boolean",
        "date",
        "record",
    ] = _pd.Field(alias="type")

    value_per_locale: bool | None = _pd.Field(default=None, alias="value_per_locale")

    value_per_channel: bool | None = _pd.Field(default=None, alias="value_per_channel")

    is_required_for_completeness: bool | None = _pd.Field(
        default=None, alias="is_required_for_completeness"
    )

    is_read_only: bool | None = _pd.Field(default=None, alias="is_read_only")

    max_characters: int | None = _pd.Field(default=None, alias="max_characters")

    is_textarea: bool | None = _pd.Field(default=None, alias="is_textarea")

    is_rich_text_editor: bool | None = _pd.Field(default=None, alias="is_rich_text_editor")

    validation_rule: _t.Literal["email", "url", "regexp", "none"] | None = _pd.Field(
        default=None, alias="validation_rule"
    )

    validation_regexp: str | None = _pd.Field(default=None, alias="validation_regexp")

    allowed_extensions: list[str] | None = _pd.Field(default=None, alias="allowed_extensions")

    max_file_size: str | None = _pd.Field(default=None, alias="max_file_size")

    decimals_allowed: bool | None = _pd.Field(default=None, alias="decimals_allowed")

    min_value: str | None = _pd.Field(default=None, alias="min_value")

    max_value: str | None = _pd.Field(default=None, alias="max_value")

    media_type: _t.Literal["image", "pdf", "youtube", "vimeo", "other"] | None = _pd.Field(
        default=None, alias="media_type"
    )

    prefix: str | None = _pd.Field(default=None, alias="prefix")
    """Media links: prepended to the value."""

    suffix: str | None = _pd.Field(default=None, alias="suffix")
    """Media links: appended to the value."""

    reference_entity: str | None = _pd.Field(default=None, alias="reference_entity")
    """Record attributes: the linked entity."""
