"""Connection pools that follow the event loop: one set per loop that sends through the client.

A pool's connections (httpcore's sockets, aiohttp's session) belong to the loop that opened
them. ``LoopTransport`` builds a fresh pool the first time a loop sends, so one ``FinalPOS``
serves loops that run one after another (pytest-asyncio's per-test loops, ``asyncio.run``
twice, uvloop) and loops alive at once in several threads, each with its own pool.

A pool is closed inside its own loop when that loop shuts down: ``asyncio.run``, ``Runner``,
``uvloop.run`` and pytest-asyncio close every async generator the loop started
(``loop.shutdown_asyncgens()``), and each pool registers one that closes it. A loop closed
without that step has its pool dropped (not closed) when the next loop arrives.
``aclose()`` closes the pools of the calling loop and of loops running in other threads.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Callable

import httpx

PoolFactory = Callable[[], httpx.AsyncBaseTransport]


class LoopPools:
    """The pools one loop sends through: the fast one, and the plain httpx one that hooked
    calls take (built when first needed)."""

    __slots__ = ("closed", "closer", "fast", "plain")

    def __init__(self, fast: httpx.AsyncBaseTransport) -> None:
        self.fast = fast
        self.plain: httpx.AsyncBaseTransport | None = None
        self.closed = False
        self.closer: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        for pool in (self.fast, self.plain):
            if pool is not None:
                await pool.aclose()


class LoopTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that sends through the calling loop's pool."""

    def __init__(self, make_fast: PoolFactory, make_plain: PoolFactory) -> None:
        self._make_fast = make_fast
        self._make_plain = make_plain
        self._pools: dict[asyncio.AbstractEventLoop, LoopPools] = {}
        self._last: tuple[asyncio.AbstractEventLoop | None, LoopPools | None] = (None, None)
        self._lock = threading.Lock()
        self._closed = False
        self.plain = PlainView(self)

    @property
    def loops(self) -> int:
        """How many loops hold a pool now."""
        return len(self._pools)

    def pools(self) -> LoopPools:
        """The calling loop's pools (built, and set to close with the loop, on first use)."""
        loop = asyncio.get_running_loop()
        last_loop, last_pools = self._last
        if last_loop is loop and last_pools is not None:
            return last_pools
        return self._pools_for(loop)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        last_loop, pools = self._last
        if last_loop is not loop or pools is None:
            pools = self._pools_for(loop)
        return await pools.fast.handle_async_request(request)

    def _pools_for(self, loop: asyncio.AbstractEventLoop) -> LoopPools:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        pools = self._pools.get(loop)  # another thread's loop sent last
        if pools is None:
            with self._lock:
                # Loops closed without shutting down their async generators: drop their pools.
                for gone in [other for other in self._pools if other.is_closed()]:
                    del self._pools[gone]
                pools = self._pools[loop] = LoopPools(self._make_fast())
            pools.closer = _start(_close_at_loop_shutdown(self, loop, pools))
        self._last = (loop, pools)
        return pools

    def forget(self, loop: asyncio.AbstractEventLoop, pools: LoopPools) -> None:
        with self._lock:
            if self._pools.get(loop) is pools:
                del self._pools[loop]
            if self._last[1] is pools:
                self._last = (None, None)

    async def aclose(self) -> None:
        """Close the calling loop's pools, and those of loops running in other threads; a
        loop neither current nor running closes its own when it shuts down."""
        self._closed = True
        current = asyncio.get_running_loop()
        with self._lock:
            reachable = list(self._pools.items())
            self._last = (None, None)
        elsewhere = []
        for loop, pools in reachable:
            if loop is current:
                await pools.aclose()
            elif loop.is_running() and not loop.is_closed():
                future = asyncio.run_coroutine_threadsafe(pools.aclose(), loop)
                elsewhere.append(asyncio.wrap_future(future))
        if elsewhere:
            await asyncio.gather(*elsewhere, return_exceptions=True)

    def plain_pool(self, pools: LoopPools) -> httpx.AsyncBaseTransport:
        if pools.plain is None:
            pools.plain = self._make_plain()
        return pools.plain


class PlainView(httpx.AsyncBaseTransport):
    """The plain httpx pools of a ``LoopTransport`` (closed with it)."""

    def __init__(self, owner: LoopTransport) -> None:
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        owner = self._owner
        pool = owner.plain_pool(owner.pools())
        return await pool.handle_async_request(request)


def _start(generator: AsyncGenerator[None, None]) -> AsyncGenerator[None, None]:
    """Run ``generator`` to its first ``yield`` now: the running loop's first-iteration hook
    registers it, so that ``loop.shutdown_asyncgens()`` closes it."""
    step = generator.asend(None)
    try:
        step.send(None)
    except StopIteration:
        return generator
    raise RuntimeError("the generator awaited before its first yield")  # pragma: no cover


async def _close_at_loop_shutdown(
    owner: LoopTransport, loop: asyncio.AbstractEventLoop, pools: LoopPools
) -> AsyncGenerator[None, None]:
    """Started once in ``loop``; the loop closes it at shutdown, which closes ``pools``."""
    try:
        yield
    finally:
        owner.forget(loop, pools)
        await pools.aclose()
