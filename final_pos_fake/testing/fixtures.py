"""pytest fixtures for the fake: ``fake_app`` (in process) and ``fake_server`` (real socket).

Users enable them through ``final_pos_fake.pytest_plugin``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..app import FakeFinalPOS, create_app
from .server import FakeServer, serve

API_KEY = "test-key"


@pytest.fixture
def fake_app() -> FakeFinalPOS:
    """A fresh fake (seeded custom tables) for ``httpx.ASGITransport(app=fake_app)``."""
    return create_app(api_keys=(API_KEY,))


@pytest.fixture(scope="session")
def _fake_server_session() -> Iterator[FakeServer]:
    server = serve(api_key=API_KEY)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_server(_fake_server_session: FakeServer) -> FakeServer:
    """A fake on 127.0.0.1 (free port, one per session), reset to its seeded state for each test:
    ``.base_url``, ``.api_key``, ``.app`` (``.app.store``, ``.app.faults``, ``.app.log``)."""
    _fake_server_session.app.reset()
    return _fake_server_session
