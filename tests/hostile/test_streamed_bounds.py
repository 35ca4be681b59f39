"""A streamed call (``with_streaming_response``) keeps the call's deadline and
``max_response_bytes`` while its body is read inside ``async with``, whatever the server does
after the headers; the connection is closed when it is cut off (both transports)."""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import pytest

from final_pos_client import StreamedResponse, errors

from .conftest import Connect
from .raw_server import serving

# Only a safety net so that a regression fails instead of hanging: never a timed assertion.
SAFETY_SECONDS = 20.0
# Long enough for the headers to arrive on a loaded machine: the body read is what it cuts.
DEADLINE = 1.0
MiB = 1024 * 1024

BodyWriter = Callable[[asyncio.StreamWriter], Coroutine[Any, Any, None]]


@dataclass
class BodyServer:
    """Answers every request with a 200 whose body ``send_body`` writes (maybe forever)."""

    base_url: str
    requests: int
    # Set once the client closed a connection it was sent a body on.
    closed: asyncio.Event


@contextlib.asynccontextmanager
async def body_server(head: bytes, send_body: BodyWriter) -> AsyncIterator[BodyServer]:
    state: BodyServer

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        body_task: asyncio.Task[None] | None = None
        try:
            request_head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in request_head.decode("latin-1").split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            state.requests += 1
            writer.write(head)
            body_task = asyncio.create_task(send_body(writer))
            with contextlib.suppress(ConnectionError):
                await reader.read()  # b"" once the client has closed its end
            state.closed.set()
        except (ConnectionError, asyncio.IncompleteReadError):
            state.closed.set()  # closed before the answer was sent
        except asyncio.CancelledError:
            pass  # the server is shutting down
        finally:
            if body_task is not None:
                body_task.cancel()
                await asyncio.gather(body_task, return_exceptions=True)
            writer.close()

    async with serving(handle) as base_url:
        state = BodyServer(base_url, 0, asyncio.Event())
        yield state


OK_JSON = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


async def stall(writer: asyncio.StreamWriter) -> None:
    writer.write(b"[")
    await writer.drain()
    await asyncio.Event().wait()


async def trickle(writer: asyncio.StreamWriter) -> None:
    """One byte per chunk, each well within any read timeout, forever."""
    while True:
        writer.write(b"1\r\n \r\n")
        await writer.drain()
        await asyncio.sleep(0.01)


async def flood(writer: asyncio.StreamWriter) -> None:
    """Whitespace as fast as the client takes it, forever."""
    chunk = b" " * 65536
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()


# (response head, body writer): the read timeout (30 s) never fires on these.
STALLING = {
    "headers then stall": (OK_JSON + b"content-length: 100000\r\n\r\n", stall),
    "headers then trickle": (OK_JSON + b"transfer-encoding: chunked\r\n\r\n", trickle),
}


async def consume(chunks: AsyncIterator[Any]) -> None:
    async for _ in chunks:
        pass


Reader = Callable[[StreamedResponse[Any, Any]], Awaitable[object]]
READERS: dict[str, Reader] = {
    "iter_bytes": lambda response: consume(response.iter_bytes()),
    "iter_text": lambda response: consume(response.iter_text()),
    "iter_lines": lambda response: consume(response.iter_lines()),
    "iter_records": lambda response: consume(response.iter_records()),
    "read": lambda response: response.read(),
    "parse": lambda response: response.parse(),
}


async def list_streamed(pos: Any, reader: str, entered: list[bool], **options: Any) -> None:
    async with pos.products.with_streaming_response.list(**options) as response:
        entered.append(True)
        await READERS[reader](response)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("case", STALLING)
async def test_reading_a_streamed_body_ends_at_the_deadline(
    connect: Connect, case: str, reader: str
) -> None:
    entered: list[bool] = []
    async with body_server(*STALLING[case]) as server:
        pos = connect(server.base_url, deadline=DEADLINE)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 1 s") as caught:
            await asyncio.wait_for(list_streamed(pos, reader, entered), SAFETY_SECONDS)
        await asyncio.wait_for(server.closed.wait(), SAFETY_SECONDS)
    assert entered  # the headers were in: reading the body is what the deadline cut
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)  # a read, not a write
    assert caught.value.request == errors.RequestInfo("GET", f"{server.base_url}/v1/api/products")


async def test_a_per_call_deadline_bounds_the_streamed_body(connect: Connect) -> None:
    entered: list[bool] = []
    async with body_server(*STALLING["headers then trickle"]) as server:
        pos = connect(server.base_url, deadline=600.0)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 1 s"):
            await asyncio.wait_for(
                list_streamed(pos, "iter_bytes", entered, deadline=DEADLINE), SAFETY_SECONDS
            )
        await asyncio.wait_for(server.closed.wait(), SAFETY_SECONDS)
    assert entered


async def test_a_streamed_write_cut_off_in_its_body_succeeded_as_a_plain_call_would(
    connect: Connect,
) -> None:
    # As for a plain POST whose body stalls: answered 2xx, the write took effect.
    entered: list[bool] = []
    async with body_server(*STALLING["headers then stall"]) as server:
        pos = connect(server.base_url, deadline=DEADLINE)

        async def create() -> None:
            async with pos.categories.with_streaming_response.create(
                {"name": "n", "description": "d"}
            ) as response:
                entered.append(True)
                await response.read()

        with pytest.raises(errors.APIWriteSucceededError, match=r"deadline of 1 s"):
            await asyncio.wait_for(create(), SAFETY_SECONDS)
        await asyncio.wait_for(server.closed.wait(), SAFETY_SECONDS)
    assert entered
    assert server.requests == 1


@pytest.mark.parametrize("reader", READERS)
async def test_a_streamed_body_stops_at_max_response_bytes(connect: Connect, reader: str) -> None:
    head = OK_JSON + b"transfer-encoding: chunked\r\n\r\n"
    async with body_server(head, flood) as server:
        pos = connect(server.base_url, max_response_bytes=MiB)
        with pytest.raises(errors.APIResponseValidationError, match="max_response_bytes"):
            await asyncio.wait_for(list_streamed(pos, reader, []), SAFETY_SECONDS)
        await asyncio.wait_for(server.closed.wait(), SAFETY_SECONDS)


async def test_a_streamed_body_announced_too_large_is_refused(connect: Connect) -> None:
    head = OK_JSON + b"content-length: 999999999\r\n\r\n"
    async with body_server(head, stall) as server:
        pos = connect(server.base_url, max_response_bytes=MiB)
        with pytest.raises(errors.APIResponseValidationError, match="max_response_bytes"):
            await asyncio.wait_for(list_streamed(pos, "iter_bytes", []), SAFETY_SECONDS)
        await asyncio.wait_for(server.closed.wait(), SAFETY_SECONDS)


async def test_a_streamed_gzip_bomb_stops_at_about_the_limit(connect: Connect) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join(compressor.compress(b" " * MiB) for _ in range(64)) + compressor.flush()

    async def send_bomb(writer: asyncio.StreamWriter) -> None:
        writer.write(bomb)
        await writer.drain()
        await asyncio.Event().wait()

    head = OK_JSON + b"content-encoding: gzip\r\ncontent-length: %d\r\n\r\n" % len(bomb)
    async with body_server(head, send_bomb) as server:
        pos = connect(server.base_url, max_response_bytes=MiB)
        received = 0

        async def read() -> None:
            nonlocal received
            async with pos.products.with_streaming_response.list() as response:
                async for chunk in response.iter_bytes():
                    received += len(chunk)

        with pytest.raises(errors.APIResponseValidationError, match="more than 1048576"):
            await asyncio.wait_for(read(), SAFETY_SECONDS)
    assert received <= MiB
