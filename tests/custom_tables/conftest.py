"""Fixtures: a ``FinalPOS`` talking to the fake server over a real socket, and ``CustomTables``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from custom_tables import CustomTables
from custom_tables.ledger import STATE_DIR_ENV
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer


@pytest.fixture(autouse=True)
def import_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own import ledger (``final-pos-tables import``), never the user's."""
    state = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_ENV, str(state))
    return state


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
