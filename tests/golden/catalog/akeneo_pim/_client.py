# Generated from tests/fixtures/specs/catalog.yaml by akeneo-codegen. Do not edit; see README.
"""The clients: :class:`Client` (blocking) and its async twin."""

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
    from .resources import category as _r_category
    from .resources import field as _r_field
    from .resources import report as _r_report
    from .resources import shapes as _r_shapes

__all__ = ["SERVERS", "AsyncClient", "Client"]

#: The servers the API description lists (variables filled in with their defaults); any of
#: them can be given as ``base_url``.
SERVERS: tuple[str, ...] = ("https://catalog.example.com",)


class Client:
    """Catalog client. Settings not given as arguments are read from AKENEO_PIM_* environment
    variables (AKENEO_PIM_BASE_URL, AKENEO_PIM_CLIENT_ID, AKENEO_PIM_SECRET,
    AKENEO_PIM_USERNAME, AKENEO_PIM_PASSWORD, AKENEO_PIM_TOKEN).

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
        return f"Client(base_url={self.settings.base_url!r})"

    def close(self) -> None:
        """Close the HTTP connections this client opened."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @cached_property
    def category(self) -> _r_category.Category:
        """category: delete_category, get_category, list_categories, upsert_categories,
        upsert_category"""
        from .resources import category as module  # noqa: PLC0415

        return module.Category(self._http)

    @cached_property
    def field(self) -> _r_field.Field:
        """field: get_field"""
        from .resources import field as module  # noqa: PLC0415

        return module.Field(self._http)

    @cached_property
    def report(self) -> _r_report.Report:
        """report: get_report"""
        from .resources import report as module  # noqa: PLC0415

        return module.Report(self._http)

    @cached_property
    def shapes(self) -> _r_shapes.Shapes:
        """shapes: list_shapes, turn, upsert_shapes"""
        from .resources import shapes as module  # noqa: PLC0415

        return module.Shapes(self._http)


class AsyncClient:
    """Catalog client, asynchronous. Settings not given as arguments are read from AKENEO_PIM_*
    environment variables (AKENEO_PIM_BASE_URL, AKENEO_PIM_CLIENT_ID, AKENEO_PIM_SECRET,
    AKENEO_PIM_USERNAME, AKENEO_PIM_PASSWORD, AKENEO_PIM_TOKEN).

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
        return f"AsyncClient(base_url={self.settings.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @cached_property
    def category(self) -> _r_category.AsyncCategory:
        """category: delete_category, get_category, list_categories, upsert_categories,
        upsert_category"""
        from .resources import category as module  # noqa: PLC0415

        return module.AsyncCategory(self._http)

    @cached_property
    def field(self) -> _r_field.AsyncField:
        """field: get_field"""
        from .resources import field as module  # noqa: PLC0415

        return module.AsyncField(self._http)

    @cached_property
    def report(self) -> _r_report.AsyncReport:
        """report: get_report"""
        from .resources import report as module  # noqa: PLC0415

        return module.AsyncReport(self._http)

    @cached_property
    def shapes(self) -> _r_shapes.AsyncShapes:
        """shapes: list_shapes, turn, upsert_shapes"""
        from .resources import shapes as module  # noqa: PLC0415

        return module.AsyncShapes(self._http)
