# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of attributes."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from .common import ItemLinks

__all__ = ["Attribute", "TableColumn", "TableColumnValidations"]


class Attribute(_pd.BaseModel):
    """A product attribute."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = _pd.Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = _pd.Field(alias="code")

    type_: _t.Literal[
        "pim_catalog_identifier",
        "pim_catalog_metric",
        "pim_catalog_number",
        "pim_catalog_reference_data_multi_select",
        "pim_catalog_reference_data_simple_select",
        "pim_catalog_simpleselect",
        "pim_catalog_multiselect",
        "pim_catalog_date",
        "pim_catalog_textarea",
        "pim_catalog_text",
        "pim_catalog_file",
        "pim_catalog_image",
        "pim_catalog_price_collection",
        "pim_catalog_boolean",
        "akeneo_reference_entity",
        "akeneo_reference_entity_collection",
        "pim_catalog_asset_collection",
        "pim_catalog_product_link",
        "pim_catalog_table",
    ] = _pd.Field(alias="type")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    group: str = _pd.Field(alias="group")
    """Code of the group it belongs to."""

    group_labels: dict[str, str | None] | None = _pd.Field(default=None, alias="group_labels")
    """Label per locale code."""

    sort_order: int | None = _pd.Field(default=None, alias="sort_order")

    localizable: bool | None = _pd.Field(default=None, alias="localizable")

    scopable: bool | None = _pd.Field(default=None, alias="scopable")

    available_locales: list[str] | None = _pd.Field(default=None, alias="available_locales")
    """Locales the attribute is restricted to; empty for all."""

    unique: bool | None = _pd.Field(default=None, alias="unique")

    useable_as_grid_filter: bool | None = _pd.Field(default=None, alias="useable_as_grid_filter")

    max_characters: int | None = _pd.Field(default=None, alias="max_characters")

    validation_rule: str | None = _pd.Field(default=None, alias="validation_rule")

    validation_regexp: str | None = _pd.Field(default=None, alias="validation_regexp")

    wysiwyg_enabled: bool | None = _pd.Field(default=None, alias="wysiwyg_enabled")

    number_min: str | None = _pd.Field(default=None, alias="number_min")

    number_max: str | None = _pd.Field(default=None, alias="number_max")

    decimals_allowed: bool | None = _pd.Field(default=None, alias="decimals_allowed")

    negative_allowed: bool | None = _pd.Field(default=None, alias="negative_allowed")

    metric_family: str | None = _pd.Field(default=None, alias="metric_family")
    """Measurement family (metric attributes)."""

    default_metric_unit: str | None = _pd.Field(default=None, alias="default_metric_unit")
    """Default unit (metric attributes)."""

    date_min: _dt.datetime | None = _pd.Field(default=None, alias="date_min")

    date_max: _dt.datetime | None = _pd.Field(default=None, alias="date_max")

    allowed_extensions: list[str] | None = _pd.Field(default=None, alias="allowed_extensions")

    max_file_size: str | None = _pd.Field(default=None, alias="max_file_size")
    """In megabytes."""

    reference_data_name: str | None = _pd.Field(default=None, alias="reference_data_name")
    """Linked reference entity or reference data."""

    default_value: bool | None = _pd.Field(default=None, alias="default_value")

    table_configuration: list[TableColumn] | None = _pd.Field(
        default=None, alias="table_configuration"
    )
    """Columns (table attributes)."""

    is_main_identifier: bool | None = _pd.Field(default=None, alias="is_main_identifier")

    is_mandatory: bool | None = _pd.Field(default=None, alias="is_mandatory")

    decimal_places_strategy: str | None = _pd.Field(default=None, alias="decimal_places_strategy")

    decimal_places: float | None = _pd.Field(default=None, alias="decimal_places")

    enable_option_creation_during_import: bool | None = _pd.Field(
        default=None, alias="enable_option_creation_during_import"
    )
    """Simple and multi select: imports may create missing options (SaaS)."""

    max_items_count: float | None = _pd.Field(default=None, alias="max_items_count")
    """Asset collections: most assets a value may hold (SaaS)."""


class TableColumn(_pd.BaseModel):
    """One column of a table attribute."""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = _pd.Field(alias="code")

    data_type: _t.Literal[
        "select",
        "text",
        "number",
        "boolean",
        "incremental_number",
        "reference_entity",
        "product_link",
        "measurement",
        "date",
    ] = _pd.Field(alias="data_type")

    validations: TableColumnValidations | None = _pd.Field(default=None, alias="validations")

    labels: dict[str, str | None] | None = _pd.Field(default=None, alias="labels")
    """Label per locale code."""

    is_required_for_completeness: bool | None = _pd.Field(
        default=None, alias="is_required_for_completeness"
    )

    options: list[dict[str, _t.Any]] | None = _pd.Field(default=None, alias="options")
    """With `with_table_select_options=true`."""


class TableColumnValidations(_pd.BaseModel):
    """TableColumnValidations"""

    model_config = _pd.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    min: float | None = _pd.Field(default=None, alias="min")
    """Number columns."""

    max: float | None = _pd.Field(default=None, alias="max")
    """Number columns."""

    decimals_allowed: bool | None = _pd.Field(default=None, alias="decimals_allowed")
    """Number columns."""

    max_length: float | None = _pd.Field(default=None, alias="max_length")
    """Text columns."""
