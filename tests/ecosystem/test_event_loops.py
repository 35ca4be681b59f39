"""One ``FinalPOS`` follows the event loop: loops one after another (``asyncio.run`` twice,
uvloop) get fresh connections and the closed loop's are released without a warning; loops
alive at once in two threads get a pool each; ``aclose()`` closes every pool it can reach."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import threading
import warnings
from collections.abc import Iterator

import pytest
import uvloop

from final_pos_client import FinalPOS, errors
from final_pos_client._core._loop_transport import LoopPools, LoopTransport
from final_pos_fake import FakeServer
from tests.client.recording_server import recording_server


@pytest.fixture
def shared(fake_server: FakeServer, transport: str) -> Iterator[FinalPOS]:
    """A ``FinalPOS`` created outside any loop (module level, app state)."""
    pos = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url)
    yield pos
    asyncio.run(pos.aclose())


def _loop_transport(pos: FinalPOS) -> LoopTransport:
    transport = pos.http_client._transport
    assert isinstance(transport, LoopTransport)
    return transport


async def _list_and_pools(pos: FinalPOS) -> LoopPools:
    assert list(await pos.products.list()) == []
    return _loop_transport(pos).pools()


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_loops_one_after_another_get_fresh_pools_closed_at_loop_end(
    shared: FinalPOS, caplog: pytest.LogCaptureFixture
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = asyncio.run(_list_and_pools(shared))
        second = asyncio.run(_list_and_pools(shared))
        third = uvloop.run(_list_and_pools(shared))
        gc.collect()
    assert len({id(first), id(second), id(third)}) == 3
    assert first.closed and second.closed and third.closed
    assert _loop_transport(shared).loops == 0
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert not [r for r in caplog.records if "nclosed" in r.getMessage()]


def test_a_loop_closed_without_shutting_down_is_dropped(shared: FinalPOS) -> None:
    loop = asyncio.new_event_loop()
    loop.run_until_complete(_list_and_pools(shared))
    loop.close()  # no loop.shutdown_asyncgens(): its pool cannot be closed in it any more
    asyncio.run(_list_and_pools(shared))
    assert _loop_transport(shared).loops == 0


def test_two_loops_alive_at_once_each_get_their_own_pool(shared: FinalPOS) -> None:
    both_running = threading.Barrier(2)
    pools: list[LoopPools] = []
    failures: list[BaseException] = []

    async def in_thread() -> None:
        pools.append(await _list_and_pools(shared))
        await asyncio.to_thread(both_running.wait)
        await _list_and_pools(shared)

    def run() -> None:
        try:
            asyncio.run(in_thread())
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(pools) == 2 and pools[0] is not pools[1]
    assert all(pool.closed for pool in pools)


def test_aclose_closes_the_pool_of_a_loop_running_in_another_thread(shared: FinalPOS) -> None:
    sent = threading.Event()
    closed = threading.Event()
    outcome: list[object] = []

    async def in_thread() -> None:
        pools = await _list_and_pools(shared)
        sent.set()
        await asyncio.to_thread(closed.wait)
        outcome.append(pools.closed)
        try:
            await shared.products.list()
        except errors.ClientClosedError as error:
            outcome.append(error)

    thread = threading.Thread(target=asyncio.run, args=(in_thread(),))
    thread.start()
    sent.wait()

    async def close_here() -> LoopPools:
        pools = await _list_and_pools(shared)
        await shared.aclose()
        return pools

    mine = asyncio.run(close_here())
    closed.set()
    thread.join()
    assert mine.closed
    assert outcome[0] is True
    assert isinstance(outcome[1], errors.ClientClosedError)


def test_many_loops_leave_no_file_descriptors_behind(shared: FinalPOS) -> None:
    for _ in range(10):
        asyncio.run(_list_and_pools(shared))
    gc.collect()
    settled = _fds()
    for _ in range(100):
        asyncio.run(_list_and_pools(shared))
    gc.collect()
    # The fake's server thread may still be closing a few of its ends; a leak would be 100+.
    assert _fds() <= settled + 10
    assert _loop_transport(shared).loops == 0


def test_no_unclosed_session_messages_at_exit(
    shared: FinalPOS, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")
    asyncio.run(_list_and_pools(shared))
    gc.collect()
    assert caplog.records == []


@pytest.mark.final_pos_network  # a host that is not loopback, through a local proxy
async def test_with_proxy_variables_requests_go_through_the_proxy(
    transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    async with recording_server() as proxy:
        proxy.reply(200, [])
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        monkeypatch.setenv("http_proxy", proxy.base_url)
        pos = FinalPOS(api_key="k", base_url="http://pos.test", allow_insecure_http=True)
        assert list(await pos.products.list()) == []
        await pos.aclose()
    assert proxy.requests[0].target == "http://pos.test/v1/api/products?skip=0&limit=50"
