"""How many requests one client has in flight, and how often it starts one.

Akeneo allows 4 concurrent calls per connection (10 per instance) and about 100 requests per
second per instance, some operations fewer (attribute option writes: about 3 per second). A
:class:`AsyncGate` holds every request of a client (the tasks of an async batch, threads sharing
a blocking client) to the settings' ``max_concurrency``, and spaces the starts of requests to
the client-wide ``rate_limit`` and to each operation's own rate (``rate_limits``), so the PIM
answers rather than refuses with 429.
"""

from __future__ import annotations

import asyncio  # unasync: sync=import threading
import time
from collections.abc import (
    AsyncIterator,  # unasync: sync=Callable,
    Awaitable,  # unasync: sync=Iterator,
    Callable,  # unasync: remove
    Mapping,
)
from contextlib import asynccontextmanager

__all__ = ["AsyncGate"]

Sleep = Callable[[float], Awaitable[None]]  # unasync: sync=Sleep = Callable[[float], None]


class _Pace:
    """Starts spaced at least ``1 / rate`` seconds apart: ``next_at`` is the earliest free one."""

    __slots__ = ("interval", "next_at")

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_at = 0.0


class AsyncGate:
    """The concurrency cap and rate limits of one client.

    Args:
        max_concurrency: requests in flight at once (None: no cap).
        rate_limit: request starts per second, client-wide (None: no limit).
        rate_limits: starts per second of one operation, by ``"METHOD /path/template"``.
        sleep, clock: how to wait and what time it is (for tests).
    """

    def __init__(
        self,
        max_concurrency: int | None,
        rate_limit: float | None,
        rate_limits: Mapping[str, float],
        *,
        sleep: Sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        semaphore = asyncio.Semaphore  # unasync: sync=semaphore = threading.Semaphore
        self._slots = None if max_concurrency is None else semaphore(max_concurrency)
        self._overall = None if rate_limit is None else _Pace(rate_limit)
        self._routes = {route: _Pace(rate) for route, rate in rate_limits.items()}
        self._lock = asyncio.Lock()  # unasync: sync=self._lock = threading.Lock()
        self._sleep = sleep
        self._clock = clock

    @property
    def active(self) -> bool:
        """Whether the gate limits anything at all."""
        return self._slots is not None or self._overall is not None or bool(self._routes)

    @asynccontextmanager
    async def slot(self, route: str | None) -> AsyncIterator[None]:
        """Hold one of the slots while the body runs, after waiting for the request's turn
        (``route``: ``"METHOD /path/template"``, None for a URL followed as given)."""
        if self._slots is not None:
            await self._slots.acquire()
        try:
            paces = [
                p
                for p in (self._overall, self._routes.get(route) if route else None)
                if p is not None
            ]
            if paces:
                async with self._lock:  # the earliest start every limit allows, booked in each
                    now = self._clock()
                    start = max(now, *(p.next_at for p in paces))
                    for pace in paces:
                        pace.next_at = start + pace.interval
                if start > now:
                    await self._sleep(start - now)
            yield
        finally:
            if self._slots is not None:
                self._slots.release()
