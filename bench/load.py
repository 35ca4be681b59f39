"""Driving a client under load: N calls from C concurrent tasks, timed in wall and CPU seconds."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

Call = Callable[[], Awaitable[Any]]
# A contender opens a fresh client for (base URL, record id) and yields its call.
Contender = Callable[[str, str], AbstractAsyncContextManager[Call]]


async def drive(call: Call, requests: int, concurrency: int) -> None:
    """``requests`` calls shared by ``concurrency`` tasks (1 = sequential)."""
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


async def timed_run(
    contender: Contender,
    base_url: str,
    record_id: str,
    *,
    requests: int,
    concurrency: int,
    warmup: int = 50,
) -> Timing:
    """Wall and this process's CPU seconds for ``requests`` calls through a fresh client, after
    a short warm-up. The server runs in another process: the CPU time is the client's."""
    async with contender(base_url, record_id) as call:
        await drive(call, warmup, min(concurrency, warmup))
        started, cpu_started = time.perf_counter(), time.process_time()
        await drive(call, requests, concurrency)
        return Timing(time.perf_counter() - started, time.process_time() - cpu_started)
