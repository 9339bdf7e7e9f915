"""OAuth2 access tokens for the PIM: obtain, keep fresh, renew.

- Login: ``POST /api/oauth/v1/token`` with HTTP Basic ``base64(client_id:secret)`` and the JSON
  body ``{"grant_type": "password", "username": ..., "password": ...}``.
- Refresh: the same endpoint with ``{"grant_type": "refresh_token", "refresh_token": ...}``. The
  newest refresh token of every reply is kept. A refused refresh (400, 401 or 422) falls back to
  logging in again with the password.
- A token is renewed shortly before it expires (``token_refresh_margin``, at most 10% of its
  lifetime, measured on a monotonic clock) and once when the API answers 401.
- A ready ``token`` given in the settings is used as is; without credentials it is never renewed.
- Concurrent callers share one renewal (a lock).
"""

from __future__ import annotations

import asyncio  # unasync: sync=import logging
import logging  # unasync: sync=import threading
import time
from collections.abc import (
    Awaitable,  # unasync: remove
    Callable,
)
from typing import Any

from .._config import Settings
from .._httpx import httpx
from ..errors import APIError, AuthenticationError

__all__ = ["TOKEN_PATH", "AsyncAuth", "TokenSender"]

TOKEN_PATH = "/api/oauth/v1/token"

#: Sends one token request: ``(json_body, headers) -> response``; raises ``APIError`` for a
#: non-success status and ``TransportError`` when there is no answer.
TokenSender = Callable[
    [dict[str, str], dict[str, str]],
    Awaitable[httpx.Response],  # unasync: sync=httpx.Response,
]

_REFUSED_REFRESH = frozenset({400, 401, 422})
_logger = logging.getLogger(
    __name__.rsplit(".", 2)[0]
)  # <package>._async._auth -> <package>, however deep


class AsyncAuth:
    """Holds the current access token and renews it when needed (see the module docs)."""

    def __init__(
        self,
        settings: Settings,
        send: TokenSender,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._send = send
        self._clock = clock
        self._lock = asyncio.Lock()  # unasync: sync=self._lock = threading.Lock()
        self._access_token: str | None = settings.token
        self._refresh_token: str | None = None
        self._expires_at: float | None = None
        self._renewals = 0

    @property
    def can_renew(self) -> bool:
        """True when a refused or expired token can be replaced (credentials are set)."""
        return self._settings.has_credentials

    @property
    def renewals(self) -> int:
        """How many tokens were obtained so far (logins and refreshes)."""
        return self._renewals

    def __repr__(self) -> str:
        state = "token" if self._access_token else "no token"
        return f"{type(self).__name__}({state}, renewable={self.can_renew})"

    async def token(self) -> str:
        """A valid access token, obtaining or renewing one first when needed."""
        current = self._access_token
        if current is not None and not self._expiring():
            return current
        async with self._lock:
            if self._access_token is None or self._expiring():
                await self._renew()
            assert self._access_token is not None
            return self._access_token

    async def renew_after_refusal(self, refused: str) -> bool:
        """Called when the API answered 401 to ``refused``: renew the token once.

        Returns True when a different token is now available (the request can be retried),
        False when the token cannot be renewed (ready token without credentials).
        """
        if not self.can_renew:
            return False
        async with self._lock:
            if self._access_token is not None and self._access_token != refused:
                return True  # another caller already renewed it
            await self._renew()
            return self._access_token is not None and self._access_token != refused

    def _expiring(self) -> bool:
        if self._expires_at is None:
            return False
        return self._clock() >= self._expires_at

    async def _renew(self) -> None:
        """Refresh when a refresh token is known, else (or when refused) log in."""
        if not self.can_renew:
            if self._access_token is None:
                raise AuthenticationError("no token and no credentials to obtain one")
            return  # a ready token: keep using it until the API refuses it
        refresh_token = self._refresh_token
        if refresh_token is not None:
            try:
                await self._grant({"grant_type": "refresh_token", "refresh_token": refresh_token})
                return
            except AuthenticationError as exc:
                if exc.status_code not in _REFUSED_REFRESH:
                    raise
                _logger.debug("refresh token refused (%s); logging in again", exc.status_code)
                self._refresh_token = None
        assert self._settings.username is not None and self._settings.password is not None
        await self._grant(
            {
                "grant_type": "password",
                "username": self._settings.username,
                "password": self._settings.password,
            }
        )

    async def _grant(self, body: dict[str, str]) -> None:
        headers = {"Authorization": self._settings.basic_authorization()}
        started = self._clock()
        try:
            response = await self._send(body, headers)
        except APIError as exc:
            raise AuthenticationError(
                exc.message or exc.reason, status_code=exc.status_code
            ) from None
        self._store(_decode(response), started, body["grant_type"])

    def _store(self, reply: Any, started: float, grant: str) -> None:
        if not isinstance(reply, dict):
            raise AuthenticationError("the token endpoint sent no JSON object")
        access = reply.get("access_token")
        if not isinstance(access, str) or not access:
            raise AuthenticationError("the token endpoint sent no access_token")
        self._access_token = access
        refresh = reply.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self._refresh_token = refresh
        expires_in = reply.get("expires_in")
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
            margin = min(self._settings.token_refresh_margin, 0.1 * float(expires_in))
            self._expires_at = started + float(expires_in) - margin
        else:
            self._expires_at = None
        self._renewals += 1
        _logger.debug("obtained an access token (%s grant, expires_in=%s)", grant, expires_in)


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
