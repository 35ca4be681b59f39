"""Fixtures: ``connect(base_url, **options)`` builds a ``FinalPOS`` over each transport; after
every test, no socket it opened may be left open."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS, RetryTiming
from final_pos_client._core._http_client import build_http_client
from tests.client.conftest import SleepRecorder
from tests.support.sockets import FD_DIR, open_sockets

TRANSPORTS = ("httpx", "aiohttp")
API_KEY = "sk_live_hostile_Secret123"
Sleeps = SleepRecorder

Connect = Callable[..., FinalPOS]


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def connect(transport: str, sleeps: Sleeps) -> AsyncIterator[Connect]:
    """Builds clients on the given transport; closes them after the test."""
    opened: list[httpx.AsyncClient] = []

    def build(base_url: str, **options: Any) -> FinalPOS:
        timeout = options.pop("timeout", 30.0)
        http_client = build_http_client(httpx.Timeout(timeout), use_aiohttp=transport == "aiohttp")
        opened.append(http_client)
        options.setdefault("max_retries", 0)
        options.setdefault("retry_timing", RetryTiming(sleep=sleeps, random=lambda: 1.0))
        return FinalPOS(
            api_key=options.pop("api_key", API_KEY),
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            **options,
        )

    yield build
    for http_client in opened:
        await http_client.aclose()


@pytest.fixture(autouse=True)
async def no_socket_left_open() -> AsyncIterator[None]:
    """After each test, its clients closed and its servers stopped, no socket it opened is
    still open: whatever the server did, a call leaves nothing behind."""
    if not os.path.isdir(FD_DIR):
        yield
        return
    before = open_sockets()
    yield
    # A closed transport lets go of its socket in a callback of a later loop iteration.
    for _ in range(100):
        left = open_sockets() - before
        if not left:
            return
        await asyncio.sleep(0)
    raise AssertionError(f"{len(left)} socket(s) left open by the test: {sorted(left)}")
