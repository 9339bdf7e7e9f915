# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Models of attributes."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import ItemLinks

__all__ = [
    "Attribute",
    "TableColumn",
    "TableColumnValidations",
]


class Attribute(BaseModel):
    """A product attribute."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    links: ItemLinks | None = Field(default=None, alias="_links")
    """Links carried by an item read from the API."""

    code: str = Field(alias="code")

    type_: Literal[
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
    ] = Field(alias="type")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    group: str = Field(alias="group")
    """Code of the group it belongs to."""

    group_labels: dict[str, str | None] | None = Field(default=None, alias="group_labels")
    """Label per locale code."""

    sort_order: int | None = Field(default=None, alias="sort_order")

    localizable: bool | None = Field(default=None, alias="localizable")

    scopable: bool | None = Field(default=None, alias="scopable")

    available_locales: list[str] | None = Field(default=None, alias="available_locales")
    """Locales the attribute is restricted to; empty for all."""

    unique: bool | None = Field(default=None, alias="unique")

    useable_as_grid_filter: bool | None = Field(default=None, alias="useable_as_grid_filter")

    max_characters: int | None = Field(default=None, alias="max_characters")

    validation_rule: str | None = Field(default=None, alias="validation_rule")

    validation_regexp: str | None = Field(default=None, alias="validation_regexp")

    wysiwyg_enabled: bool | None = Field(default=None, alias="wysiwyg_enabled")

    number_min: str | None = Field(default=None, alias="number_min")

    number_max: str | None = Field(default=None, alias="number_max")

    decimals_allowed: bool | None = Field(default=None, alias="decimals_allowed")

    negative_allowed: bool | None = Field(default=None, alias="negative_allowed")

    metric_family: str | None = Field(default=None, alias="metric_family")
    """Measurement family (metric attributes)."""

    default_metric_unit: str | None = Field(default=None, alias="default_metric_unit")
    """Default unit (metric attributes)."""

    date_min: str | None = Field(default=None, alias="date_min")

    date_max: str | None = Field(default=None, alias="date_max")

    allowed_extensions: list[str] | None = Field(default=None, alias="allowed_extensions")

    max_file_size: str | None = Field(default=None, alias="max_file_size")
    """In megabytes."""

    reference_data_name: str | None = Field(default=None, alias="reference_data_name")
    """Linked reference entity or reference data."""

    default_value: bool | None = Field(default=None, alias="default_value")

    table_configuration: list[TableColumn] | None = Field(default=None, alias="table_configuration")
    """Columns (table attributes)."""

    is_main_identifier: bool | None = Field(default=None, alias="is_main_identifier")

    is_mandatory: bool | None = Field(default=None, alias="is_mandatory")

    decimal_places_strategy: str | None = Field(default=None, alias="decimal_places_strategy")

    decimal_places: float | None = Field(default=None, alias="decimal_places")


class TableColumn(BaseModel):
    """One column of a table attribute."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    code: str = Field(alias="code")

    data_type: Literal[
        "select",
        "text",
        "number",
        "boolean",
        "incremental_number",
        "reference_entity",
        "product_link",
        "measurement",
        "date",
    ] = Field(alias="data_type")

    validations: TableColumnValidations | None = Field(default=None, alias="validations")

    labels: dict[str, str | None] | None = Field(default=None, alias="labels")
    """Label per locale code."""

    is_required_for_completeness: bool | None = Field(
        default=None, alias="is_required_for_completeness"
    )

    options: list[dict[str, Any]] | None = Field(default=None, alias="options")
    """With `with_table_select_options=true`."""


class TableColumnValidations(BaseModel):
    """TableColumnValidations"""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    min: float | None = Field(default=None, alias="min")
    """Number columns."""

    max: float | None = Field(default=None, alias="max")
    """Number columns."""

    decimals_allowed: bool | None = Field(default=None, alias="decimals_allowed")
    """Number columns."""

    max_length: float | None = Field(default=None, alias="max_length")
    """Text columns."""
