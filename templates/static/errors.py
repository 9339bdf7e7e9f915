"""Exceptions raised by the client, in one hierarchy.

::

    AkeneoError                      base of everything raised on purpose by this package
    ├── APIError                     the PIM answered with a status other than 200, 201 or 204
    │   ├── ClientError              any other 4xx
    │   │   ├── BadRequest               400
    │   │   ├── Unauthorized             401 (after one token refresh, when refreshing is possible)
    │   │   ├── Forbidden                403
    │   │   ├── NotFound                 404
    │   │   ├── NotAcceptable            406 (wrong or missing ``Accept`` header)
    │   │   ├── PayloadTooLarge          413 (e.g. more than 100 lines in one batch)
    │   │   ├── UnsupportedMediaType     415 (wrong ``Content-Type``)
    │   │   ├── UnprocessableEntity      422 (validation failed: see ``errors``)
    │   │   └── TooManyRequests          429 (see ``retry_after``)
    │   └── ServerError              5xx
    ├── AuthenticationError          the token endpoint refused to issue a token
    ├── TransportError               no HTTP answer: connection refused or dropped, protocol error
    │   ├── ConnectError             the connection could not be opened (request not sent)
    │   └── TimeoutError             a connect, read, write or pool timeout expired
    └── ForeignURLError              a link points outside the configured PIM (never followed)

Every :class:`APIError` carries the HTTP ``status_code``, the server's ``message``, the per-field
``errors`` (a list of :class:`FieldError`), the decoded ``body``, the ``method`` and the ``url``
(query values that look like secrets are masked). Messages stay short, for example
``404 Not Found: GET /api/rest/v1/products/missing: Resource `missing` does not exist.``, and
never contain tokens, secrets, passwords or request headers. Transport errors chain the
underlying ``httpx`` exception as ``__cause__``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from ._httpx import httpx
    from ._overlays._results import BatchError, IncompleteDownload, UploadError

__all__ = [
    "APIError",
    "AkeneoError",
    "AuthenticationError",
    "BadRequest",
    "BatchError",
    "ClientError",
    "ConnectError",
    "DeadlineExceeded",
    "DecodeError",
    "FieldError",
    "Forbidden",
    "ForeignURLError",
    "IncompleteDownload",
    "NotAcceptable",
    "NotFound",
    "PayloadTooLarge",
    "ResponseTooLarge",
    "ServerError",
    "TimeoutError",
    "TooManyRequests",
    "TransportError",
    "Unauthorized",
    "UnprocessableEntity",
    "UnsupportedMediaType",
    "UploadError",
    "error_for_response",
    "parse_retry_after",
]

#: the errors the overlays raise (defined with the results they carry, reached from here too)
_OVERLAY_ERRORS = ("BatchError", "IncompleteDownload", "UploadError")


def __getattr__(name: str) -> object:
    """``errors.BatchError``, ``errors.UploadError`` and ``errors.IncompleteDownload``, loaded
    on first use (their module imports this one)."""
    if name in _OVERLAY_ERRORS:
        from ._overlays import _results  # noqa: PLC0415  (a cycle otherwise)

        return getattr(_results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Query parameter names whose values are masked in ``APIError.url``.
_SECRET_WORDS = ("token", "secret", "password", "passwd", "authorization", "api_key", "apikey")
_MAX_TEXT_MESSAGE = 200


class AkeneoError(Exception):
    """Base class of every exception this package raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One entry of the ``errors`` list of a 422 reply (or of a batch result line).

    ``property`` names the offending field (``values``, ``family``, ...); for product values
    ``attribute``, ``locale`` and ``scope`` say which value. ``raw`` keeps the entry as received.
    """

    message: str
    property: str | None = None
    attribute: str | None = None
    locale: str | None = None
    scope: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FieldError:
        """Build from one decoded error entry; unknown keys stay in ``raw``."""

        def text(key: str) -> str | None:
            value = data.get(key)
            return None if value is None else str(value)

        return cls(
            message=text("message") or "",
            property=text("property") or text("field"),
            attribute=text("attribute"),
            locale=text("locale"),
            scope=text("scope"),
            raw=dict(data),
        )

    @classmethod
    def list_from(cls, value: object) -> list[FieldError]:
        """Parse a decoded ``errors`` member (a list of objects); anything else gives ``[]``."""
        if not isinstance(value, list):
            return []
        out: list[FieldError] = []
        for entry in value:
            if isinstance(entry, Mapping):
                out.append(cls.from_dict(entry))
            elif isinstance(entry, str):
                out.append(cls(message=entry))
        return out

    def __str__(self) -> str:
        where = [p for p in (self.property, self.attribute, self.locale, self.scope) if p]
        return f"{'/'.join(where)}: {self.message}" if where else self.message


class APIError(AkeneoError):
    """The PIM answered with an error status (anything but 200, 201 and 204)."""

    status_code: int
    message: str
    errors: list[FieldError]
    body: object
    method: str
    url: str
    headers: dict[str, str]

    def __init__(
        self,
        status_code: int,
        message: str = "",
        *,
        errors: Iterable[FieldError] = (),
        body: object = None,
        method: str = "",
        url: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.errors = list(errors)
        self.body = body
        self.method = method.upper()
        self.url = _safe_url(url) if url else ""
        self.headers = safe_headers(headers)
        super().__init__(self._summary())

    @property
    def reason(self) -> str:
        """The standard reason phrase of :attr:`status_code` (``Not Found``)."""
        try:
            return HTTPStatus(self.status_code).phrase
        except ValueError:
            return "Error"

    @property
    def path(self) -> str:
        """The path of :attr:`url` (no host, no query)."""
        return urlsplit(self.url).path if self.url else ""

    def _summary(self) -> str:
        parts = [f"{self.status_code} {self.reason}"]
        if self.method or self.url:
            parts.append(" ".join(p for p in (self.method, self.path) if p))
        if self.message:
            parts.append(self.message)
        text = ": ".join(parts)
        if self.errors:
            details = "; ".join(str(e) for e in self.errors[:5])
            more = f" (+{len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
            text = f"{text} [{details}{more}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r}, "
            f"method={self.method!r}, url={self.url!r}, errors={len(self.errors)})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        state = {
            "errors": self.errors,
            "body": self.body,
            "method": self.method,
            "url": self.url,
            "headers": self.headers,
        }
        return (_rebuild, (type(self), self.status_code, self.message, state))


def _rebuild(
    cls: type[APIError], status_code: int, message: str, state: dict[str, Any]
) -> APIError:
    return cls(status_code, message, **state)


class ClientError(APIError):
    """A 4xx reply without a more specific class."""


class BadRequest(ClientError):
    """400: the request is malformed (invalid JSON, bad query parameter, ...)."""


class Unauthorized(ClientError):
    """401: no valid token (raised after one refresh attempt when refreshing is possible)."""


class Forbidden(ClientError):
    """403: the connection's user lacks a permission."""


class NotFound(ClientError):
    """404: no such resource."""


class NotAcceptable(ClientError):
    """406: the ``Accept`` header does not suit the endpoint."""


class PayloadTooLarge(ClientError):
    """413: too many items (more than 100) or too large a line in one batch."""


class UnsupportedMediaType(ClientError):
    """415: the ``Content-Type`` does not suit the endpoint."""


class UnprocessableEntity(ClientError):
    """422: validation failed; :attr:`errors` lists the offending fields."""


class TooManyRequests(ClientError):
    """429: rate limited; :attr:`retry_after` is the advised wait in seconds (or None)."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait as advised by the ``Retry-After`` header, if any."""
        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(APIError):
    """5xx: the PIM failed to handle the request."""


class AuthenticationError(AkeneoError):
    """The token endpoint refused to issue a token (bad client id, secret or credentials).

    ``status_code`` is the token endpoint's status (None when there was no HTTP answer);
    ``message`` is its explanation. No credentials appear in either.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        self.message = message
        self.status_code = status_code
        prefix = f"{status_code} " if status_code is not None else ""
        super().__init__(f"{prefix}authentication failed: {message}" if message else prefix)


class TransportError(AkeneoError):
    """No HTTP answer (connection refused, reset or closed early, protocol error).

    The ``httpx`` exception is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.message = message
        self.method = method.upper()
        self.url = _safe_url(url) if url else ""
        where = " ".join(p for p in (self.method, urlsplit(self.url).path) if p)
        super().__init__(f"{where}: {message}" if where else message)


class ConnectError(TransportError):
    """The connection could not be opened, so the request was not sent."""


class TimeoutError(TransportError):
    """A connect, read, write or pool timeout expired."""


class DeadlineExceeded(TimeoutError):
    """The call's overall deadline (the client's ``deadline=`` setting) passed: attempts,
    waits between them and reading the reply took longer, whatever each phase's timeout."""


class ResponseTooLarge(AkeneoError):
    """A reply's body is larger than the client's ``max_response_bytes`` (announced by its
    ``Content-Length`` or found while reading it); it is not read further, nor asked again.

    Attributes:
        status_code, method, url: the reply's status and the request (secrets masked).
        limit: the limit in force, in bytes.
        size: the announced length, or the bytes read when reading stopped.
    """

    def __init__(self, status_code: int, *, method: str, url: str, limit: int, size: int) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = _safe_url(url) if url else ""
        self.limit = limit
        self.size = size
        path = urlsplit(self.url).path
        super().__init__(
            f"{status_code} {self.method} {path}: the reply's body exceeds max_response_bytes "
            f"({size} > {limit} bytes)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"method": self.method, "url": self.url, "limit": self.limit, "size": self.size}
        return (_rebuild_kw, (type(self), (self.status_code,), state))


class DecodeError(AkeneoError):
    """A successful reply whose body is not what the operation answers: not JSON, truncated,
    or not of the expected shape (a list page without its ``_embedded.items``, a field of the
    wrong type). Raised instead of the underlying ``json``/pydantic error (chained as
    ``__cause__``).

    Attributes:
        status_code, method, url: the reply's status and the request (secrets masked).
        problem: what is wrong, in one line.
        excerpt: the body's first 200 characters, as text.
    """

    def __init__(
        self, problem: str, *, status_code: int, method: str, url: str, content: bytes
    ) -> None:
        self.problem = problem
        self.status_code = status_code
        self.method = method.upper()
        self.url = _safe_url(url) if url else ""
        text = content[: _MAX_TEXT_MESSAGE * 4].decode("utf-8", errors="replace")
        self.excerpt = text[:_MAX_TEXT_MESSAGE]
        path = urlsplit(self.url).path
        super().__init__(f"{status_code} {self.method} {path}: {problem} (body: {self.excerpt!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        state = {
            "status_code": self.status_code,
            "method": self.method,
            "url": self.url,
            "content": self.excerpt.encode(),
        }
        return (_rebuild_kw, (type(self), (self.problem,), state))


def _rebuild_kw(cls: type[Exception], args: tuple[Any, ...], state: dict[str, Any]) -> Exception:
    return cls(*args, **state)


class ForeignURLError(AkeneoError, ValueError):
    """A URL (such as a pagination link) points to another host than the configured PIM.

    It is refused rather than followed, since following it would send the access token away.
    """


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    406: NotAcceptable,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    422: UnprocessableEntity,
    429: TooManyRequests,
}

_SKIP_HEADERS = frozenset({"set-cookie", "authorization", "proxy-authorization", "cookie"})


def safe_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` with lower-case names, without cookies and credentials (what errors and
    results keep of a reply)."""
    return {k.lower(): v for k, v in (headers or {}).items() if k.lower() not in _SKIP_HEADERS}


def error_class_for_status(status_code: int) -> type[APIError]:
    """The exception class used for ``status_code``."""
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    if 400 <= status_code < 500:
        return ClientError
    if status_code >= 500:
        return ServerError
    return APIError


def error_for_response(response: httpx.Response) -> APIError:
    """Build the exception matching an error response (whose body must have been read)."""
    body = _decode_body(response)
    message = ""
    errors: list[FieldError] = []
    if isinstance(body, Mapping):
        raw_message = body.get("message")
        if raw_message is None:
            raw_message = body.get("error_description") or body.get("error")
        message = "" if raw_message is None else str(raw_message)
        errors = FieldError.list_from(body.get("errors"))
    elif isinstance(body, str):
        text = body.strip()
        if text and len(text) <= _MAX_TEXT_MESSAGE and "<" not in text:
            message = text
    cls = error_class_for_status(response.status_code)
    return cls(
        response.status_code,
        message,
        errors=errors,
        body=body,
        method=response.request.method,
        url=str(response.request.url),
        headers=response.headers,
    )


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds advised by a ``Retry-After`` value (delta-seconds or an HTTP date), or None.

    ``now`` (seconds since the epoch) is for tests; a date in the past gives ``0.0``.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(0.0, seconds)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    if now is None:
        import time  # noqa: PLC0415 - only needed for HTTP dates

        now = time.time()
    return max(0.0, when.timestamp() - now)


def _decode_body(response: httpx.Response) -> object:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        pass
    try:
        return content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def _looks_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _safe_url(url: str) -> str:
    """``url`` without user info, with secret-looking query values masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_looks_secret(k) for k, _ in pairs):
            query = urlencode([(k, "***" if _looks_secret(k) else v) for k, v in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
