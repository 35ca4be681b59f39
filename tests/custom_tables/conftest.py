"""Fixtures: a ``FinalPOS`` talking to the fake server over a real socket, over each transport
(plain httpx and httpx-aiohttp), and ``CustomTables``."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from custom_tables import CustomTables
from custom_tables.freeze import freeze_source
from custom_tables.ledger import STATE_DIR_ENV
from final_pos_client import FinalPOS
from final_pos_client._core import _http_client
from final_pos_fake import FakeServer

TRANSPORTS = ("httpx", "aiohttp")


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The transport every ``FinalPOS`` of the test builds for itself (as tests/client does)."""
    name: str = request.param
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: name == "aiohttp")
    return name


@pytest.fixture(autouse=True)
def import_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own import ledger (``final-pos-tables import``), never the user's."""
    state = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_ENV, str(state))
    return state


@pytest.fixture
async def pos(fake_server: FakeServer, transport: str) -> AsyncIterator[FinalPOS]:
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


Freeze = Callable[[str], Awaitable[ModuleType]]


@pytest.fixture
def freeze(tables: CustomTables, tmp_path: Path) -> Freeze:
    """``await freeze(name)``: the module ``final-pos-tables freeze`` writes, imported."""

    async def frozen(name: str) -> ModuleType:
        table = await tables.table(name)
        path = tmp_path / f"frozen_{name.replace('-', '_')}.py"
        path.write_text(freeze_source(table.row_model, command="test"), encoding="utf-8")
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        return module

    return frozen
