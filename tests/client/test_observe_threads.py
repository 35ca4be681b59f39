"""The shape recorder of one ``FinalPOS`` shared by event loops in several threads at once:
every answer counted exactly once in the file, flushes included, over both transports."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from final_pos_client import FinalPOS
from final_pos_client._core import _http_client, _observe
from final_pos_client._core._observe_store import read
from final_pos_client.errors import NotFoundError
from final_pos_fake import FakeServer
from tests.client.conftest import TRANSPORTS

THREADS = 8
ROUNDS = 4  # per thread, each CONCURRENT calls at once
CONCURRENT = 50  # each a list (a counted shape), then a 404 (a counted message)
MISSING_ID = "abcdef0123456789abcdef01"


@pytest.fixture
def racy_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Flush every 20 ms (flushes meet recordings) and switch threads as often as the
    interpreter allows, so that unguarded shared state shows up as wrong counts."""
    monkeypatch.setattr(_observe, "FLUSH_SECONDS", 0.02)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def run_in_threads(pos: FinalPOS) -> list[BaseException]:
    """``ROUNDS`` rounds in each of ``THREADS`` threads, each in its own ``asyncio.run`` loop,
    started together; the errors they raised."""
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    async def call() -> None:
        await pos.products.list()
        with pytest.raises(NotFoundError):
            await pos.products.get(MISSING_ID)

    async def calls() -> None:
        await asyncio.to_thread(start.wait)
        for _ in range(ROUNDS):
            await asyncio.gather(*(call() for _ in range(CONCURRENT)))

    def thread() -> None:
        try:
            asyncio.run(calls())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=thread) for _ in range(THREADS)]
    for each in threads:
        each.start()
    for each in threads:
        each.join()
    return errors


@pytest.mark.usefixtures("racy_threads")
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_threads_sharing_one_client_lose_and_double_no_count(
    transport: str,
    fake_server: FakeServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The transport the client builds for itself, in each thread (as tests/client/conftest.py).
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: transport == "aiohttp")
    observe_file = tmp_path / "observed.sqlite"
    pos = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url, observe=observe_file)
    caplog.set_level(logging.WARNING, logger="final_pos_client")
    try:
        errors = run_in_threads(pos)
    finally:
        asyncio.run(pos.aclose())  # the last flush
    assert errors == []
    assert [record.getMessage() for record in caplog.records] == []
    counts = {(o.operation, o.status, o.kind, o.detail): o.count for o in read(observe_file)[0]}
    total = THREADS * ROUNDS * CONCURRENT
    assert counts == {
        ("GET /v1/api/products", "200", "seen", "application/json"): total,
        ("GET /v1/api/product/{id}", "404", "seen", "application/json"): total,
        ("GET /v1/api/product/{id}", "404", "server_message", "<v> with id <v> not found"): total,
    }
