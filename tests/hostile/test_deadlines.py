"""A call never outlives its deadline, whatever the server does (both transports)."""

from __future__ import annotations

import asyncio

import pytest

from final_pos_client import FinalPOS, errors

from .conftest import Connect, Sleeps
from .raw_server import Received, Script, answer, raw, raw_server, serving

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


async def stall_forever() -> None:
    await asyncio.Event().wait()


def informational_then_stall(status: int) -> Script:
    return raw(f"HTTP/1.1 {status} Wait\r\n\r\n".encode(), then="stall")


async def trickle(_: Received, writer: asyncio.StreamWriter) -> None:
    """Headers, then one byte at a time: each read arrives well within any read timeout."""
    writer.write(HEAD + b"content-length: 100000\r\n\r\n")
    while True:
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.01)


async def endless_chunks(_: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(HEAD + b"transfer-encoding: chunked\r\n\r\n")
    while True:
        writer.write(b"1\r\n \r\n")
        await writer.drain()
        await asyncio.sleep(0.01)


async def stall_mid_body(_: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(HEAD + b"content-length: 100\r\n\r\n[1, 2, ")
    await writer.drain()
    await stall_forever()


# The read timeout (30 s) never fires here: only the call's deadline can end these calls.
STALLING = {
    "100 then stall": informational_then_stall(100),
    "102 then stall": informational_then_stall(102),
    "199 then stall": informational_then_stall(199),
    "headers then trickle": trickle,
    "endless chunked": endless_chunks,
    "stall mid-body": stall_mid_body,
}


@pytest.mark.parametrize("case", STALLING)
async def test_a_stalling_server_is_cut_off_at_the_deadline(connect: Connect, case: str) -> None:
    async with raw_server(STALLING[case]) as server:
        pos = connect(server.base_url, deadline=0.5)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.5 s") as caught:
            await pos.request("GET", "/v1/api/products")
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)  # a read, not a write
    assert caught.value.request == errors.RequestInfo("GET", f"{server.base_url}/v1/api/products")


async def test_the_deadline_covers_every_attempt(connect: Connect, sleeps: Sleeps) -> None:
    async with raw_server(stall_mid_body) as server:
        pos = connect(server.base_url, max_retries=5).with_options(deadline=0.5)
        with pytest.raises(errors.APITimeoutError):
            await pos.products.list()
    assert len(server.requests) == 1


async def test_per_call_deadline_overrides_the_client(connect: Connect) -> None:
    async with raw_server(trickle) as server:
        pos = connect(server.base_url, deadline=600.0)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.3 s"):
            await pos.products.list(deadline=0.3)


async def test_a_write_whose_2xx_body_the_deadline_cuts_off_succeeded(connect: Connect) -> None:
    async with raw_server(stall_mid_body) as server:
        pos = connect(server.base_url, deadline=0.5)
        # The 2xx status line arrived: the write took effect, only its body is missing.
        with pytest.raises(errors.APIWriteSucceededError, match=r"deadline of 0\.5 s passed"):
            await pos.request("POST", "/v1/api/product", json={"name": "x"})


async def test_a_retry_after_past_the_deadline_fails_at_once_with_the_answer(
    connect: Connect, sleeps: Sleeps
) -> None:
    busy = answer(503, b'{"message": "busy"}', {"retry-after": "30"})
    async with raw_server(busy) as server:
        pos = connect(server.base_url, max_retries=2, deadline=5.0)
        with pytest.raises(errors.InternalServerError, match="busy"):
            await pos.products.list()
    assert sleeps.delays == []
    assert len(server.requests) == 1


async def test_a_retry_after_within_the_deadline_is_waited(
    connect: Connect, sleeps: Sleeps
) -> None:
    async with raw_server(answer(503, b"", {"retry-after": "1"}), answer(200, b"[]")) as server:
        pos = connect(server.base_url, max_retries=2, deadline=5.0)
        assert await pos.products.list() == []
    assert sleeps.delays == [1.0]


@pytest.mark.parametrize("bad", [0, 0.0, -1, float("nan"), float("inf"), "5", True])
def test_zero_or_odd_timeouts_are_refused_everywhere(bad: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        FinalPOS(api_key="k", timeout=bad)  # type: ignore[arg-type]
    pos = FinalPOS(api_key="k")
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        pos.with_options(timeout=bad)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="deadline"):
        pos.with_options(deadline=bad)  # type: ignore[arg-type]


async def test_zero_timeout_per_call_is_refused_before_sending(connect: Connect) -> None:
    async with raw_server(answer(200, b"[]")) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.ConfigurationError, match="timeout"):
            await pos.products.list(timeout=0)
        with pytest.raises(errors.ConfigurationError, match="deadline"):
            await pos.products.list(deadline=0)
    assert server.requests == []


def test_the_default_deadline_is_a_multiple_of_the_timeout() -> None:
    assert FinalPOS(api_key="k", timeout=5.0).deadline == 20.0
    assert FinalPOS(api_key="k", timeout=None).deadline is None
    assert FinalPOS(api_key="k", timeout=5.0).with_options(timeout=2.0).deadline == 8.0
    assert FinalPOS(api_key="k", deadline=3.0).with_options(timeout=2.0).deadline == 3.0


async def test_a_server_that_never_reads_a_large_body_is_cut_off_at_the_deadline(
    connect: Connect,
) -> None:
    connections: list[None] = []

    async def never_read(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(None)
        await stall_forever()  # the socket buffers fill up and the upload stalls

    body = {"name": "x", "description": "y" * 32_000_000}  # more than any socket buffers
    async with serving(never_read) as base_url:
        pos = connect(base_url, deadline=0.5, max_retries=2)
        # Part of the body was sent: the SDK cannot tell how much the server read.
        with pytest.raises(errors.APIOutcomeUnknownTimeoutError, match=r"deadline of 0\.5 s"):
            await pos.request("POST", "/v1/api/product", json=body)
    assert len(connections) == 1  # so it is not sent again
