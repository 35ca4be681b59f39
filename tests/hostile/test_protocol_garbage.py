"""Whatever bytes come back, a call raises a FinalPOSError: garbage is a connection failure
(retried like one), an undecodable or too deep body an APIResponseValidationError."""

from __future__ import annotations

import asyncio
import gzip
import threading

import pytest

from final_pos_client import errors

from .conftest import Connect, Sleeps
from .raw_server import answer, raw, raw_server

GARBAGE = {
    "bad status line": b"HTTP/1.1 abc OK\r\ncontent-length: 0\r\n\r\n",
    "not HTTP": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "malformed header": b"HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 2\r\n\r\n[]",
    "duplicate content-length": (
        b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 5\r\n\r\n[]"
    ),
    "bad chunk size": b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n",
    "truncated body": b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n[1",
    # No upgrade was asked for: h11 refuses it, aiohttp passes it on as the response.
    "unsolicited 101": (
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n"
    ),
}


@pytest.mark.parametrize("case", GARBAGE)
async def test_protocol_garbage_is_a_retried_connection_error(
    connect: Connect, sleeps: Sleeps, case: str
) -> None:
    async with raw_server(raw(GARBAGE[case])) as server:
        pos = connect(server.base_url, max_retries=1)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.products.list()
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)
    assert len(server.requests) == 2  # retried once, like any connection failure
    assert len(sleeps.delays) == 1


async def test_an_oversized_header_is_read_by_h11_and_a_connection_error_on_aiohttp(
    connect: Connect, transport: str
) -> None:
    """h11 reads a 70 KB header; aiohttp refuses one over 8 KB: a plain connection error (not
    an outcome-unknown one: the call is a GET), never a foreign exception."""
    big = b"HTTP/1.1 200 OK\r\nx-big: " + b"a" * 70_000 + b"\r\ncontent-length: 2\r\n\r\n[]"
    async with raw_server(raw(big)) as server:
        pos = connect(server.base_url)
        if transport == "httpx":
            assert await pos.products.list() == []
            return
        with pytest.raises(errors.APIConnectionError, match=r"Got more than \d+ bytes") as caught:
            await pos.products.list()
    assert type(caught.value) is errors.APIConnectionError


@pytest.mark.parametrize("case", ["bad status line", "unsolicited 101"])
async def test_garbage_after_a_post_has_an_unknown_outcome(connect: Connect, case: str) -> None:
    async with raw_server(raw(GARBAGE[case])) as server:
        pos = connect(server.base_url, max_retries=3)
        with pytest.raises(errors.APIOutcomeUnknownError):
            await pos.request("POST", "/v1/api/customer", json={"email": "a@b.c"})
    assert len(server.requests) == 1  # a POST that may have been processed is never re-sent


DEEP = b"[" * 200_000 + b"]" * 200_000


async def test_a_deeply_nested_body_is_a_validation_error(connect: Connect) -> None:
    async with raw_server(answer(200, DEEP)) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.APIResponseValidationError, match="nested too deeply"):
            await pos.request("GET", "/v1/api/products")
        with pytest.raises(errors.APIResponseValidationError):
            await pos.products.list()


async def test_a_deeply_nested_error_body_still_gives_the_status_error(connect: Connect) -> None:
    async with raw_server(answer(400, DEEP)) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.BadRequestError) as caught:
            await pos.products.list()
    assert len(str(caught.value)) < 3000


@pytest.mark.parametrize("body", [b"\xff\xfe not utf-8", b'{"a": ', b"<html>"])
async def test_an_undecodable_body_is_a_validation_error(connect: Connect, body: bytes) -> None:
    async with raw_server(answer(200, body)) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.APIResponseValidationError):
            await pos.products.list()


async def test_a_broken_gzip_body_is_a_validation_error(connect: Connect) -> None:
    broken = gzip.compress(b"[]" * 1000)[:-12] + b"garbage!garbage!"
    async with raw_server(answer(200, broken, {"content-encoding": "gzip"})) as server:
        pos = connect(server.base_url)
        with pytest.raises(
            errors.APIResponseValidationError, match=r"cannot be decoded .*broken gzip body"
        ):
            await pos.products.list()


async def test_a_closed_client_says_so(connect: Connect) -> None:
    async with raw_server(answer(200, b"[]")) as server:
        pos = connect(server.base_url)
        await pos.http_client.aclose()
        with pytest.raises(errors.ClientClosedError, match="closed"):
            await pos.products.list()
    assert server.requests == []


async def test_a_second_event_loop_is_refused(connect: Connect) -> None:
    async with raw_server(answer(200, b"[]")) as server:
        pos = connect(server.base_url)
        assert await pos.products.list() == []
        raised: list[BaseException] = []

        def other_loop() -> None:
            try:
                asyncio.run(pos.products.list())
            except BaseException as error:
                raised.append(error)

        thread = threading.Thread(target=other_loop)
        thread.start()
        await asyncio.to_thread(thread.join)
    assert len(raised) == 1
    assert isinstance(raised[0], errors.EventLoopMismatchError)
    assert isinstance(raised[0], errors.FinalPOSError)
    assert len(server.requests) == 1
