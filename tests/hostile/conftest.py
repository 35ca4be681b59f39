"""Fixtures: ``connect(base_url, **options)`` builds a ``FinalPOS`` over each transport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS, RetryTiming
from final_pos_client._core._transport import build_http_client
from tests.client.conftest import SleepRecorder

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
