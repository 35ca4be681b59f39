"""Errors say what happened in words, never an httpx or aiohttp class name, over both
transports: garbage for an answer, a dropped connection, a refused one, a read timeout."""

from __future__ import annotations

import asyncio
import re
import socket

import pytest

from final_pos_client import errors

from .conftest import Connect
from .raw_server import Received, drop, raw, raw_server

INTERNALS = re.compile(r"httpx|aiohttp|httpcore|h11|[A-Z][a-z]+(Error|Timeout|Exception)\b:")


def assert_in_words(error: BaseException, expected: str) -> None:
    text = str(error)
    assert expected in text
    assert not INTERNALS.search(text.split(" (request id ")[0]), text


async def test_garbage_for_an_answer(connect: Connect) -> None:
    async with raw_server(raw(b"HTTP/1.1 abc\r\n\r\n")) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.products.list()
    assert_in_words(caught.value, "GET /v1/api/products failed after 1 attempt(s): the answer")


async def test_a_dropped_connection(connect: Connect) -> None:
    async with raw_server(drop) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.products.list()
    assert_in_words(caught.value, "the server closed the connection without answering")


async def test_a_refused_connection(connect: Connect) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    pos = connect(f"http://127.0.0.1:{port}")
    with pytest.raises(errors.APIConnectionError) as caught:
        await pos.products.list()
    assert_in_words(caught.value, "could not connect (")


async def silent(_: Received, writer: asyncio.StreamWriter) -> None:
    await asyncio.Event().wait()  # reads the request, never answers


async def test_a_read_timeout(connect: Connect) -> None:
    async with raw_server(silent) as server:
        pos = connect(server.base_url, timeout=0.2)
        with pytest.raises(errors.APITimeoutError) as caught:
            await pos.products.list()
    assert_in_words(caught.value, "no answer within 0.2 s (read timeout)")
