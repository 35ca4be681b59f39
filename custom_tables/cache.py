"""A small async cache: entries expire after ``ttl`` seconds; concurrent misses share one load."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class SingleFlightCache(Generic[Value]):
    """``await cache.get(key, load)``: a fresh entry, or the result of one shared ``load()``.

    A failed load is not cached: every caller waiting on it gets the error, the next call retries.
    """

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl < 0:
            raise ValueError(f"ttl must be >= 0 seconds, got {ttl}")
        self._ttl = ttl
        self._clock = clock
        self._entries: dict[Hashable, tuple[float, Value]] = {}
        self._loading: dict[Hashable, asyncio.Future[Value]] = {}

    def peek(self, key: Hashable) -> Value | None:
        """The entry if present and fresh, without loading."""
        entry = self._entries.get(key)
        if entry is None or self._clock() - entry[0] > self._ttl:
            return None
        return entry[1]

    async def get(self, key: Hashable, load: Callable[[], Awaitable[Value]]) -> Value:
        entry = self._entries.get(key)
        if entry is not None and self._clock() - entry[0] <= self._ttl:
            return entry[1]
        pending = self._loading.get(key)
        if pending is None:
            pending = asyncio.ensure_future(self._load(key, load))
            # Mark the error retrieved even if every waiter was cancelled before it came.
            pending.add_done_callback(lambda done: done.cancelled() or done.exception())
            self._loading[key] = pending
        # shield: one cancelled caller must not cancel the load the others wait for.
        return await asyncio.shield(pending)

    async def _load(self, key: Hashable, load: Callable[[], Awaitable[Value]]) -> Value:
        try:
            value = await load()
            self._entries[key] = (self._clock(), value)
            return value
        finally:
            del self._loading[key]

    def invalidate(self, key: Hashable | None = None) -> None:
        """Forget one entry (or all); a load in flight still completes for its waiters."""
        if key is None:
            self._entries.clear()
        else:
            self._entries.pop(key, None)
