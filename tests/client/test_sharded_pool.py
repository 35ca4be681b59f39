"""The plain-httpx path: ``ShardedPoolTransport`` over a real socket (connection reuse and limit,
timeouts counted from the call, errors and cancellation leave no request counted), and when
``FinalPOS`` uses it (its own client without the aiohttp extra; never an injected one)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client._core import _http_client
from final_pos_client._core._loop_transport import LoopTransport
from final_pos_client._core._sharded_pool import ShardedPoolTransport
from final_pos_fake import FakeServer

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def product_id(fake_server: FakeServer) -> str:
    return str(fake_server.app.store.add_record("products", {"name": "Tea"})["id"])


def _sharded(pos: FinalPOS) -> ShardedPoolTransport:
    loop_pools = pos.http_client._transport  # one pool per event loop
    assert isinstance(loop_pools, LoopTransport)
    transport = loop_pools.pools().fast  # the calling loop's
    assert isinstance(transport, ShardedPoolTransport)
    return transport


@pytest.fixture
async def pos_over(fake_server: FakeServer) -> AsyncIterator[Any]:
    """``FinalPOS`` over a given ``ShardedPoolTransport`` (no retries: each call is one request)."""
    clients: list[httpx.AsyncClient] = []

    def build(transport: ShardedPoolTransport, timeout: float | httpx.Timeout = 10.0) -> FinalPOS:
        clients.append(httpx.AsyncClient(transport=transport, timeout=timeout))
        return FinalPOS(
            api_key=fake_server.api_key,
            base_url=fake_server.base_url,
            http_client=clients[-1],
            timeout=timeout,
            max_retries=0,
        )

    yield build
    for client in clients:
        await client.aclose()


async def _connection_of(pos: FinalPOS, product_id: str) -> object:
    raw = await pos.products.with_raw_response.get(product_id)
    return raw.http_response.extensions["network_stream"]


async def test_final_pos_own_plain_client_uses_the_sharded_pool(
    fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: False)
    async with FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url) as pos:
        transport = _sharded(pos)
        assert await pos.products.list() == []
        assert transport.in_flight == (0,) * 16
    async with (
        httpx.AsyncClient() as injected,
        FinalPOS(
            api_key=fake_server.api_key, base_url=fake_server.base_url, http_client=injected
        ) as pos,
    ):
        assert isinstance(pos.http_client._transport, httpx.AsyncHTTPTransport)


def test_proxy_environment_keeps_httpx_own_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = _http_client.build_http_client(httpx.Timeout(5.0), use_aiohttp=False)
    assert not isinstance(client._transport, ShardedPoolTransport)
    assert any(mount is not None for mount in client._mounts.values())


def test_proxy_environment_overrides_the_aiohttp_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert _http_client.aiohttp_available()
    client = _http_client.build_http_client(httpx.Timeout(5.0))
    assert isinstance(client._transport, httpx.AsyncHTTPTransport)
    assert any(mount is not None for mount in client._mounts.values())


def test_without_proxies_the_default_is_aiohttp() -> None:
    from httpx_aiohttp import AiohttpTransport

    client = _http_client.build_http_client(httpx.Timeout(5.0))
    assert isinstance(client._transport, AiohttpTransport)


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="shards and connections_per_shard must be >= 1"):
        ShardedPoolTransport(shards=0)


async def test_sequential_calls_reuse_one_connection(pos_over: Any, product_id: str) -> None:
    transport = ShardedPoolTransport()
    pos = pos_over(transport)

    connections = {await _connection_of(pos, product_id) for _ in range(10)}

    assert len(connections) == 1
    assert transport.in_flight == (0,) * 16


async def test_concurrent_calls_spread_over_the_pools(
    pos_over: Any, product_id: str, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("GET /v1/api/product/*", latency=0.2)
    transport = ShardedPoolTransport(shards=4, connections_per_shard=10)
    pos = pos_over(transport)

    connections = await asyncio.gather(*(_connection_of(pos, product_id) for _ in range(20)))

    # 20 overlapping requests, 5 per pool: each has its own connection, nothing waited.
    assert len(set(connections)) == 20
    assert transport.in_flight == (0, 0, 0, 0)


async def test_connection_limit_honoured_and_nothing_lost(
    pos_over: Any, product_id: str, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("GET /v1/api/product/*", latency=0.1)
    transport = ShardedPoolTransport(shards=2, connections_per_shard=2)
    pos = pos_over(transport)

    connections = await asyncio.gather(*(_connection_of(pos, product_id) for _ in range(12)))

    assert len(connections) == 12  # every call answered, the extra ones waited in their pool
    assert len(set(connections)) == transport.max_connections == 4
    assert fake_server.app.log.count("GET", f"/v1/api/product/{product_id}") == 12
    assert transport.in_flight == (0, 0)


async def test_waiting_for_a_connection_counts_against_the_timeout(
    pos_over: Any, product_id: str, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("GET /v1/api/product/*", latency=0.5)
    transport = ShardedPoolTransport(shards=1, connections_per_shard=1)
    pos = pos_over(transport, httpx.Timeout(5.0, pool=0.1))

    first, second = await asyncio.gather(
        _connection_of(pos, product_id), _connection_of(pos, product_id), return_exceptions=True
    )

    assert not isinstance(first, BaseException)
    assert isinstance(second, errors.APITimeoutError)
    assert "no free connection within 0.1 s (pool timeout)" in str(second)
    assert transport.in_flight == (0,)


async def test_failed_requests_are_not_left_counted(
    pos_over: Any, product_id: str, fake_server: FakeServer, unused_tcp_port: int
) -> None:
    fake_server.app.faults.add("GET /v1/api/product/*", drop="before", times=3)
    transport = ShardedPoolTransport(shards=2, connections_per_shard=1)
    pos = pos_over(transport)

    results = await asyncio.gather(
        *(pos.products.get(product_id) for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(result, errors.APIConnectionError) for result in results)
    assert transport.in_flight == (0, 0)

    refused = FinalPOS(
        api_key="k",
        base_url=f"http://127.0.0.1:{unused_tcp_port}",
        http_client=pos.http_client,
        max_retries=0,
    )
    with pytest.raises(errors.APIConnectionError):
        await refused.products.get(product_id)
    assert transport.in_flight == (0, 0)
    assert (await pos.products.get(product_id)).name == "Tea"


async def test_cancelled_requests_release_their_pool(
    pos_over: Any, product_id: str, fake_server: FakeServer
) -> None:
    # Only the first request reaches the fake; it sleeps there until cancelled (or reset).
    fault = fake_server.app.faults.add("GET /v1/api/product/*", latency=30.0, times=1)
    transport = ShardedPoolTransport(shards=1, connections_per_shard=1)
    pos = pos_over(transport)

    tasks = [asyncio.create_task(pos.products.get(product_id)) for _ in range(3)]
    # One request on the connection (in the fake's latency), two waiting in the pool.
    async with asyncio.timeout(10):
        while not (fault.fired == 1 and transport.in_flight == (3,)):
            await asyncio.sleep(0.005)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)

    assert all(isinstance(result, asyncio.CancelledError) for result in results)
    assert transport.in_flight == (0,)
    product = await asyncio.wait_for(pos.products.get(product_id), timeout=5.0)
    assert product.name == "Tea"
    fake_server.app.reset()  # ends the first request's sleep in the fake now
