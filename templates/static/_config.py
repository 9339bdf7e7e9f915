"""Connection settings: where the PIM is, how to authenticate, timeouts and retries.

:class:`Settings` is immutable. Build it directly or with :meth:`Settings.from_args`, which fills
what the caller left out from the environment:

=====================  ==========================================
``base_url``           ``<PREFIX>_BASE_URL``
``client_id``          ``<PREFIX>_CLIENT_ID``
``secret``             ``<PREFIX>_SECRET`` (or ``<PREFIX>_CLIENT_SECRET``)
``username``           ``<PREFIX>_USERNAME``
``password``           ``<PREFIX>_PASSWORD``
``token``              ``<PREFIX>_TOKEN``
=====================  ==========================================

``<PREFIX>`` is :data:`ENV_PREFIX`, fixed when the package was generated (see ``_meta.py``).

Either a ready ``token`` (for example a connected app's token, which cannot be refreshed) or the
four credentials ``client_id``, ``secret``, ``username`` and ``password`` are required. With
both, the token is used first and the credentials take over once it is refused or expired.
``repr()`` masks the secret, the password and the token.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

from ._meta import ENV_PREFIX, RATE_LIMITS, USER_AGENT

__all__ = ["DEFAULT_USER_AGENT", "ENV_PREFIX", "ENV_VARS", "Settings", "Timeouts"]

DEFAULT_USER_AGENT = USER_AGENT

#: Environment variables read by :meth:`Settings.from_args`, per setting, first match wins.
ENV_VARS: Mapping[str, tuple[str, ...]] = {
    "base_url": (f"{ENV_PREFIX}_BASE_URL",),
    "client_id": (f"{ENV_PREFIX}_CLIENT_ID",),
    "secret": (f"{ENV_PREFIX}_SECRET", f"{ENV_PREFIX}_CLIENT_SECRET"),
    "username": (f"{ENV_PREFIX}_USERNAME",),
    "password": (f"{ENV_PREFIX}_PASSWORD",),
    "token": (f"{ENV_PREFIX}_TOKEN",),
}

_SECRET_FIELDS = frozenset({"secret", "password", "token"})
_CREDENTIALS = ("client_id", "secret", "username", "password")


@dataclass(frozen=True)
class Timeouts:
    """Timeouts in seconds (None = wait forever) for each phase of a request."""

    connect: float | None = 10.0
    read: float | None = 60.0
    write: float | None = 60.0
    pool: float | None = 10.0

    @classmethod
    def coerce(cls, value: object) -> Timeouts:
        """Accept a :class:`Timeouts`, one number for every phase, ``None``, or any object with
        ``connect``/``read``/``write``/``pool`` attributes (such as ``httpx.Timeout``)."""
        if isinstance(value, Timeouts):
            return value
        if value is None:
            return cls(None, None, None, None)
        if isinstance(value, bool):
            raise TypeError("timeout must be a number of seconds or a Timeouts")
        if isinstance(value, int | float):
            seconds = float(value)
            return cls(seconds, seconds, seconds, seconds)
        try:
            parts = [getattr(value, name) for name in ("connect", "read", "write", "pool")]
        except AttributeError:
            raise TypeError(
                "timeout must be a number of seconds, None, a Timeouts or an httpx.Timeout"
            ) from None
        return cls(*(None if p is None else float(p) for p in parts))

    def as_dict(self) -> dict[str, float | None]:
        """The four values by name (the keyword arguments of ``httpx.Timeout``)."""
        return {"connect": self.connect, "read": self.read, "write": self.write, "pool": self.pool}


@dataclass(frozen=True, repr=False)
class Settings:
    """Everything needed to talk to one PIM.

    Attributes:
        base_url: the PIM's root URL (``https://pim.example.com``); a trailing ``/`` or
            ``/api/rest/v1`` is removed.
        client_id, secret: the API connection's client id and secret (HTTP Basic on the token
            endpoint).
        username, password: the API user (password grant).
        token: a ready access token, used as is and never refreshed.
        timeout: per-phase timeouts.
        max_retries: retries after the first attempt (0 disables retrying).
        backoff_base, backoff_cap: exponential backoff, in seconds: the n-th retry waits up to
            ``min(backoff_cap, backoff_base * 2 ** (n - 1))`` (full jitter).
        retry_after_cap: the longest ``Retry-After`` wait honoured, in seconds.
        retry_jitter: randomise backoff delays (turn off for reproducible waits).
        token_refresh_margin: refresh a token this many seconds before it expires (at most 10%
            of its lifetime).
        user_agent: the ``User-Agent`` header.
        default_headers: headers sent with every request (a tenant, a tracing id...); the
            ``Authorization`` header stays the client's. Their values never show in reprs.
        max_response_bytes: the largest reply body read into memory (downloads and other
            streamed replies excepted), in bytes; a larger one raises
            ``errors.ResponseTooLarge`` (checked against ``Content-Length`` before reading),
            and is not asked again.
        deadline: seconds one call may take in all, its attempts, the waits between them and
            reading its reply included (``errors.DeadlineExceeded``); None: only the per-phase
            timeouts bound it. A listing's pages and a batch's chunks are calls of their own;
            a streamed body (a download) is bounded up to its headers.
        max_concurrency: requests in flight at once through this client (async batches,
            threads or tasks sharing it), each until its reply is read (a streamed reply:
            until its headers); Akeneo allows 4 per connection. None: no cap.
        rate_limit: requests started per second through this client, at most; None: no limit.
        strict: a listing's items that fail validation raise ``errors.DecodeError`` (True),
            or are set aside on the page's ``invalid`` and counted by the paginator (False);
            a listing's ``strict=`` argument overrides it.
        rate_limits: per-operation limits, requests per second, by ``"METHOD /path/template"``
            (the operation's path as the spec writes it); by default the API description's
            (``x-rate-limit``: Akeneo's attribute option writes, 3 per second).
    """

    base_url: str
    client_id: str | None = None
    secret: str | None = None
    username: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: Timeouts = field(default_factory=Timeouts)
    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    retry_after_cap: float = 60.0
    retry_jitter: bool = True
    token_refresh_margin: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    default_headers: Mapping[str, str] = field(default_factory=dict)
    max_response_bytes: int = 64 * 1024 * 1024
    deadline: float | None = None
    max_concurrency: int | None = 4
    rate_limit: float | None = None
    strict: bool = True
    rate_limits: Mapping[str, float] = field(default_factory=lambda: dict(RATE_LIMITS))

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", normalize_base_url(self.base_url))
        headers = dict(self.default_headers or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
            raise TypeError("default_headers must map header names to strings")
        object.__setattr__(self, "default_headers", headers)
        object.__setattr__(self, "timeout", Timeouts.coerce(self.timeout))
        for name in ("client_id", "secret", "username", "password", "token"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a string")
            if value == "":
                object.__setattr__(self, name, None)
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.max_response_bytes < 1:
            raise ValueError("max_response_bytes must be >= 1")
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ValueError("max_concurrency must be >= 1 (or None: no cap)")
        for name in ("deadline", "rate_limit"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be > 0 (or None)")
        limits = dict(self.rate_limits or {})
        for route, rate in limits.items():
            if not isinstance(route, str) or len(route.split(" ")) != 2 or not rate > 0:
                raise ValueError(
                    f"rate_limits takes 'METHOD /path' keys and rates > 0, not {route!r}: {rate!r}"
                )
        object.__setattr__(self, "rate_limits", limits)
        for name in ("backoff_base", "backoff_cap", "retry_after_cap", "token_refresh_margin"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0")
        if self.token is None:
            missing = [name for name in _CREDENTIALS if getattr(self, name) is None]
            if missing:
                raise ValueError(
                    f"missing setting(s): {', '.join(missing)}; give a token, or client_id, "
                    f"secret, username and password (arguments or {ENV_PREFIX}_* environment variables)"
                )

    @property
    def has_credentials(self) -> bool:
        """True when client id, secret, username and password are all set (tokens renewable)."""
        return all(getattr(self, name) is not None for name in _CREDENTIALS)

    @classmethod
    def from_args(
        cls,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Settings:
        """Build settings from arguments, filling missing connection values from ``env``
        (``os.environ`` by default; see the module documentation for the variable names).

        ``options`` are the other fields (``timeout``, ``max_retries``, ...).

        Raises:
            ValueError: no base URL, or neither a token nor the four credentials.
        """
        source = os.environ if env is None else env
        given: dict[str, str | None] = {
            "base_url": base_url,
            "client_id": client_id,
            "secret": secret,
            "username": username,
            "password": password,
            "token": token,
        }
        for name, variables in ENV_VARS.items():
            if given[name]:
                continue
            for variable in variables:
                if source.get(variable):
                    given[name] = source[variable]
                    break
        known = {f.name for f in fields(cls)} - set(given)
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(unknown)}")
        url = given.pop("base_url")
        if not url:
            raise ValueError(f"missing setting: base_url (argument or {ENV_PREFIX}_BASE_URL)")
        return cls(
            url,
            client_id=given["client_id"],
            secret=given["secret"],
            username=given["username"],
            password=given["password"],
            token=given["token"],
            **options,
        )

    def basic_authorization(self) -> str:
        """The ``Authorization`` value for the token endpoint: ``Basic base64(id:secret)``.

        Raises:
            ValueError: the client id or secret is not set.
        """
        if self.client_id is None or self.secret is None:
            raise ValueError(
                f"the token endpoint needs client_id and secret (arguments or {ENV_PREFIX}_* variables)"
            )
        raw = f"{self.client_id}:{self.secret}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _SECRET_FIELDS and value is not None:
                shown.append(f"{f.name}='***'")
            elif f.name == "default_headers":
                shown.append(f"{f.name}={ {name: '***' for name in value}!r}")
            else:
                shown.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(shown)})"


def normalize_base_url(url: str) -> str:
    """Validate a base URL and return it without trailing ``/`` and ``/api/rest/v1``.

    Raises:
        ValueError: not an absolute http(s) URL, or it carries a query, fragment or user info.
    """
    if not isinstance(url, str):
        raise TypeError("base_url must be a string")
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("base_url must be an absolute http:// or https:// URL")
    if parts.query or parts.fragment:
        raise ValueError("base_url must not have a query or fragment")
    if "@" in parts.netloc:
        raise ValueError("base_url must not contain user info; use client_id/secret")
    path = parts.path.rstrip("/")
    if path.endswith("/api/rest/v1"):
        path = path[: -len("/api/rest/v1")]
    return f"{parts.scheme.lower()}://{parts.netloc}{path}"
