"""When to retry a request and how long to wait first (pure logic, no I/O).

- Retried statuses: 429, 500, 502, 503 and 504. Retried transport failures: connection and read
  errors, timeouts and protocol errors (e.g. the server closed the connection).
- Idempotent methods (GET, HEAD, OPTIONS, PUT, PATCH, DELETE) are retried by default; POST only
  when the caller forces it, except when the request was surely not processed, whatever the
  method: a 429 (the server refused it unprocessed, with or without ``Retry-After``), or a
  connection that could not be opened at all (connect error, connect or pool timeout).
- Waits grow exponentially with full jitter (``uniform(0, min(cap, base * 2 ** (n - 1)))``); a
  ``Retry-After`` from the server is honoured instead, up to ``retry_after_cap``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from ._httpx import httpx

__all__ = ["IDEMPOTENT_METHODS", "RETRY_STATUSES", "RetryPolicy"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

#: Failures before anything was sent: safe to retry for every method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Failures after the request may have reached the server.
_MAYBE_SENT = (
    httpx.ReadError,
    httpx.WriteError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Retry rules: how many retries, and the backoff between them.

    Args:
        max_retries: retries after the first attempt (0 = never retry).
        base: the first backoff ceiling in seconds; it doubles with each retry.
        cap: the largest backoff ceiling in seconds.
        retry_after_cap: the longest server-advised (``Retry-After``) wait honoured.
        jitter: draw each wait uniformly in ``[0, ceiling]`` (full jitter); False waits the
            ceiling itself.
        random: the source of jitter, returning floats in ``[0, 1)`` (for tests).
    """

    max_retries: int = 3
    base: float = 0.5
    cap: float = 30.0
    retry_after_cap: float = 60.0
    jitter: bool = True
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 for the first retry).

        A server-advised ``retry_after`` wins over the backoff, capped at ``retry_after_cap``.
        """
        if retry_after is not None and not math.isnan(retry_after):
            return min(max(0.0, retry_after), self.retry_after_cap)
        exponent = max(0, attempt - 1)
        ceiling = self.cap if exponent >= 64 else min(self.cap, self.base * (2.0**exponent))
        if not self.jitter:
            return ceiling
        return ceiling * min(max(self.random(), 0.0), 1.0)

    def should_retry(
        self,
        method: str,
        outcome: int | BaseException,
        forced: bool | None = None,
    ) -> bool:
        """Whether a request that ended with ``outcome`` (a status or an exception) may be sent
        again, regardless of how many attempts were made (the caller counts).

        ``forced=None`` applies the defaults; ``True`` allows retrying any method on the same
        conditions; ``False`` never retries.
        """
        if forced is False or self.max_retries <= 0:
            return False
        idempotent = forced is True or method.upper() in IDEMPOTENT_METHODS
        if isinstance(outcome, int):
            return outcome == 429 or (outcome in RETRY_STATUSES and idempotent)
        cause = _httpx_cause(outcome)
        if cause is None:
            return False
        if isinstance(cause, _NOT_SENT):
            return True
        return isinstance(cause, _MAYBE_SENT) and idempotent


def _httpx_cause(exc: BaseException) -> httpx.TransportError | None:
    """The httpx transport error behind ``exc`` (itself, or a wrapper's ``__cause__``)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 5:
        if isinstance(current, httpx.TransportError):
            return current
        current = current.__cause__
        seen += 1
    return None
