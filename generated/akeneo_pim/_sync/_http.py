"""The transport every generated method and overlay calls: authenticated, retrying HTTP.

Written once asynchronously; the synchronous twin (``SyncHttp`` over ``httpx.Client``) is
derived from this file. What it does for each request:

- builds the URL from the base URL, a path template (values percent-encoded, ``/`` kept) and
  the encoded query (``None`` dropped, booleans ``true``/``false``, ``Search`` and containers
  as compact JSON);
- sets ``Accept`` (``application/json`` unless told otherwise), ``Content-Type`` by body kind,
  ``User-Agent`` and ``Authorization: Bearer <token>``;
- sends JSON bodies without the ``_links`` read from the API (pydantic models are dumped by
  alias, unset fields left out);
- retries 429/5xx and transport failures per :class:`RetryPolicy`, honouring ``Retry-After``;
- on a 401, renews the token once and sends the request again;
- raises the :mod:`errors` class matching any status but 200, 201 and 204, and wraps httpx
  transport errors (``errors.TransportError``, ``ConnectError``, ``TimeoutError``).

Logging goes to the package's logger at DEBUG level: method, path, status, elapsed time and
attempt, never headers, tokens or bodies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import (
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import contextmanager
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from .._config import Settings
from .._encoding import compact_json, encode_path, encode_query, prepare_json
from .._httpx import httpx
from .._meta import SUCCESS_STATUSES
from .._retry import RetryPolicy
from .._types import NO_OPTIONS, Auth, CallOptions, EventHooks
from ..errors import (
    AkeneoError,
    ConnectError,
    DeadlineExceeded,
    ForeignURLError,
    ResponseTooLarge,
    TimeoutError,
    TransportError,
    error_for_response,
    parse_retry_after,
)
from ._auth import TOKEN_PATH, SyncAuth
from ._gate import SyncGate

__all__ = ["SUCCESS_STATUSES", "SyncHttp"]


Sleep = Callable[[float], None]
RequestContent = bytes | str | Iterable[bytes]

_logger = logging.getLogger(
    __name__.rsplit(".", 2)[0]
)  # <package>._sync._http -> <package>, however deep
_USE_CLIENT_TIMEOUT: Any = httpx.USE_CLIENT_DEFAULT
#: how much of an error reply's body is read (for its message)
_ERROR_BODY_BYTES = 1024 * 1024


def _replayable(content: object, files: Any) -> bool:
    """Whether the body can be sent again (not a one-shot iterator or stream)."""
    if content is not None and not isinstance(content, bytes | str):
        return False
    if files is None:
        return True
    values = files.values() if isinstance(files, Mapping) else [v for _, v in files]
    for value in values:
        file = value[1] if isinstance(value, tuple) else value
        if isinstance(file, bytes | str):
            continue
        seekable = getattr(file, "seekable", None)
        if not (callable(seekable) and seekable()):
            return False
    return True


def _query_pairs(
    path: str, query: Mapping[str, object] | None, extra: Mapping[str, object] | None = None
) -> list[tuple[str, str]]:
    """The query of a request: the fixed one a path template may carry
    (``/responses/{id}?beta=true``), then the parameters given, then a call's extra ones."""
    fixed = path.partition("?")[2]
    pairs = [*parse_qsl(fixed, keep_blank_values=True), *encode_query(query)]
    return [*pairs, *encode_query(extra)] if extra else pairs


class SyncHttp:
    """Authenticated, retrying HTTP access to one Akeneo PIM.

    Args:
        settings: where and how to connect.
        http_client: a ready ``httpx.Client`` (proxies, custom transports, tests). It is
            borrowed: :meth:`close` leaves it open, and its own timeouts apply unless
            ``settings_timeout``. Without it, a client is created with the settings' timeouts
            and closed by :meth:`close`.
        settings_timeout: the settings' timeouts apply to every request, also through a
            borrowed ``http_client`` (the caller gave ``timeout=``).
        sleep: waits between retries (``time.sleep`` by default; tests record delays).
        clock: monotonic clock for token expiry (``time.monotonic`` by default).
        retry_policy: overrides the policy built from the settings.
        event_hooks: ``{"request": [...], "response": [...]}``: functions called with each
            request just before it is sent and each response once its headers arrived, on
            every attempt (see :data:`.._types.EventHooks`); they work with a borrowed
            ``http_client`` too. An exception a hook raises propagates to the caller.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        http_client: httpx.Client | None = None,
        sleep: Sleep | None = None,
        clock: Callable[[], float] | None = None,
        retry_policy: RetryPolicy | None = None,
        settings_timeout: bool = False,
        event_hooks: EventHooks | None = None,
    ) -> None:
        self._settings = settings
        hooks = dict(event_hooks or {})
        unknown = sorted(set(hooks) - {"request", "response"})
        if unknown:
            raise ValueError(f"event_hooks takes 'request' and 'response' hooks, not {unknown}")
        self._request_hooks = list(hooks.get("request", ()))
        self._response_hooks = list(hooks.get("response", ()))
        timeouts = httpx.Timeout(**settings.timeout.as_dict())
        #: what a request without a timeout of its own uses
        self._timeout: Any = timeouts if settings_timeout else _USE_CLIENT_TIMEOUT
        self._base = httpx.URL(settings.base_url + "/")
        scheme, _, rest = settings.base_url.partition("://")
        #: ``scheme://host[:port]/`` as configured: links starting with it need no resolving
        self._origin = f"{scheme}://{rest.partition('/')[0]}/"
        self._owns_client = http_client is None
        if http_client is None:
            http_client = httpx.Client(timeout=timeouts, follow_redirects=False)
        self._client = http_client
        self._sleep: Sleep = sleep if sleep is not None else time.sleep
        self._gate = SyncGate(
            settings.max_concurrency, settings.rate_limit, settings.rate_limits, sleep=self.sleep
        )
        self._retry = retry_policy or RetryPolicy(
            max_retries=settings.max_retries,
            base=settings.backoff_base,
            cap=settings.backoff_cap,
            retry_after_cap=settings.retry_after_cap,
            jitter=settings.retry_jitter,
        )
        self._auth = SyncAuth(
            settings, self._send_token_request, clock=clock if clock is not None else time.monotonic
        )

    # -- public API --------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings this transport was built with."""
        return self._settings

    @property
    def base_url(self) -> str:
        """The PIM's base URL, normalised (no trailing ``/``)."""
        return self._settings.base_url

    @property
    def auth(self) -> SyncAuth:
        """The token manager."""
        return self._auth

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy in force."""
        return self._retry

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` with the sleep function given at construction (what retries use)."""
        self._sleep(seconds)

    def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        content: RequestContent | None = None,
        files: Any = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        accept: str = "application/json",
        content_type: str | None = None,
        retry: bool | None = None,
        auth: Auth = "bearer",
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send one request and return the (fully read) successful response.

        Args:
            method: the HTTP method.
            path: a template such as ``/api/rest/v1/families/{family_code}/variants/{code}``;
                each value of ``path_params`` is percent-encoded but keeps ``/``.
            query: ``None`` values are dropped, booleans become ``true``/``false``, objects
                with ``to_query()`` (``Search``) and dicts/lists become compact JSON strings.
            json: a JSON body (dict, list or pydantic model; ``_links`` removed).
            content: raw bytes or text, or an async iterable of bytes (streamed, not retried).
            files, data: multipart parts and form fields, as for httpx (form values are
                encoded like query values; ``None`` leaves a field out).
            headers: extra headers (they override the defaults, never ``Authorization``); values
                are encoded like query values and ``None`` leaves a header out.
            accept: the ``Accept`` header.
            content_type: the ``Content-Type`` of ``json``/``content`` bodies.
            retry: None retries idempotent methods (GET, HEAD, PUT, PATCH, DELETE) on
                429/5xx/transport errors; True forces retrying any method; False never retries.
            auth: ``"bearer"`` sends the access token, ``"basic"`` the client id and secret (the
                token endpoint), ``"none"`` nothing.
            options: the call's own timeout, extra headers and extra query
                (:class:`.._types.CallOptions`); a timeout of ``httpx.Timeout(None)`` waits
                forever.

        Raises:
            errors.APIError: (a subclass per status) for any status but 200, 201 and 204.
            errors.TransportError: no answer (``ConnectError``, ``TimeoutError`` included).
        """
        return self._send(
            method,
            self._url(path, path_params),
            params=_query_pairs(path, query, options.extra_query),
            json=json,
            content=content,
            files=files,
            data=dict(encode_query(data)) if data is not None else None,
            headers=self._header_values(headers, auth),
            accept=accept,
            content_type=content_type,
            retry=retry,
            authenticated=auth == "bearer",
            options=options,
            route=f"{method.upper()} {path.partition('?')[0]}",
        )

    @contextmanager
    def stream(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        json: object = None,
        content: RequestContent | None = None,
        files: Any = None,
        data: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        accept: str = "application/json",
        content_type: str | None = None,
        retry: bool | None = None,
        auth: Auth = "bearer",
        options: CallOptions = NO_OPTIONS,
    ) -> Iterator[httpx.Response]:
        """Like :meth:`request` (same arguments), but the body is left unread: the caller
        iterates ``response.iter_bytes()`` / ``iter_lines()`` inside the context.

        Error statuses are raised (after reading the small error body) before the context is
        entered; the response is closed on exit. Transport errors while reading the body are
        raised as ``errors.TransportError`` (not retried: part of the body may be consumed).
        """
        url = self._url(path, path_params)
        response = self._send(
            method,
            url,
            params=_query_pairs(path, query, options.extra_query),
            json=json,
            content=content,
            files=files,
            data=dict(encode_query(data)) if data is not None else None,
            headers=self._header_values(headers, auth),
            accept=accept,
            content_type=content_type,
            retry=retry,
            authenticated=auth == "bearer",
            options=options,
            route=f"{method.upper()} {path.partition('?')[0]}",
            stream=True,
        )
        try:
            yield response
        except httpx.TransportError as exc:
            raise _wrap_transport_error(exc, method, str(response.request.url)) from exc
        finally:
            response.close()

    def get_url(
        self,
        url: str,
        *,
        accept: str = "application/json",
        headers: Mapping[str, str] | None = None,
        retry: bool | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """GET an absolute or base-relative URL as given (``_links.next.href``); ``headers``
        (text values) and ``options`` as for :meth:`request`, but the URL is sent as given:
        ``options.extra_query`` is not added to it.

        Raises:
            errors.ForeignURLError: the URL's host is not the PIM's (the token would leak).
        """
        return self._send(
            "GET",
            self.resolve_url(url),
            headers=headers,
            accept=accept,
            retry=retry,
            options=options,
        )

    def resolve_url(self, url: str) -> httpx.URL:
        """An absolute URL for ``url`` (absolute, or relative to the base URL) on the PIM.

        A link on the PIM's host but with another scheme or port (as some reverse proxies
        produce) is moved onto the configured base URL's scheme and port.

        Raises:
            errors.ForeignURLError: the URL's host is not the PIM's.
        """
        try:
            if url.startswith(self._origin) or (url[:1] == "/" and url[1:2] not in ("/", "\\")):
                # on the PIM already (or an absolute path on it): parsed once, nothing to move
                return httpx.URL(url if url[:1] != "/" else self._origin[:-1] + url)
            target = self._base.join(url)
        except httpx.InvalidURL as exc:
            raise ForeignURLError(f"invalid URL: {exc}") from None
        if target.host != self._base.host:
            raise ForeignURLError(
                f"refusing to follow a link to {target.host or 'an unknown host'}: "
                f"it is not the PIM's host {self._base.host}"
            )
        if target.scheme != self._base.scheme or target.port != self._base.port:
            target = target.copy_with(scheme=self._base.scheme, port=self._base.port)
        if target.userinfo:
            target = target.copy_with(username=None, password=None)
        return target

    def close(self) -> None:
        """Close the HTTP client if this transport created it (a borrowed one stays open)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> SyncHttp:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._settings.has_credentials:
            auth = "token+credentials" if self._settings.token else "credentials"
        else:
            auth = "token"
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r})"

    # -- internals ---------------------------------------------------------------------------

    def _url(self, path: str, path_params: Mapping[str, object] | None) -> str:
        encoded = encode_path(path.partition("?")[0], path_params)
        if not encoded.startswith("/"):
            encoded = "/" + encoded
        return self._settings.base_url + encoded

    def _send_token_request(
        self,
        body: dict[str, str],
        headers: dict[str, str],
    ) -> httpx.Response:
        return self._send(
            "POST",
            self._url(TOKEN_PATH, None),
            json=body,
            headers=headers,
            retry=True,
            authenticated=False,
        )

    def _header_values(self, headers: Mapping[str, object] | None, auth: Auth) -> dict[str, str]:
        """Header parameters as text (``None`` left out), plus the Basic credentials when the
        operation authenticates with them."""
        out = dict(encode_query(headers))
        if auth == "basic":
            out["Authorization"] = self._settings.basic_authorization()
        return out

    def _headers(
        self,
        accept: str,
        content_type: str | None,
        operation: Mapping[str, str] | None,
        extra: Mapping[str, str] | None,
        token: str | None,
    ) -> dict[str, str]:
        """The request's headers, in layers, a later one replacing a header of the same name
        (whatever its capitalisation): the client's defaults, ``Accept`` and ``Content-Type``,
        the operation's header parameters (and Basic credentials), then the call's
        ``extra_headers``. ``Authorization`` comes only from the credentials when there are
        any (the bearer token, or the operation's Basic header)."""
        headers: dict[str, str] = {"User-Agent": self._settings.user_agent}
        credentials = token is not None or any(
            k.lower() == "authorization" for k in operation or {}
        )
        fixed = {"Accept": accept, **({"Content-Type": content_type} if content_type else {})}
        for given in (self._settings.default_headers, fixed, operation or {}, extra or {}):
            for name, value in given.items():
                lower = name.lower()
                if lower == "authorization" and (
                    token is not None or (given is extra and credentials)
                ):
                    continue
                for known in [k for k in headers if k.lower() == lower]:
                    del headers[known]
                headers[name] = value
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def _send(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json: object = None,
        content: RequestContent | None = None,
        files: Any = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        accept: str = "application/json",
        content_type: str | None = None,
        retry: bool | None = None,
        authenticated: bool = True,
        options: CallOptions = NO_OPTIONS,
        stream: bool = False,
        route: str | None = None,
    ) -> httpx.Response:
        """Send until answered (retrying what may be retried), and return the successful
        response, its body read (at most ``max_response_bytes``) unless ``stream``.

        Every attempt goes through the gate (``max_concurrency``, rate limits by ``route``:
        ``"METHOD /path/template"``) and, with a ``deadline`` setting, is bounded by what is
        left of it: each phase's timeout is cut to the time left, a wait that would pass it is
        not made, and reading a body stops when it passes.
        """
        method = method.upper()
        timeout = self._timeout if options.timeout is None else options.timeout
        deadline_at = (
            None if self._settings.deadline is None else time.monotonic() + self._settings.deadline
        )
        body: RequestContent | None = content
        if json is not None:
            if content is not None or files is not None:
                raise ValueError("give only one of json, content or files")
            body = compact_json(prepare_json(json)).encode("utf-8")
            content_type = content_type or "application/json"
        if files is not None:
            content_type = None  # httpx sets multipart/form-data with its boundary
        replayable = _replayable(body, files)
        attempt = 0  # retries made so far
        renewed = False
        while True:
            token = self._auth.token() if authenticated else None
            request = self._client.build_request(
                method,
                url,
                params=tuple(params) if params else None,
                headers=self._headers(accept, content_type, headers, options.extra_headers, token),
                content=body,
                files=files,
                data=data,
                timeout=self._time_left(timeout, deadline_at, method, url),
            )
            path = request.url.path  # for log lines
            if self._request_hooks:
                _run_hooks(self._request_hooks, request)
            failure: httpx.TransportError | None = None
            with self._gate.slot(route):
                started = time.perf_counter()
                try:
                    response = self._client.send(request, stream=True)
                except httpx.TransportError as exc:
                    failure = exc
                else:
                    failure = self._receive(response, stream, deadline_at)
            elapsed = (time.perf_counter() - started) * 1000
            if failure is not None:
                _logger.debug(
                    "%s %s failed after %.1f ms (attempt %d): %s",
                    method,
                    path,
                    elapsed,
                    attempt + 1,
                    type(failure).__name__,
                )
                if (
                    replayable
                    and attempt < self._retry.max_retries
                    and self._retry.should_retry(method, failure, retry)
                ):
                    attempt += 1
                    self._wait(method, path, attempt, None, deadline_at, failure)
                    continue
                raise _wrap_transport_error(failure, method, str(request.url)) from failure
            status = response.status_code
            _logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d)", method, path, status, elapsed, attempt + 1
            )
            if status in SUCCESS_STATUSES:
                return response
            if status == 401 and token is not None and not renewed and replayable:
                renewed = True
                if self._auth.renew_after_refusal(token):
                    _logger.debug(
                        "%s %s: token refused, sending again with a new one", method, path
                    )
                    continue
                raise error_for_response(response)
            if (
                replayable
                and attempt < self._retry.max_retries
                and self._retry.should_retry(method, status, retry)
            ):
                attempt += 1
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                self._wait(
                    method, path, attempt, retry_after, deadline_at, error_for_response(response)
                )
                continue
            raise error_for_response(response)

    def _receive(
        self, response: httpx.Response, stream: bool, deadline_at: float | None
    ) -> httpx.TransportError | None:
        """Run the response hooks and read the body (not a streamed success's); a transport
        failure while reading is returned (the caller may retry), anything else raised. The
        response is closed unless it is a streamed success handed to the caller."""
        keep_open = False
        try:
            if self._response_hooks:
                _run_hooks(self._response_hooks, response)
            success = response.status_code in SUCCESS_STATUSES
            if stream and success:
                keep_open = True
                return None
            # an error reply is read for its message only: a short prefix of a long one is enough
            limit = self._settings.max_response_bytes
            _read_bounded(
                response,
                limit if success else min(limit, _ERROR_BODY_BYTES),
                deadline_at,
                truncate=not success,
            )
        except httpx.TransportError as exc:
            return exc
        finally:
            if not keep_open:
                response.close()
        return None

    def _time_left(
        self, timeout: Any, deadline_at: float | None, method: str, url: str | httpx.URL
    ) -> Any:
        """``timeout`` (a request's), each phase cut to the time left before ``deadline_at``.

        Raises:
            errors.DeadlineExceeded: no time is left.
        """
        if deadline_at is None:
            return timeout
        left = deadline_at - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(
                f"deadline of {self._settings.deadline:g} s passed", method=method, url=str(url)
            )
        base = self._client.timeout if timeout is _USE_CLIENT_TIMEOUT else httpx.Timeout(timeout)
        return httpx.Timeout(
            **{
                phase: left if value is None else min(value, left)
                for phase, value in (
                    ("connect", base.connect),
                    ("read", base.read),
                    ("write", base.write),
                    ("pool", base.pool),
                )
            }
        )

    def _wait(
        self,
        method: str,
        path: str,
        attempt: int,
        retry_after: float | None,
        deadline_at: float | None = None,
        failure: BaseException | None = None,
    ) -> None:
        delay = self._retry.delay(attempt, retry_after)
        if deadline_at is not None and time.monotonic() + delay >= deadline_at:
            error = failure if isinstance(failure, AkeneoError) else None
            raise DeadlineExceeded(
                f"deadline of {self._settings.deadline:g} s would pass before retry {attempt} (in {delay:.2f} s)",
                method=method,
                url=path,
            ) from (error or failure)
        _logger.debug(
            "%s %s: retry %d of %d in %.2f s",
            method,
            path,
            attempt,
            self._retry.max_retries,
            delay,
        )
        self.sleep(delay)


def _read_bounded(
    response: httpx.Response, limit: int, deadline_at: float | None, *, truncate: bool = False
) -> None:
    """Read ``response``'s body into it (``response.content``), at most ``limit`` bytes once
    decoded, and not past ``deadline_at``. ``truncate`` keeps the first ``limit`` bytes of a
    longer body instead of raising.

    Raises:
        errors.ResponseTooLarge: the announced or the decoded length exceeds ``limit``.
        errors.DeadlineExceeded: the deadline passed while reading.
        httpx.TransportError: the connection failed while reading.
    """
    request = response.request
    announced = response.headers.get("Content-Length", "")
    if not truncate and announced.isdigit() and int(announced) > limit:
        raise ResponseTooLarge(
            response.status_code,
            method=request.method,
            url=str(request.url),
            limit=limit,
            size=int(announced),
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            if truncate:
                chunks.append(chunk[: len(chunk) - (size - limit)])
                break
            raise ResponseTooLarge(
                response.status_code,
                method=request.method,
                url=str(request.url),
                limit=limit,
                size=size,
            )
        chunks.append(chunk)
        if deadline_at is not None and time.monotonic() > deadline_at:
            raise DeadlineExceeded(
                "deadline passed while reading the reply",
                method=request.method,
                url=str(request.url),
            )
    # what ``response.read()`` does, bounded: httpx keeps a read body in ``_content``
    response._content = b"".join(chunks)


def _run_hooks(hooks: list[Callable[[Any], object]], value: object) -> None:
    """Call each event hook with the request or response (awaiting what returns an awaitable)."""
    for hook in hooks:
        hook(value)


def _wrap_transport_error(exc: httpx.TransportError, method: str, url: str) -> TransportError:
    """The package's exception for an httpx transport failure (to be chained with ``from``)."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(f"{type(exc).__name__}: {message}", method=method, url=url)
    if isinstance(exc, httpx.ConnectError):
        return ConnectError(message, method=method, url=url)
    return TransportError(f"{type(exc).__name__}: {message}", method=method, url=url)
