"""Fixtures: a ``FinalPOS`` talking to the fake server over a real socket, and ``CustomTables``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from custom_tables import CustomTables
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer


@pytest.fixture
async def pos(fake_server: FakeServer) -> AsyncIterator[FinalPOS]:
    async with FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, max_retries=0
    ) as client:
        yield client


@pytest.fixture
def tables(pos: FinalPOS) -> CustomTables:
    return CustomTables(pos)


@pytest.fixture
def new_customer(fake_server: FakeServer) -> Callable[..., str]:
    """Store a customer in the fake; returns its id."""

    def create(**fields: Any) -> str:
        body = {"firstName": "Ann", "lastName": "Lee", "email": "ann@example.com", **fields}
        customer_id: str = fake_server.app.store.add_record("customers", body)["id"]
        return customer_id

    return create
