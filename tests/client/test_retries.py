"""Retries observed from the fake's request log; backoff and Retry-After from a recording sleep."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from final_pos_client import FinalPOS, RetryTiming, errors
from final_pos_client._core._http_client import build_http_client
from final_pos_client.models import CreateCategoryDto
from final_pos_fake import FakeServer

from .conftest import SleepRecorder

PRODUCTS = "/v1/api/products"
CATEGORY = "/v1/api/category"


def statuses(fake_server: FakeServer, method: str, path: str) -> list[int | None]:
    return [
        entry.status
        for entry in fake_server.app.log
        if (entry.method, entry.path) == (method, path)
    ]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_retries_retryable_statuses_then_succeeds(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder, status: int
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=status, times=2)

    assert await pos.products.list() == []

    assert statuses(fake_server, "GET", PRODUCTS) == [status, status, 200]
    assert sleeps.delays == [0.5, 1.0]  # exponential backoff (jitter at its top)


async def test_retries_stop_after_max_retries(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=503)

    with pytest.raises(errors.InternalServerError):
        await pos.products.list()
    assert statuses(fake_server, "GET", PRODUCTS) == [503, 503, 503]  # 1 + max_retries=2

    fake_server.app.log.clear()
    with pytest.raises(errors.InternalServerError):
        await pos.products.list(max_retries=4)
    assert len(statuses(fake_server, "GET", PRODUCTS)) == 5
    assert sleeps.delays[-4:] == [0.5, 1.0, 2.0, 4.0]

    fake_server.app.log.clear()
    with pytest.raises(errors.InternalServerError):
        await pos.with_options(max_retries=0).products.list()
    assert len(statuses(fake_server, "GET", PRODUCTS)) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
async def test_client_errors_are_not_retried(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder, status: int
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=status)
    with pytest.raises(errors.APIStatusError):
        await pos.products.list()
    assert statuses(fake_server, "GET", PRODUCTS) == [status]
    assert sleeps.delays == []


async def test_retry_after_seconds_is_honoured_and_capped(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=429, times=1, retry_after="3")
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=503, times=1, retry_after="3600")

    await pos.products.list()

    assert statuses(fake_server, "GET", PRODUCTS) == [429, 503, 200]
    assert sleeps.delays == [3.0, 60.0]


async def test_retry_after_http_date_is_honoured(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder
) -> None:
    now = 1_700_000_000.0  # the fixture's clock
    date = email.utils.formatdate(now + 7, usegmt=True)
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=503, times=1, retry_after=date)

    await pos.products.list()

    assert sleeps.delays == [7.0]


async def test_post_is_retried_on_429_and_503(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.faults.add(f"POST {CATEGORY}", status=429, times=1)
    fake_server.app.faults.add(f"POST {CATEGORY}", status=503, times=1)

    created = await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold"))

    assert statuses(fake_server, "POST", CATEGORY) == [429, 503, 201]
    assert [r["id"] for r in fake_server.app.store.records("categories")] == [created.id]


@pytest.mark.parametrize("status", [408, 500, 502, 504])
async def test_post_is_not_retried_when_the_server_may_have_acted(
    pos: FinalPOS, fake_server: FakeServer, status: int
) -> None:
    fake_server.app.faults.add(f"POST {CATEGORY}", status=status, times=1)

    with pytest.raises(errors.APIStatusError):
        await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold"))

    assert statuses(fake_server, "POST", CATEGORY) == [status]


async def test_post_dropped_after_processing_is_not_repeated(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"POST {CATEGORY}", drop="after", times=1)

    with pytest.raises(errors.APIConnectionError) as caught:
        await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold"))

    assert not isinstance(caught.value, errors.APITimeoutError)
    assert "POST /v1/api/category failed after 1 attempt(s)" in str(caught.value)
    assert statuses(fake_server, "POST", CATEGORY) == [None]
    assert len(fake_server.app.store.records("categories")) == 1  # exactly one record


async def test_post_dropped_before_processing_is_not_repeated_either(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    # The client cannot tell "before" from "after": the request went out either way.
    fake_server.app.faults.add(f"POST {CATEGORY}", drop="before", times=1)

    with pytest.raises(errors.APIConnectionError):
        await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold"))

    assert statuses(fake_server, "POST", CATEGORY) == [None]


async def test_get_dropped_connection_is_retried(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", drop="after", times=2)

    assert await pos.products.list() == []

    assert statuses(fake_server, "GET", PRODUCTS) == [None, None, 200]
    assert sleeps.delays == [0.5, 1.0]


@pytest.mark.parametrize("use_aiohttp", [False, True], ids=["httpx", "aiohttp"])
async def test_post_is_retried_when_the_connection_was_never_made(
    unused_tcp_port: int, sleeps: SleepRecorder, retry_timing: RetryTiming, use_aiohttp: bool
) -> None:
    http_client = build_http_client(httpx.Timeout(5.0), use_aiohttp=use_aiohttp)
    async with (
        http_client,
        FinalPOS(
            api_key="k",
            base_url=f"http://127.0.0.1:{unused_tcp_port}",  # nothing listens: connection refused
            http_client=http_client,
            retry_timing=retry_timing,
        ) as pos,
    ):
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold"))
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert "POST /v1/api/category failed after 3 attempt(s): could not connect (" in str(
        caught.value
    )
    assert sleeps.delays == [0.5, 1.0]
