# Generated from spec/akeneo-pim.yaml by akeneo-codegen. Do not edit; see README.
"""The clients: :class:`Akeneo` (blocking) and its async twin."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._async._http import AsyncHttp
from ._config import Settings
from ._httpx import httpx
from ._sync._http import SyncHttp
from ._types import EventHooks

if TYPE_CHECKING:
    from .resources import app_catalog_mapping_schemas as _r_app_catalog_mapping_schemas
    from .resources import app_catalog_products as _r_app_catalog_products
    from .resources import app_catalogs as _r_app_catalogs
    from .resources import asset_attribute_options as _r_asset_attribute_options
    from .resources import asset_attributes as _r_asset_attributes
    from .resources import asset_families as _r_asset_families
    from .resources import asset_media_files as _r_asset_media_files
    from .resources import assets as _r_assets
    from .resources import association_types as _r_association_types
    from .resources import attribute_groups as _r_attribute_groups
    from .resources import attribute_options as _r_attribute_options
    from .resources import attributes as _r_attributes
    from .resources import auth as _r_auth
    from .resources import categories as _r_categories
    from .resources import category_media_files as _r_category_media_files
    from .resources import channels as _r_channels
    from .resources import currencies as _r_currencies
    from .resources import families as _r_families
    from .resources import family_variants as _r_family_variants
    from .resources import jobs as _r_jobs
    from .resources import locales as _r_locales
    from .resources import measure_families as _r_measure_families
    from .resources import measurement_families as _r_measurement_families
    from .resources import media_files as _r_media_files
    from .resources import overview as _r_overview
    from .resources import pam_asset_categories as _r_pam_asset_categories
    from .resources import pam_asset_reference_files as _r_pam_asset_reference_files
    from .resources import pam_asset_tags as _r_pam_asset_tags
    from .resources import pam_asset_variation_files as _r_pam_asset_variation_files
    from .resources import pam_assets as _r_pam_assets
    from .resources import permissions as _r_permissions
    from .resources import product_models as _r_product_models
    from .resources import products as _r_products
    from .resources import products_uuid as _r_products_uuid
    from .resources import published_products as _r_published_products
    from .resources import reference_entities as _r_reference_entities
    from .resources import (
        reference_entity_attribute_options as _r_reference_entity_attribute_options,
    )
    from .resources import reference_entity_attributes as _r_reference_entity_attributes
    from .resources import reference_entity_media_files as _r_reference_entity_media_files
    from .resources import reference_entity_records as _r_reference_entity_records
    from .resources import system as _r_system
    from .resources import ui_extensions as _r_ui_extensions
    from .resources import workflow_executions as _r_workflow_executions
    from .resources import workflow_tasks as _r_workflow_tasks
    from .resources import workflows as _r_workflows

__all__ = ["SERVERS", "Akeneo", "AsyncAkeneo"]

#: The servers the API description lists (variables filled in with their defaults); any of
#: them can be given as ``base_url``.
SERVERS: tuple[str, ...] = ("https://demo.akeneo.com",)


class Akeneo:
    """Akeneo PIM REST API client. Settings not given as arguments are read from AKENEO_*
    environment variables (AKENEO_BASE_URL, AKENEO_CLIENT_ID, AKENEO_SECRET,
    AKENEO_USERNAME, AKENEO_PASSWORD, AKENEO_TOKEN).

    Args:
        base_url: the PIM's root URL, e.g. ``https://pim.example.com``.
        client_id: the API connection's client id.
        secret: the API connection's secret.
        username: the API user's name (password grant).
        password: the API user's password.
        token: a ready access token (e.g. a connected app's); never refreshed.
        http_client: an ``httpx.Client`` to use (proxies, custom
            transports, tests); it is not closed by :meth:`close`. Its own
            timeouts apply, unless ``timeout=`` is given too: then that one does.
        event_hooks: ``{"request": [...], "response": [...]}``: functions called with every
            request just before it is sent and every response once its headers arrived
            (retries and token requests included).
        **options: other settings: ``timeout``, ``max_retries``, ``backoff_base``,
            ``backoff_cap``, ``retry_after_cap``, ``token_refresh_margin``, ``user_agent``,
            ``default_headers`` (sent with every request).
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        http_client: httpx.Client | None = None,
        event_hooks: EventHooks | None = None,
        **options: Any,
    ) -> None:
        self.settings = Settings.from_args(
            base_url,
            client_id=client_id,
            secret=secret,
            username=username,
            password=password,
            token=token,
            **options,
        )
        self._http = SyncHttp(
            self.settings,
            http_client=http_client,
            settings_timeout="timeout" in options,
            event_hooks=event_hooks,
        )

    def __repr__(self) -> str:
        return f"Akeneo(base_url={self.settings.base_url!r})"

    def close(self) -> None:
        """Close the HTTP connections this client opened."""
        self._http.close()

    def __enter__(self) -> Akeneo:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @cached_property
    def app_catalog_mapping_schemas(
        self,
    ) -> _r_app_catalog_mapping_schemas.AppCatalogMappingSchemas:
        """app_catalog_mapping_schemas: delete_product, get_product, upsert_product"""
        from .resources import app_catalog_mapping_schemas as module  # noqa: PLC0415

        return module.AppCatalogMappingSchemas(self._http)

    @cached_property
    def app_catalog_products(self) -> _r_app_catalog_products.AppCatalogProducts:
        """app_catalog_products: get, list, list_mapped, list_mapped_models,
        list_mapped_variants, list_uuids"""
        from .resources import app_catalog_products as module  # noqa: PLC0415

        return module.AppCatalogProducts(self._http)

    @cached_property
    def app_catalogs(self) -> _r_app_catalogs.AppCatalogs:
        """app_catalogs: create, delete, duplicate, get, list, update"""
        from .resources import app_catalogs as module  # noqa: PLC0415

        return module.AppCatalogs(self._http)

    @cached_property
    def asset_attribute_options(self) -> _r_asset_attribute_options.AssetAttributeOptions:
        """asset_attribute_options: get, list, upsert"""
        from .resources import asset_attribute_options as module  # noqa: PLC0415

        return module.AssetAttributeOptions(self._http)

    @cached_property
    def asset_attributes(self) -> _r_asset_attributes.AssetAttributes:
        """asset_attributes: get, list, upsert"""
        from .resources import asset_attributes as module  # noqa: PLC0415

        return module.AssetAttributes(self._http)

    @cached_property
    def asset_families(self) -> _r_asset_families.AssetFamilies:
        """asset_families: get, list, upsert"""
        from .resources import asset_families as module  # noqa: PLC0415

        return module.AssetFamilies(self._http)

    @cached_property
    def asset_media_files(self) -> _r_asset_media_files.AssetMediaFiles:
        """asset_media_files: download, upload"""
        from .resources import asset_media_files as module  # noqa: PLC0415

        return module.AssetMediaFiles(self._http)

    @cached_property
    def assets(self) -> _r_assets.Assets:
        """assets: delete, get, list, upsert, upsert_many"""
        from .resources import assets as module  # noqa: PLC0415

        return module.Assets(self._http)

    @cached_property
    def association_types(self) -> _r_association_types.AssociationTypes:
        """association_types: create, get, list, upsert, upsert_many"""
        from .resources import association_types as module  # noqa: PLC0415

        return module.AssociationTypes(self._http)

    @cached_property
    def attribute_groups(self) -> _r_attribute_groups.AttributeGroups:
        """attribute_groups: create, get, list, upsert, upsert_many"""
        from .resources import attribute_groups as module  # noqa: PLC0415

        return module.AttributeGroups(self._http)

    @cached_property
    def attribute_options(self) -> _r_attribute_options.AttributeOptions:
        """attribute_options: create, get, list, upsert, upsert_many"""
        from .resources import attribute_options as module  # noqa: PLC0415

        return module.AttributeOptions(self._http)

    @cached_property
    def attributes(self) -> _r_attributes.Attributes:
        """attributes: create, get, list, upsert, upsert_many"""
        from .resources import attributes as module  # noqa: PLC0415

        return module.Attributes(self._http)

    @cached_property
    def auth(self) -> _r_auth.Auth:
        """auth: token"""
        from .resources import auth as module  # noqa: PLC0415

        return module.Auth(self._http)

    @cached_property
    def categories(self) -> _r_categories.Categories:
        """categories: create, get, list, upsert, upsert_many"""
        from .resources import categories as module  # noqa: PLC0415

        return module.Categories(self._http)

    @cached_property
    def category_media_files(self) -> _r_category_media_files.CategoryMediaFiles:
        """category_media_files: download, upload"""
        from .resources import category_media_files as module  # noqa: PLC0415

        return module.CategoryMediaFiles(self._http)

    @cached_property
    def channels(self) -> _r_channels.Channels:
        """channels: create, get, list, upsert, upsert_many"""
        from .resources import channels as module  # noqa: PLC0415

        return module.Channels(self._http)

    @cached_property
    def currencies(self) -> _r_currencies.Currencies:
        """currencies: get, list"""
        from .resources import currencies as module  # noqa: PLC0415

        return module.Currencies(self._http)

    @cached_property
    def families(self) -> _r_families.Families:
        """families: create, delete, get, list, upsert, upsert_many"""
        from .resources import families as module  # noqa: PLC0415

        return module.Families(self._http)

    @cached_property
    def family_variants(self) -> _r_family_variants.FamilyVariants:
        """family_variants: create, get, list, upsert, upsert_many"""
        from .resources import family_variants as module  # noqa: PLC0415

        return module.FamilyVariants(self._http)

    @cached_property
    def jobs(self) -> _r_jobs.Jobs:
        """jobs: launch_export, launch_import"""
        from .resources import jobs as module  # noqa: PLC0415

        return module.Jobs(self._http)

    @cached_property
    def locales(self) -> _r_locales.Locales:
        """locales: get, list"""
        from .resources import locales as module  # noqa: PLC0415

        return module.Locales(self._http)

    @cached_property
    def measure_families(self) -> _r_measure_families.MeasureFamilies:
        """measure_families: get, list"""
        from .resources import measure_families as module  # noqa: PLC0415

        return module.MeasureFamilies(self._http)

    @cached_property
    def measurement_families(self) -> _r_measurement_families.MeasurementFamilies:
        """measurement_families: list, upsert_many"""
        from .resources import measurement_families as module  # noqa: PLC0415

        return module.MeasurementFamilies(self._http)

    @cached_property
    def media_files(self) -> _r_media_files.MediaFiles:
        """media_files: download, get, list, upload"""
        from .resources import media_files as module  # noqa: PLC0415

        return module.MediaFiles(self._http)

    @cached_property
    def overview(self) -> _r_overview.Overview:
        """overview: get"""
        from .resources import overview as module  # noqa: PLC0415

        return module.Overview(self._http)

    @cached_property
    def pam_asset_categories(self) -> _r_pam_asset_categories.PamAssetCategories:
        """pam_asset_categories: create, get, list, upsert, upsert_many"""
        from .resources import pam_asset_categories as module  # noqa: PLC0415

        return module.PamAssetCategories(self._http)

    @cached_property
    def pam_asset_reference_files(self) -> _r_pam_asset_reference_files.PamAssetReferenceFiles:
        """pam_asset_reference_files: download, get, upload"""
        from .resources import pam_asset_reference_files as module  # noqa: PLC0415

        return module.PamAssetReferenceFiles(self._http)

    @cached_property
    def pam_asset_tags(self) -> _r_pam_asset_tags.PamAssetTags:
        """pam_asset_tags: get, list, upsert"""
        from .resources import pam_asset_tags as module  # noqa: PLC0415

        return module.PamAssetTags(self._http)

    @cached_property
    def pam_asset_variation_files(self) -> _r_pam_asset_variation_files.PamAssetVariationFiles:
        """pam_asset_variation_files: download, get, upload"""
        from .resources import pam_asset_variation_files as module  # noqa: PLC0415

        return module.PamAssetVariationFiles(self._http)

    @cached_property
    def pam_assets(self) -> _r_pam_assets.PamAssets:
        """pam_assets: create, get, list, upsert, upsert_many"""
        from .resources import pam_assets as module  # noqa: PLC0415

        return module.PamAssets(self._http)

    @cached_property
    def permissions(self) -> _r_permissions.Permissions:
        """permissions: get_channels, get_locales"""
        from .resources import permissions as module  # noqa: PLC0415

        return module.Permissions(self._http)

    @cached_property
    def product_models(self) -> _r_product_models.ProductModels:
        """product_models: create, delete, get, get_draft, list, submit_proposal, upsert,
        upsert_many"""
        from .resources import product_models as module  # noqa: PLC0415

        return module.ProductModels(self._http)

    @cached_property
    def products(self) -> _r_products.Products:
        """products: create, delete, get, get_draft, list, submit_proposal, upsert, upsert_many"""
        from .resources import products as module  # noqa: PLC0415

        return module.Products(self._http)

    @cached_property
    def products_uuid(self) -> _r_products_uuid.ProductsUuid:
        """products_uuid: create, delete, get, get_draft, list, search, submit_proposal,
        upsert, upsert_many"""
        from .resources import products_uuid as module  # noqa: PLC0415

        return module.ProductsUuid(self._http)

    @cached_property
    def published_products(self) -> _r_published_products.PublishedProducts:
        """published_products: get, list"""
        from .resources import published_products as module  # noqa: PLC0415

        return module.PublishedProducts(self._http)

    @cached_property
    def reference_entities(self) -> _r_reference_entities.ReferenceEntities:
        """reference_entities: get, list, upsert"""
        from .resources import reference_entities as module  # noqa: PLC0415

        return module.ReferenceEntities(self._http)

    @cached_property
    def reference_entity_attribute_options(
        self,
    ) -> _r_reference_entity_attribute_options.ReferenceEntityAttributeOptions:
        """reference_entity_attribute_options: get, list, upsert"""
        from .resources import reference_entity_attribute_options as module  # noqa: PLC0415

        return module.ReferenceEntityAttributeOptions(self._http)

    @cached_property
    def reference_entity_attributes(
        self,
    ) -> _r_reference_entity_attributes.ReferenceEntityAttributes:
        """reference_entity_attributes: get, list, upsert"""
        from .resources import reference_entity_attributes as module  # noqa: PLC0415

        return module.ReferenceEntityAttributes(self._http)

    @cached_property
    def reference_entity_media_files(
        self,
    ) -> _r_reference_entity_media_files.ReferenceEntityMediaFiles:
        """reference_entity_media_files: download, upload"""
        from .resources import reference_entity_media_files as module  # noqa: PLC0415

        return module.ReferenceEntityMediaFiles(self._http)

    @cached_property
    def reference_entity_records(self) -> _r_reference_entity_records.ReferenceEntityRecords:
        """reference_entity_records: get, list, upsert, upsert_many"""
        from .resources import reference_entity_records as module  # noqa: PLC0415

        return module.ReferenceEntityRecords(self._http)

    @cached_property
    def system(self) -> _r_system.System:
        """system: get"""
        from .resources import system as module  # noqa: PLC0415

        return module.System(self._http)

    @cached_property
    def ui_extensions(self) -> _r_ui_extensions.UiExtensions:
        """ui_extensions: create, delete, list, update, update_via_post"""
        from .resources import ui_extensions as module  # noqa: PLC0415

        return module.UiExtensions(self._http)

    @cached_property
    def workflow_executions(self) -> _r_workflow_executions.WorkflowExecutions:
        """workflow_executions: start"""
        from .resources import workflow_executions as module  # noqa: PLC0415

        return module.WorkflowExecutions(self._http)

    @cached_property
    def workflow_tasks(self) -> _r_workflow_tasks.WorkflowTasks:
        """workflow_tasks: list, update"""
        from .resources import workflow_tasks as module  # noqa: PLC0415

        return module.WorkflowTasks(self._http)

    @cached_property
    def workflows(self) -> _r_workflows.Workflows:
        """workflows: get, list, list_step_assignees"""
        from .resources import workflows as module  # noqa: PLC0415

        return module.Workflows(self._http)


class AsyncAkeneo:
    """Akeneo PIM REST API client, asynchronous. Settings not given as arguments are read from
    AKENEO_* environment variables (AKENEO_BASE_URL, AKENEO_CLIENT_ID, AKENEO_SECRET,
    AKENEO_USERNAME, AKENEO_PASSWORD, AKENEO_TOKEN).

    Args:
        base_url: the PIM's root URL, e.g. ``https://pim.example.com``.
        client_id: the API connection's client id.
        secret: the API connection's secret.
        username: the API user's name (password grant).
        password: the API user's password.
        token: a ready access token (e.g. a connected app's); never refreshed.
        http_client: an ``httpx.AsyncClient`` to use (proxies, custom
            transports, tests); it is not closed by :meth:`aclose`. Its own
            timeouts apply, unless ``timeout=`` is given too: then that one does.
        event_hooks: ``{"request": [...], "response": [...]}``: functions called with every
            request just before it is sent and every response once its headers arrived
            (retries and token requests included; async functions are awaited).
        **options: other settings: ``timeout``, ``max_retries``, ``backoff_base``,
            ``backoff_cap``, ``retry_after_cap``, ``token_refresh_margin``, ``user_agent``,
            ``default_headers`` (sent with every request).
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        event_hooks: EventHooks | None = None,
        **options: Any,
    ) -> None:
        self.settings = Settings.from_args(
            base_url,
            client_id=client_id,
            secret=secret,
            username=username,
            password=password,
            token=token,
            **options,
        )
        self._http = AsyncHttp(
            self.settings,
            http_client=http_client,
            settings_timeout="timeout" in options,
            event_hooks=event_hooks,
        )

    def __repr__(self) -> str:
        return f"AsyncAkeneo(base_url={self.settings.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncAkeneo:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def app_catalog_mapping_schemas(
        self,
    ) -> _r_app_catalog_mapping_schemas.AsyncAppCatalogMappingSchemas:
        """app_catalog_mapping_schemas: delete_product, get_product, upsert_product"""
        from .resources import app_catalog_mapping_schemas as module  # noqa: PLC0415

        return module.AsyncAppCatalogMappingSchemas(self._http)

    @cached_property
    def app_catalog_products(self) -> _r_app_catalog_products.AsyncAppCatalogProducts:
        """app_catalog_products: get, list, list_mapped, list_mapped_models,
        list_mapped_variants, list_uuids"""
        from .resources import app_catalog_products as module  # noqa: PLC0415

        return module.AsyncAppCatalogProducts(self._http)

    @cached_property
    def app_catalogs(self) -> _r_app_catalogs.AsyncAppCatalogs:
        """app_catalogs: create, delete, duplicate, get, list, update"""
        from .resources import app_catalogs as module  # noqa: PLC0415

        return module.AsyncAppCatalogs(self._http)

    @cached_property
    def asset_attribute_options(self) -> _r_asset_attribute_options.AsyncAssetAttributeOptions:
        """asset_attribute_options: get, list, upsert"""
        from .resources import asset_attribute_options as module  # noqa: PLC0415

        return module.AsyncAssetAttributeOptions(self._http)

    @cached_property
    def asset_attributes(self) -> _r_asset_attributes.AsyncAssetAttributes:
        """asset_attributes: get, list, upsert"""
        from .resources import asset_attributes as module  # noqa: PLC0415

        return module.AsyncAssetAttributes(self._http)

    @cached_property
    def asset_families(self) -> _r_asset_families.AsyncAssetFamilies:
        """asset_families: get, list, upsert"""
        from .resources import asset_families as module  # noqa: PLC0415

        return module.AsyncAssetFamilies(self._http)

    @cached_property
    def asset_media_files(self) -> _r_asset_media_files.AsyncAssetMediaFiles:
        """asset_media_files: download, upload"""
        from .resources import asset_media_files as module  # noqa: PLC0415

        return module.AsyncAssetMediaFiles(self._http)

    @cached_property
    def assets(self) -> _r_assets.AsyncAssets:
        """assets: delete, get, list, upsert, upsert_many"""
        from .resources import assets as module  # noqa: PLC0415

        return module.AsyncAssets(self._http)

    @cached_property
    def association_types(self) -> _r_association_types.AsyncAssociationTypes:
        """association_types: create, get, list, upsert, upsert_many"""
        from .resources import association_types as module  # noqa: PLC0415

        return module.AsyncAssociationTypes(self._http)

    @cached_property
    def attribute_groups(self) -> _r_attribute_groups.AsyncAttributeGroups:
        """attribute_groups: create, get, list, upsert, upsert_many"""
        from .resources import attribute_groups as module  # noqa: PLC0415

        return module.AsyncAttributeGroups(self._http)

    @cached_property
    def attribute_options(self) -> _r_attribute_options.AsyncAttributeOptions:
        """attribute_options: create, get, list, upsert, upsert_many"""
        from .resources import attribute_options as module  # noqa: PLC0415

        return module.AsyncAttributeOptions(self._http)

    @cached_property
    def attributes(self) -> _r_attributes.AsyncAttributes:
        """attributes: create, get, list, upsert, upsert_many"""
        from .resources import attributes as module  # noqa: PLC0415

        return module.AsyncAttributes(self._http)

    @cached_property
    def auth(self) -> _r_auth.AsyncAuth:
        """auth: token"""
        from .resources import auth as module  # noqa: PLC0415

        return module.AsyncAuth(self._http)

    @cached_property
    def categories(self) -> _r_categories.AsyncCategories:
        """categories: create, get, list, upsert, upsert_many"""
        from .resources import categories as module  # noqa: PLC0415

        return module.AsyncCategories(self._http)

    @cached_property
    def category_media_files(self) -> _r_category_media_files.AsyncCategoryMediaFiles:
        """category_media_files: download, upload"""
        from .resources import category_media_files as module  # noqa: PLC0415

        return module.AsyncCategoryMediaFiles(self._http)

    @cached_property
    def channels(self) -> _r_channels.AsyncChannels:
        """channels: create, get, list, upsert, upsert_many"""
        from .resources import channels as module  # noqa: PLC0415

        return module.AsyncChannels(self._http)

    @cached_property
    def currencies(self) -> _r_currencies.AsyncCurrencies:
        """currencies: get, list"""
        from .resources import currencies as module  # noqa: PLC0415

        return module.AsyncCurrencies(self._http)

    @cached_property
    def families(self) -> _r_families.AsyncFamilies:
        """families: create, delete, get, list, upsert, upsert_many"""
        from .resources import families as module  # noqa: PLC0415

        return module.AsyncFamilies(self._http)

    @cached_property
    def family_variants(self) -> _r_family_variants.AsyncFamilyVariants:
        """family_variants: create, get, list, upsert, upsert_many"""
        from .resources import family_variants as module  # noqa: PLC0415

        return module.AsyncFamilyVariants(self._http)

    @cached_property
    def jobs(self) -> _r_jobs.AsyncJobs:
        """jobs: launch_export, launch_import"""
        from .resources import jobs as module  # noqa: PLC0415

        return module.AsyncJobs(self._http)

    @cached_property
    def locales(self) -> _r_locales.AsyncLocales:
        """locales: get, list"""
        from .resources import locales as module  # noqa: PLC0415

        return module.AsyncLocales(self._http)

    @cached_property
    def measure_families(self) -> _r_measure_families.AsyncMeasureFamilies:
        """measure_families: get, list"""
        from .resources import measure_families as module  # noqa: PLC0415

        return module.AsyncMeasureFamilies(self._http)

    @cached_property
    def measurement_families(self) -> _r_measurement_families.AsyncMeasurementFamilies:
        """measurement_families: list, upsert_many"""
        from .resources import measurement_families as module  # noqa: PLC0415

        return module.AsyncMeasurementFamilies(self._http)

    @cached_property
    def media_files(self) -> _r_media_files.AsyncMediaFiles:
        """media_files: download, get, list, upload"""
        from .resources import media_files as module  # noqa: PLC0415

        return module.AsyncMediaFiles(self._http)

    @cached_property
    def overview(self) -> _r_overview.AsyncOverview:
        """overview: get"""
        from .resources import overview as module  # noqa: PLC0415

        return module.AsyncOverview(self._http)

    @cached_property
    def pam_asset_categories(self) -> _r_pam_asset_categories.AsyncPamAssetCategories:
        """pam_asset_categories: create, get, list, upsert, upsert_many"""
        from .resources import pam_asset_categories as module  # noqa: PLC0415

        return module.AsyncPamAssetCategories(self._http)

    @cached_property
    def pam_asset_reference_files(self) -> _r_pam_asset_reference_files.AsyncPamAssetReferenceFiles:
        """pam_asset_reference_files: download, get, upload"""
        from .resources import pam_asset_reference_files as module  # noqa: PLC0415

        return module.AsyncPamAssetReferenceFiles(self._http)

    @cached_property
    def pam_asset_tags(self) -> _r_pam_asset_tags.AsyncPamAssetTags:
        """pam_asset_tags: get, list, upsert"""
        from .resources import pam_asset_tags as module  # noqa: PLC0415

        return module.AsyncPamAssetTags(self._http)

    @cached_property
    def pam_asset_variation_files(self) -> _r_pam_asset_variation_files.AsyncPamAssetVariationFiles:
        """pam_asset_variation_files: download, get, upload"""
        from .resources import pam_asset_variation_files as module  # noqa: PLC0415

        return module.AsyncPamAssetVariationFiles(self._http)

    @cached_property
    def pam_assets(self) -> _r_pam_assets.AsyncPamAssets:
        """pam_assets: create, get, list, upsert, upsert_many"""
        from .resources import pam_assets as module  # noqa: PLC0415

        return module.AsyncPamAssets(self._http)

    @cached_property
    def permissions(self) -> _r_permissions.AsyncPermissions:
        """permissions: get_channels, get_locales"""
        from .resources import permissions as module  # noqa: PLC0415

        return module.AsyncPermissions(self._http)

    @cached_property
    def product_models(self) -> _r_product_models.AsyncProductModels:
        """product_models: create, delete, get, get_draft, list, submit_proposal, upsert,
        upsert_many"""
        from .resources import product_models as module  # noqa: PLC0415

        return module.AsyncProductModels(self._http)

    @cached_property
    def products(self) -> _r_products.AsyncProducts:
        """products: create, delete, get, get_draft, list, submit_proposal, upsert, upsert_many"""
        from .resources import products as module  # noqa: PLC0415

        return module.AsyncProducts(self._http)

    @cached_property
    def products_uuid(self) -> _r_products_uuid.AsyncProductsUuid:
        """products_uuid: create, delete, get, get_draft, list, search, submit_proposal,
        upsert, upsert_many"""
        from .resources import products_uuid as module  # noqa: PLC0415

        return module.AsyncProductsUuid(self._http)

    @cached_property
    def published_products(self) -> _r_published_products.AsyncPublishedProducts:
        """published_products: get, list"""
        from .resources import published_products as module  # noqa: PLC0415

        return module.AsyncPublishedProducts(self._http)

    @cached_property
    def reference_entities(self) -> _r_reference_entities.AsyncReferenceEntities:
        """reference_entities: get, list, upsert"""
        from .resources import reference_entities as module  # noqa: PLC0415

        return module.AsyncReferenceEntities(self._http)

    @cached_property
    def reference_entity_attribute_options(
        self,
    ) -> _r_reference_entity_attribute_options.AsyncReferenceEntityAttributeOptions:
        """reference_entity_attribute_options: get, list, upsert"""
        from .resources import reference_entity_attribute_options as module  # noqa: PLC0415

        return module.AsyncReferenceEntityAttributeOptions(self._http)

    @cached_property
    def reference_entity_attributes(
        self,
    ) -> _r_reference_entity_attributes.AsyncReferenceEntityAttributes:
        """reference_entity_attributes: get, list, upsert"""
        from .resources import reference_entity_attributes as module  # noqa: PLC0415

        return module.AsyncReferenceEntityAttributes(self._http)

    @cached_property
    def reference_entity_media_files(
        self,
    ) -> _r_reference_entity_media_files.AsyncReferenceEntityMediaFiles:
        """reference_entity_media_files: download, upload"""
        from .resources import reference_entity_media_files as module  # noqa: PLC0415

        return module.AsyncReferenceEntityMediaFiles(self._http)

    @cached_property
    def reference_entity_records(self) -> _r_reference_entity_records.AsyncReferenceEntityRecords:
        """reference_entity_records: get, list, upsert, upsert_many"""
        from .resources import reference_entity_records as module  # noqa: PLC0415

        return module.AsyncReferenceEntityRecords(self._http)

    @cached_property
    def system(self) -> _r_system.AsyncSystem:
        """system: get"""
        from .resources import system as module  # noqa: PLC0415

        return module.AsyncSystem(self._http)

    @cached_property
    def ui_extensions(self) -> _r_ui_extensions.AsyncUiExtensions:
        """ui_extensions: create, delete, list, update, update_via_post"""
        from .resources import ui_extensions as module  # noqa: PLC0415

        return module.AsyncUiExtensions(self._http)

    @cached_property
    def workflow_executions(self) -> _r_workflow_executions.AsyncWorkflowExecutions:
        """workflow_executions: start"""
        from .resources import workflow_executions as module  # noqa: PLC0415

        return module.AsyncWorkflowExecutions(self._http)

    @cached_property
    def workflow_tasks(self) -> _r_workflow_tasks.AsyncWorkflowTasks:
        """workflow_tasks: list, update"""
        from .resources import workflow_tasks as module  # noqa: PLC0415

        return module.AsyncWorkflowTasks(self._http)

    @cached_property
    def workflows(self) -> _r_workflows.AsyncWorkflows:
        """workflows: get, list, list_step_assignees"""
        from .resources import workflows as module  # noqa: PLC0415

        return module.AsyncWorkflows(self._http)
