from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from final_pos_fake import FakeFinalPOS, FakeServer


@pytest.fixture
async def client(fake_app: FakeFinalPOS) -> AsyncIterator[httpx.AsyncClient]:
    """In-process client of a fresh fake, with a valid API key."""
    transport = httpx.ASGITransport(app=fake_app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://fake", headers={"x-api-key": "test-key"}
    ) as http:
        yield http


@pytest.fixture
async def http(fake_server: FakeServer) -> AsyncIterator[httpx.AsyncClient]:
    """Client of the real-socket fake (127.0.0.1), with its API key."""
    async with httpx.AsyncClient(
        base_url=fake_server.base_url, headers={"x-api-key": fake_server.api_key}
    ) as client:
        yield client
