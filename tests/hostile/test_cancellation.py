"""A call whose task is cancelled by its caller (not by the deadline) ends with
``CancelledError`` at once, never one of our errors; it leaves no socket open (the autouse
check in conftest.py) and the client keeps working (both transports)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from final_pos_client import FinalPOS, RetryTiming

from .conftest import Connect
from .raw_server import Received, Script, answer, raw_server, serving

PATH = "/v1/api/products"
HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


def signal_then(event: asyncio.Event, data: bytes) -> Script:
    """Writes ``data``, tells the test the call is under way, then never goes on."""

    async def script(_: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()
        event.set()
        await asyncio.Event().wait()

    return script


class RetrySleep:
    """The client's retry sleep: a real sleep that says when it starts and when it is
    cancelled, so a test knows its cancel hit the wait for a retry and nothing else."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.cancelled: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.entered.set()
        try:
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            self.cancelled.append(seconds)
            raise


RETRY_AFTER = 30.0
PHASES: dict[str, Callable[[asyncio.Event], Script]] = {
    "waiting for the answer": lambda event: signal_then(event, b""),
    "reading the headers": lambda event: signal_then(event, HEAD),
    "reading the body": lambda event: signal_then(event, HEAD + b"content-length: 9\r\n\r\n[1, "),
    # A 503 asking to retry later: the call then sleeps, and RetrySleep says when.
    "waiting to retry": lambda _: answer(503, b"{}", {"retry-after": f"{RETRY_AFTER:g}"}),
}


async def _cancel_when(event: asyncio.Event, call: Awaitable[object]) -> asyncio.Task[object]:
    async def run() -> object:
        return await call

    task = asyncio.create_task(run())
    waiting = asyncio.create_task(event.wait())
    done, _ = await asyncio.wait({task, waiting}, return_when=asyncio.FIRST_COMPLETED)
    waiting.cancel()
    assert task not in done, f"the call ended before it could be cancelled: {task.result()!r}"
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return task


@pytest.mark.parametrize("phase", PHASES)
async def test_a_cancelled_call_raises_cancelled_error_and_the_client_goes_on(
    connect: Connect, phase: str
) -> None:
    retry_sleep = RetrySleep()
    waits_to_retry = phase == "waiting to retry"
    under_way = retry_sleep.entered if waits_to_retry else asyncio.Event()
    async with raw_server(PHASES[phase](under_way), answer(200, b"[]")) as server:
        pos: FinalPOS = connect(
            server.base_url,
            max_retries=2,
            retry_timing=RetryTiming(sleep=retry_sleep, random=lambda: 1.0),
        )
        task = await _cancel_when(under_way, pos.request("GET", PATH))

        assert task.cancelled()
        # The cancel hit the retry sleep in that phase, and only there.
        assert retry_sleep.cancelled == ([RETRY_AFTER] if waits_to_retry else [])
        assert await pos.request("GET", PATH) == []


async def test_a_call_cancelled_in_its_tls_handshake_raises_cancelled_error(
    connect: Connect,
) -> None:
    connected = asyncio.Event()

    async def mute(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connected.set()
        await reader.read()

    async with serving(mute) as base_url:
        pos = connect(base_url.replace("http://", "https://"))
        task = await _cancel_when(connected, pos.request("GET", PATH))
    assert task.cancelled()
