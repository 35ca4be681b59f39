"""Fixtures: a ``FinalPOS`` on the fake server over each transport, with a recording sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from final_pos_client import FinalPOS, RetryTiming
from final_pos_client._core import _http_client
from final_pos_fake import FakeServer

from .recording_server import RecordingServer, recording_server

TRANSPORTS = ("httpx", "aiohttp")


class SleepRecorder:
    """A sleep that returns at once and records how long it was asked to wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def retry_timing(sleeps: SleepRecorder) -> RetryTiming:
    # random() = 1.0 puts the jitter factor at its top (1.0): delays are exactly 0.5, 1, 2, ...
    return RetryTiming(sleep=sleeps, now=lambda: 1_700_000_000.0, random=lambda: 1.0)


@pytest.fixture(params=TRANSPORTS)
async def pos(
    request: pytest.FixtureRequest,
    fake_server: FakeServer,
    retry_timing: RetryTiming,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[FinalPOS]:
    """A ``FinalPOS`` on the fake (real socket) with the HTTP client it builds for itself (the
    default path), over plain httpx (``ShardedPoolTransport``) and over httpx-aiohttp."""
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: request.param == "aiohttp")
    client = FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, retry_timing=retry_timing
    )
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture(params=TRANSPORTS)
async def recorded(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, retry_timing: RetryTiming
) -> AsyncIterator[tuple[FinalPOS, RecordingServer]]:
    """A ``FinalPOS`` (the client it builds itself, over each transport) on a server that
    records every request's headers."""
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: request.param == "aiohttp")
    async with recording_server() as server:
        pos = FinalPOS(api_key="k", base_url=server.base_url, retry_timing=retry_timing)
        try:
            yield pos, server
        finally:
            await pos.aclose()
