"""Sleeps on an injected latency that ``reset()`` cuts short.

A request sleeping on a latency fault when the fake is reset must not be processed afterwards:
its write would land in the next test's state. ``reset()`` may run in another thread than the
server's event loop (the pytest fixture resets from the test's thread), so each sleeper is woken
through its own loop, and a generation number tells a handler that a reset came while it slept.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


class LatencySleeps:
    """The handlers sleeping on a latency fault, and a count of resets (``generation``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = 0
        self._sleeping: set[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = set()

    @property
    def generation(self) -> int:
        return self._generation

    async def sleep(self, seconds: float, generation: int) -> None:
        """Sleep ``seconds``, or until :meth:`wake_all`; at once if a reset came since
        ``generation`` (read before the request's fault fired)."""
        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()
        entry = (loop, woken)
        with self._lock:
            if self._generation != generation:
                return
            self._sleeping.add(entry)
        try:
            await asyncio.wait([woken], timeout=seconds)
        finally:
            with self._lock:
                self._sleeping.discard(entry)

    def wake_all(self) -> None:
        """A reset: every sleeper wakes now and sees a new generation."""
        with self._lock:
            self._generation += 1
            sleeping = list(self._sleeping)
        for loop, woken in sleeping:
            # A closed loop raises RuntimeError: nothing sleeps there any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_wake, woken)


def _wake(woken: asyncio.Future[None]) -> None:
    if not woken.done():
        woken.set_result(None)
