# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""Every model of the API, importable from here; each module is loaded on first use."""

from __future__ import annotations

import importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .app_catalog_mapping_schemas import ProductMappingSchema as ProductMappingSchema
    from .app_catalog_products import LocalizedText as LocalizedText
    from .app_catalog_products import MappedAxis as MappedAxis
    from .app_catalog_products import MappedAxisValue as MappedAxisValue
    from .app_catalog_products import MappedModel as MappedModel
    from .app_catalog_products import MappedProduct as MappedProduct
    from .app_catalog_products import MappedVariant as MappedVariant
    from .app_catalogs import AppCatalog as AppCatalog
    from .app_catalogs import AppCatalogDuplicate as AppCatalogDuplicate
    from .app_catalogs import AppCatalogWrite as AppCatalogWrite
    from .asset_attributes import AssetAttribute as AssetAttribute
    from .asset_families import AssetAssignment as AssetAssignment
    from .asset_families import AssetFamily as AssetFamily
    from .asset_families import AssetNamingConvention as AssetNamingConvention
    from .asset_families import AssetNamingSource as AssetNamingSource
    from .asset_families import AssetProductLinkRule as AssetProductLinkRule
    from .asset_families import AssetProductSelection as AssetProductSelection
    from .asset_families import AssetTransformation as AssetTransformation
    from .asset_families import AssetTransformationOperation as AssetTransformationOperation
    from .asset_families import AssetValueTarget as AssetValueTarget
    from .assets import Asset as Asset
    from .assets import AssetValue as AssetValue
    from .association_types import AssociationType as AssociationType
    from .attribute_groups import AttributeGroup as AttributeGroup
    from .attribute_options import AttributeOption as AttributeOption
    from .attributes import Attribute as Attribute
    from .attributes import TableColumn as TableColumn
    from .attributes import TableColumnValidations as TableColumnValidations
    from .auth import PasswordGrant as PasswordGrant
    from .auth import RefreshTokenGrant as RefreshTokenGrant
    from .auth import Token as Token
    from .auth import TokenRequest as TokenRequest
    from .categories import Category as Category
    from .categories import CategoryValidations as CategoryValidations
    from .categories import CategoryValue as CategoryValue
    from .categories import CategoryValueWrite as CategoryValueWrite
    from .categories import CategoryWrite as CategoryWrite
    from .channels import Channel as Channel
    from .common import Association as Association
    from .common import AttributeOptionCode as AttributeOptionCode
    from .common import CodeRef as CodeRef
    from .common import Completeness as Completeness
    from .common import ItemLinks as ItemLinks
    from .common import Link as Link
    from .common import PamAssetReferenceFile as PamAssetReferenceFile
    from .common import PamAssetVariationFile as PamAssetVariationFile
    from .common import PamFileLinks as PamFileLinks
    from .common import ProductUuid as ProductUuid
    from .common import ProductValue as ProductValue
    from .common import QualityScore as QualityScore
    from .common import QuantifiedAssociation as QuantifiedAssociation
    from .common import QuantifiedAssociationUuid as QuantifiedAssociationUuid
    from .common import QuantifiedProductLink as QuantifiedProductLink
    from .common import QuantifiedProductModelLink as QuantifiedProductModelLink
    from .common import QuantifiedProductUuidLink as QuantifiedProductUuidLink
    from .common import UuidRef as UuidRef
    from .common import WorkflowExecutionStatus as WorkflowExecutionStatus
    from .common import WorkflowExecutionTask as WorkflowExecutionTask
    from .common import WorkflowMetadata as WorkflowMetadata
    from .common import WorkflowStepRef as WorkflowStepRef
    from .currencies import Currency as Currency
    from .families import Family as Family
    from .family_variants import FamilyVariant as FamilyVariant
    from .family_variants import VariantAttributeSet as VariantAttributeSet
    from .jobs import JobExecution as JobExecution
    from .jobs import JobImportRequest as JobImportRequest
    from .locales import Locale as Locale
    from .measure_families import MeasureFamily as MeasureFamily
    from .measure_families import MeasureUnit as MeasureUnit
    from .measurement_families import ConversionOperation as ConversionOperation
    from .measurement_families import MeasurementFamily as MeasurementFamily
    from .measurement_families import MeasurementUnit as MeasurementUnit
    from .media_files import MediaFile as MediaFile
    from .media_files import MediaFileLinks as MediaFileLinks
    from .overview import ApiOverview as ApiOverview
    from .overview import Route as Route
    from .pam_asset_categories import PamAssetCategory as PamAssetCategory
    from .pam_asset_tags import PamAssetTag as PamAssetTag
    from .pam_assets import PamAsset as PamAsset
    from .permissions import AccessRights as AccessRights
    from .permissions import UserChannelPermissions as UserChannelPermissions
    from .permissions import UserLocalePermissions as UserLocalePermissions
    from .product_models import ProductModel as ProductModel
    from .products import Product as Product
    from .products_uuid import PageLinks as PageLinks
    from .products_uuid import ProductSearchRequest as ProductSearchRequest
    from .products_uuid import ProductUuidList as ProductUuidList
    from .products_uuid import ProductUuidListEmbedded as ProductUuidListEmbedded
    from .published_products import PublishedProduct as PublishedProduct
    from .reference_entities import ReferenceEntity as ReferenceEntity
    from .reference_entities import ReferenceEntityLinks as ReferenceEntityLinks
    from .reference_entity_attributes import ReferenceEntityAttribute as ReferenceEntityAttribute
    from .reference_entity_records import RecordValue as RecordValue
    from .reference_entity_records import ReferenceEntityRecord as ReferenceEntityRecord
    from .system import SystemInformation as SystemInformation
    from .ui_extensions import UiExtension as UiExtension
    from .ui_extensions import UiExtensionConfiguration as UiExtensionConfiguration
    from .ui_extensions import UiExtensionUpdate as UiExtensionUpdate
    from .workflow_executions import WorkflowExecutionError as WorkflowExecutionError
    from .workflow_executions import WorkflowExecutionReport as WorkflowExecutionReport
    from .workflow_executions import WorkflowExecutionStart as WorkflowExecutionStart
    from .workflow_tasks import PendingAttributeValue as PendingAttributeValue
    from .workflow_tasks import RejectedAttributeValue as RejectedAttributeValue
    from .workflow_tasks import WorkflowTask as WorkflowTask
    from .workflow_tasks import WorkflowTaskLinks as WorkflowTaskLinks
    from .workflow_tasks import WorkflowTaskTransition as WorkflowTaskTransition
    from .workflows import AllottedTime as AllottedTime
    from .workflows import Workflow as Workflow
    from .workflows import WorkflowAssignee as WorkflowAssignee
    from .workflows import WorkflowStep as WorkflowStep

_MODULES: dict[str, str] = {
    "AccessRights": "permissions",
    "AllottedTime": "workflows",
    "ApiOverview": "overview",
    "AppCatalog": "app_catalogs",
    "AppCatalogDuplicate": "app_catalogs",
    "AppCatalogWrite": "app_catalogs",
    "Asset": "assets",
    "AssetAssignment": "asset_families",
    "AssetAttribute": "asset_attributes",
    "AssetFamily": "asset_families",
    "AssetNamingConvention": "asset_families",
    "AssetNamingSource": "asset_families",
    "AssetProductLinkRule": "asset_families",
    "AssetProductSelection": "asset_families",
    "AssetTransformation": "asset_families",
    "AssetTransformationOperation": "asset_families",
    "AssetValue": "assets",
    "AssetValueTarget": "asset_families",
    "Association": "common",
    "AssociationType": "association_types",
    "Attribute": "attributes",
    "AttributeGroup": "attribute_groups",
    "AttributeOption": "attribute_options",
    "AttributeOptionCode": "common",
    "Category": "categories",
    "CategoryValidations": "categories",
    "CategoryValue": "categories",
    "CategoryValueWrite": "categories",
    "CategoryWrite": "categories",
    "Channel": "channels",
    "CodeRef": "common",
    "Completeness": "common",
    "ConversionOperation": "measurement_families",
    "Currency": "currencies",
    "Family": "families",
    "FamilyVariant": "family_variants",
    "ItemLinks": "common",
    "JobExecution": "jobs",
    "JobImportRequest": "jobs",
    "Link": "common",
    "Locale": "locales",
    "LocalizedText": "app_catalog_products",
    "MappedAxis": "app_catalog_products",
    "MappedAxisValue": "app_catalog_products",
    "MappedModel": "app_catalog_products",
    "MappedProduct": "app_catalog_products",
    "MappedVariant": "app_catalog_products",
    "MeasureFamily": "measure_families",
    "MeasureUnit": "measure_families",
    "MeasurementFamily": "measurement_families",
    "MeasurementUnit": "measurement_families",
    "MediaFile": "media_files",
    "MediaFileLinks": "media_files",
    "PageLinks": "products_uuid",
    "PamAsset": "pam_assets",
    "PamAssetCategory": "pam_asset_categories",
    "PamAssetReferenceFile": "common",
    "PamAssetTag": "pam_asset_tags",
    "PamAssetVariationFile": "common",
    "PamFileLinks": "common",
    "PasswordGrant": "auth",
    "PendingAttributeValue": "workflow_tasks",
    "Product": "products",
    "ProductMappingSchema": "app_catalog_mapping_schemas",
    "ProductModel": "product_models",
    "ProductSearchRequest": "products_uuid",
    "ProductUuid": "common",
    "ProductUuidList": "products_uuid",
    "ProductUuidListEmbedded": "products_uuid",
    "ProductValue": "common",
    "PublishedProduct": "published_products",
    "QualityScore": "common",
    "QuantifiedAssociation": "common",
    "QuantifiedAssociationUuid": "common",
    "QuantifiedProductLink": "common",
    "QuantifiedProductModelLink": "common",
    "QuantifiedProductUuidLink": "common",
    "RecordValue": "reference_entity_records",
    "ReferenceEntity": "reference_entities",
    "ReferenceEntityAttribute": "reference_entity_attributes",
    "ReferenceEntityLinks": "reference_entities",
    "ReferenceEntityRecord": "reference_entity_records",
    "RefreshTokenGrant": "auth",
    "RejectedAttributeValue": "workflow_tasks",
    "Route": "overview",
    "SystemInformation": "system",
    "TableColumn": "attributes",
    "TableColumnValidations": "attributes",
    "Token": "auth",
    "TokenRequest": "auth",
    "UiExtension": "ui_extensions",
    "UiExtensionConfiguration": "ui_extensions",
    "UiExtensionUpdate": "ui_extensions",
    "UserChannelPermissions": "permissions",
    "UserLocalePermissions": "permissions",
    "UuidRef": "common",
    "VariantAttributeSet": "family_variants",
    "Workflow": "workflows",
    "WorkflowAssignee": "workflows",
    "WorkflowExecutionError": "workflow_executions",
    "WorkflowExecutionReport": "workflow_executions",
    "WorkflowExecutionStart": "workflow_executions",
    "WorkflowExecutionStatus": "common",
    "WorkflowExecutionTask": "common",
    "WorkflowMetadata": "common",
    "WorkflowStep": "workflows",
    "WorkflowStepRef": "common",
    "WorkflowTask": "workflow_tasks",
    "WorkflowTaskLinks": "workflow_tasks",
    "WorkflowTaskTransition": "workflow_tasks",
}

__all__ = [
    "AccessRights",
    "AllottedTime",
    "ApiOverview",
    "AppCatalog",
    "AppCatalogDuplicate",
    "AppCatalogWrite",
    "Asset",
    "AssetAssignment",
    "AssetAttribute",
    "AssetFamily",
    "AssetNamingConvention",
    "AssetNamingSource",
    "AssetProductLinkRule",
    "AssetProductSelection",
    "AssetTransformation",
    "AssetTransformationOperation",
    "AssetValue",
    "AssetValueTarget",
    "Association",
    "AssociationType",
    "Attribute",
    "AttributeGroup",
    "AttributeOption",
    "AttributeOptionCode",
    "Category",
    "CategoryValidations",
    "CategoryValue",
    "CategoryValueWrite",
    "CategoryWrite",
    "Channel",
    "CodeRef",
    "Completeness",
    "ConversionOperation",
    "Currency",
    "Family",
    "FamilyVariant",
    "ItemLinks",
    "JobExecution",
    "JobImportRequest",
    "Link",
    "Locale",
    "LocalizedText",
    "MappedAxis",
    "MappedAxisValue",
    "MappedModel",
    "MappedProduct",
    "MappedVariant",
    "MeasureFamily",
    "MeasureUnit",
    "MeasurementFamily",
    "MeasurementUnit",
    "MediaFile",
    "MediaFileLinks",
    "PageLinks",
    "PamAsset",
    "PamAssetCategory",
    "PamAssetReferenceFile",
    "PamAssetTag",
    "PamAssetVariationFile",
    "PamFileLinks",
    "PasswordGrant",
    "PendingAttributeValue",
    "Product",
    "ProductMappingSchema",
    "ProductModel",
    "ProductSearchRequest",
    "ProductUuid",
    "ProductUuidList",
    "ProductUuidListEmbedded",
    "ProductValue",
    "PublishedProduct",
    "QualityScore",
    "QuantifiedAssociation",
    "QuantifiedAssociationUuid",
    "QuantifiedProductLink",
    "QuantifiedProductModelLink",
    "QuantifiedProductUuidLink",
    "RecordValue",
    "ReferenceEntity",
    "ReferenceEntityAttribute",
    "ReferenceEntityLinks",
    "ReferenceEntityRecord",
    "RefreshTokenGrant",
    "RejectedAttributeValue",
    "Route",
    "SystemInformation",
    "TableColumn",
    "TableColumnValidations",
    "Token",
    "TokenRequest",
    "UiExtension",
    "UiExtensionConfiguration",
    "UiExtensionUpdate",
    "UserChannelPermissions",
    "UserLocalePermissions",
    "UuidRef",
    "VariantAttributeSet",
    "Workflow",
    "WorkflowAssignee",
    "WorkflowExecutionError",
    "WorkflowExecutionReport",
    "WorkflowExecutionStart",
    "WorkflowExecutionStatus",
    "WorkflowExecutionTask",
    "WorkflowMetadata",
    "WorkflowStep",
    "WorkflowStepRef",
    "WorkflowTask",
    "WorkflowTaskLinks",
    "WorkflowTaskTransition",
]


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
