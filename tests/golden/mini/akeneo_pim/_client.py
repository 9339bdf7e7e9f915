# Generated from tests/fixtures/specs/mini.yaml by akeneo-codegen. Do not edit; see README.
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
    from .resources import families as _r_families
    from .resources import media_files as _r_media_files

__all__ = ["SERVERS", "Akeneo", "AsyncAkeneo"]

#: The servers the API description lists (variables filled in with their defaults); any of
#: them can be given as ``base_url``.
SERVERS: tuple[str, ...] = ("https://pim.example.com",)


class Akeneo:
    """Mini PIM client. Settings not given as arguments are read from AKENEO_* environment
    variables (AKENEO_BASE_URL, AKENEO_CLIENT_ID, AKENEO_SECRET, AKENEO_USERNAME,
    AKENEO_PASSWORD, AKENEO_TOKEN).

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
    def families(self) -> _r_families.Families:
        """families: create, get, list, upsert, upsert_many"""
        from .resources import families as module  # noqa: PLC0415

        return module.Families(self._http)

    @cached_property
    def media_files(self) -> _r_media_files.MediaFiles:
        """media_files: download, upload"""
        from .resources import media_files as module  # noqa: PLC0415

        return module.MediaFiles(self._http)


class AsyncAkeneo:
    """Mini PIM client, asynchronous. Settings not given as arguments are read from AKENEO_*
    environment variables (AKENEO_BASE_URL, AKENEO_CLIENT_ID, AKENEO_SECRET,
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
    def families(self) -> _r_families.AsyncFamilies:
        """families: create, get, list, upsert, upsert_many"""
        from .resources import families as module  # noqa: PLC0415

        return module.AsyncFamilies(self._http)

    @cached_property
    def media_files(self) -> _r_media_files.AsyncMediaFiles:
        """media_files: download, upload"""
        from .resources import media_files as module  # noqa: PLC0415

        return module.AsyncMediaFiles(self._http)
