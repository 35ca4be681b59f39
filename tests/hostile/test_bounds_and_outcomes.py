"""Bounded responses and honest outcomes (both transports)."""

from __future__ import annotations

import asyncio
import logging
import tracemalloc
import zlib

import pytest

from final_pos_client import FinalPOS, errors

from .conftest import Connect
from .raw_server import Received, answer, drop, raw_server

MiB = 1024 * 1024


def gzip_bomb(decoded_size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * MiB
    parts = [compressor.compress(block) for _ in range(decoded_size // MiB)]
    return b"".join(parts) + compressor.flush()


async def test_a_gzip_bomb_fails_at_about_the_limit(connect: Connect) -> None:
    bomb = gzip_bomb(256 * MiB)  # about 250 KB on the wire
    async with raw_server(answer(200, bomb, {"content-encoding": "gzip"})) as server:
        pos = connect(server.base_url, max_response_bytes=4 * MiB)
        tracemalloc.start()
        try:
            with pytest.raises(errors.APIResponseValidationError, match="more than 4194304"):
                await pos.products.list()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 40 * MiB  # the limit plus decoder buffers, far from the bomb's 256 MiB


async def test_a_body_announced_too_large_is_refused_unread(connect: Connect) -> None:
    async def huge(_: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 999999999\r\n\r\n[")
        await asyncio.Event().wait()

    async with raw_server(huge) as server:
        pos = connect(server.base_url, max_response_bytes=MiB, deadline=30.0)
        with pytest.raises(errors.APIResponseValidationError, match="max_response_bytes"):
            await pos.products.list()


async def test_a_large_body_within_the_limit_is_read(connect: Connect) -> None:
    body = b"[" + b",".join([b'"' + b"x" * 1000 + b'"'] * 3000) + b"]"
    async with raw_server(answer(200, body)) as server:
        pos = connect(server.base_url, max_response_bytes=4 * MiB)
        assert len(await pos.request("GET", "/v1/api/anything")) == 3000


async def test_a_huge_error_message_is_cut(connect: Connect) -> None:
    message = "x" * 5_000_000
    body = b'{"statusCode": 400, "message": "' + message.encode() + b'"}'
    async with raw_server(answer(400, body)) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.BadRequestError) as caught:
            await pos.products.list()
    text = str(caught.value)
    assert len(text) < 4000
    assert "characters in all" in text


async def test_a_post_whose_connection_drops_after_sending_has_an_unknown_outcome(
    connect: Connect,
) -> None:
    async with raw_server(drop) as server:
        pos = connect(server.base_url, max_retries=2)
        with pytest.raises(errors.APIOutcomeUnknownError) as caught:
            await pos.request("POST", "/v1/api/customer", json={"email": "a@b.c"})
    assert isinstance(caught.value, errors.APIConnectionError)
    assert "may have acted" in str(caught.value)
    assert len(server.requests) == 1


async def test_a_refused_connection_is_a_plain_connection_error(connect: Connect) -> None:
    async with raw_server(drop) as server:
        base_url = server.base_url
    pos = connect(base_url, max_retries=0)  # the server is gone: nothing listens there
    with pytest.raises(errors.APIConnectionError) as caught:
        await pos.request("POST", "/v1/api/customer", json={"email": "a@b.c"})
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)


async def test_a_delete_retried_after_a_drop_that_gets_404_succeeds(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    gone = answer(404, b'{"statusCode": 404, "message": "Product not found"}')
    async with raw_server(drop, gone) as server:
        pos = connect(server.base_url, max_retries=2)
        with caplog.at_level(logging.DEBUG, logger="final_pos_client"):
            assert await pos.products.delete("6650a1b2c3d4e5f6a7b8c9d0") is None
    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]
    assert any("taken as deleted" in record.getMessage() for record in caplog.records)


async def test_a_delete_returning_a_record_gives_none_when_an_earlier_attempt_deleted_it(
    connect: Connect,
) -> None:
    gone = answer(404, b'{"statusCode": 404, "message": "Row not found"}')
    async with raw_server(drop, gone) as server:
        pos = connect(server.base_url, max_retries=1)
        assert await pos.custom_table_rows.delete("6650a1b2c3d4e5f6a7b8c9d0") is None
    assert len(server.requests) == 2


async def test_a_plain_delete_of_a_missing_record_is_still_not_found(connect: Connect) -> None:
    gone = answer(404, b'{"statusCode": 404, "message": "Product not found"}')
    async with raw_server(gone) as server:
        pos = connect(server.base_url, max_retries=2)
        with pytest.raises(errors.NotFoundError):
            await pos.products.delete("6650a1b2c3d4e5f6a7b8c9d0")


@pytest.mark.parametrize("bad_id", [b"null", b"123", b"[]", b"true"])
async def test_a_record_with_a_bad_id_is_refused(connect: Connect, bad_id: bytes) -> None:
    body = b'{"id": ' + bad_id + b', "name": "Tea"}'
    async with raw_server(answer(200, body)) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.APIResponseValidationError) as caught:
            await pos.products.get("6650a1b2c3d4e5f6a7b8c9d0")
    assert "ProductResponseDto.id must be str" in str(caught.value)


async def test_errors_carry_the_request_and_its_request_id(connect: Connect) -> None:
    failing = answer(500, b"{}", {"x-request-id": "req-42"})
    async with raw_server(failing) as server:
        pos = connect(server.base_url)
        with pytest.raises(errors.InternalServerError) as caught:
            await pos.products.get("abc")
    assert caught.value.request_id == "req-42"
    assert caught.value.request == errors.RequestInfo(
        "GET", f"{server.base_url}/v1/api/product/abc"
    )


def test_max_response_bytes_is_checked() -> None:
    for bad in (0, -1, 1.5, True, "1"):
        with pytest.raises(errors.ConfigurationError, match="max_response_bytes"):
            FinalPOS(api_key="k", max_response_bytes=bad)  # type: ignore[arg-type]
    assert FinalPOS(api_key="k").max_response_bytes == 32 * MiB
