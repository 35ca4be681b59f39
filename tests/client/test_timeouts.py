"""A slow answer raises APITimeoutError (client default, per call, per copy); no POST re-sent."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client.models import CreateCategoryDto
from final_pos_fake import FakeServer

from .test_retries import statuses

LATENCY = 0.3
# Only the wait for the answer is short: connecting on a loaded machine can take 50 ms, and the
# default deadline (4 x 5 s) leaves room for the backoff between attempts.
READ_ONLY_QUICK = httpx.Timeout(5.0, read=0.05)


async def wait_for_late_answers(fake_server: FakeServer, count: int) -> None:
    """The server still answers timed-out requests (late): wait, so the next test starts clean."""
    deadline = time.monotonic() + 10
    while len(fake_server.app.log) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


async def test_per_call_timeout_raises_api_timeout_error_and_get_is_retried(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", latency=LATENCY)

    with pytest.raises(errors.APITimeoutError) as caught:
        await pos.products.list(timeout=READ_ONLY_QUICK)

    assert isinstance(caught.value, errors.APIConnectionError)
    assert "GET /v1/api/products timed out after 3 attempt(s)" in str(caught.value)
    await wait_for_late_answers(fake_server, 3)
    assert statuses(fake_server, "GET", "/v1/api/products") == [200, 200, 200]


async def test_client_default_timeout_and_with_options(
    fake_server: FakeServer, pos: FinalPOS
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", latency=LATENCY, times=1)
    quick = pos.with_options(timeout=0.05, max_retries=0)

    with pytest.raises(errors.APITimeoutError):
        await quick.products.list()
    await wait_for_late_answers(fake_server, 1)
    # The copy's timeout does not leak into the original; a per-call timeout overrides both.
    assert pos.timeout.read == 30.0
    fake_server.app.faults.add("GET /v1/api/products", latency=0.1, times=1)
    assert await quick.products.list(timeout=5.0) == []


async def test_timed_out_post_is_not_sent_again(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.faults.add("POST /v1/api/category", latency=LATENCY, times=1)

    with pytest.raises(errors.APITimeoutError):
        await pos.categories.create(
            CreateCategoryDto(name="Slow", description="x"), timeout=READ_ONLY_QUICK
        )

    await wait_for_late_answers(fake_server, 1)
    # The server did act (late): sent once and never again, so exactly one record.
    assert statuses(fake_server, "POST", "/v1/api/category") == [201]
    assert [r["name"] for r in fake_server.app.store.records("categories")] == ["Slow"]
