"""``x-request-id`` on every request (a uuid4 per call, the caller's own wins), echoed by the
fake, carried by every error and log line; ``x-final-pos-retry-count`` on each retry."""

from __future__ import annotations

import logging
import re
import uuid

import httpx
import pytest

from final_pos_client import FinalPOS, errors
from final_pos_client._core._request_id import new_request_id
from final_pos_fake import FakeServer

from .recording_server import RecordingServer

PRODUCTS = "/v1/api/products"


def is_uuid4(text: str | None) -> bool:
    assert text is not None
    parsed = uuid.UUID(text)
    return parsed.version == 4 and str(parsed) == text


async def test_every_call_sends_its_own_uuid4(recorded: tuple[FinalPOS, RecordingServer]) -> None:
    pos, server = recorded
    server.reply(200, [])
    server.reply(200, [])
    await pos.products.list()
    await pos.request("GET", PRODUCTS)
    first, second = (sent.headers.get("x-request-id") for sent in server.requests)
    assert is_uuid4(first) and is_uuid4(second)
    assert first != second
    assert all("x-final-pos-retry-count" not in sent.headers for sent in server.requests)


async def test_retries_keep_the_request_id_and_count_themselves(
    recorded: tuple[FinalPOS, RecordingServer],
) -> None:
    pos, server = recorded
    server.reply(503, {"message": "busy"})
    server.reply(502, {"message": "busy"})
    server.reply(200, [])
    await pos.products.list()
    ids = {sent.headers["x-request-id"] for sent in server.requests}
    counts = [sent.headers.get("x-final-pos-retry-count") for sent in server.requests]
    assert len(ids) == 1
    assert counts == [None, "1", "2"]


@pytest.mark.parametrize("name", ["x-request-id", "X-Request-ID"])
async def test_a_request_id_the_caller_gives_wins(
    recorded: tuple[FinalPOS, RecordingServer], name: str
) -> None:
    pos, server = recorded
    server.reply(404, {"message": "no such product"})
    with pytest.raises(errors.NotFoundError) as caught:
        await pos.products.get("p1", extra_headers={name: "order-7-payment"})
    (sent,) = server.requests
    assert sent.headers["x-request-id"] == "order-7-payment"
    assert caught.value.request_id == "order-7-payment"  # the server echoed none: the sent one
    assert str(caught.value).endswith("(request id order-7-payment)")


async def test_a_default_request_id_header_is_kept(
    recorded: tuple[FinalPOS, RecordingServer],
) -> None:
    pos, server = recorded
    fixed = pos.with_options(default_headers={"X-Request-Id": "batch-3"})
    server.reply(200, [])
    await fixed.products.list()
    assert server.requests[0].headers["x-request-id"] == "batch-3"


async def test_the_fake_echoes_the_request_id(pos: FinalPOS) -> None:
    raw = await pos.products.with_raw_response.list()
    sent = raw.http_response.request.headers["x-request-id"]
    assert is_uuid4(sent)
    assert raw.headers["x-request-id"] == sent


async def test_the_fake_makes_a_request_id_when_none_is_sent(fake_server: FakeServer) -> None:
    headers = {"x-api-key": fake_server.api_key}
    async with httpx.AsyncClient(base_url=fake_server.base_url, headers=headers) as client:
        answer = await client.get(PRODUCTS)
    assert is_uuid4(answer.headers["x-request-id"])


async def test_status_errors_carry_the_request_id(pos: FinalPOS, fake_server: FakeServer) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await pos.products.get("no-such-product")
    request_id = caught.value.request_id
    assert is_uuid4(request_id)
    assert caught.value.response.request.headers["x-request-id"] == request_id
    assert str(caught.value).endswith(f"(request id {request_id})")


async def test_connection_errors_carry_the_request_id(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", drop="before")
    with pytest.raises(errors.APIConnectionError) as caught:
        await pos.products.list(max_retries=0)
    assert is_uuid4(caught.value.request_id)
    assert f"(request id {caught.value.request_id})" in str(caught.value)


async def test_every_log_line_names_the_request_id(
    pos: FinalPOS, fake_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="final_pos_client")
    fake_server.app.faults.add(f"GET {PRODUCTS}", status=500)
    with pytest.raises(errors.InternalServerError) as caught:
        await pos.products.list()
    lines = [r.getMessage() for r in caplog.records if r.name == "final_pos_client"]
    assert len(lines) == 3
    assert all(f"request id {caught.value.request_id})" in line for line in lines)


async def test_error_text_names_no_transport_internals(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", latency=2.0)
    with pytest.raises(errors.APITimeoutError) as caught:
        await pos.products.list(timeout=0.2, max_retries=0, deadline=5.0)
    text = str(caught.value)
    assert "timed out after 1 attempt(s): no answer within 0.2 s (read timeout)" in text
    assert not re.search(r"httpx|aiohttp|ReadTimeout|ServerTimeoutError|Error:", text)


async def test_a_dropped_connection_reads_as_one(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.faults.add(f"GET {PRODUCTS}", drop="after")
    with pytest.raises(errors.APIConnectionError) as caught:
        await pos.products.list(max_retries=0)
    text = str(caught.value)
    assert "failed after 1 attempt(s): the server closed the connection without answering" in text
    assert not re.search(r"httpx|aiohttp|Disconnected|ProtocolError", text)


def test_request_ids_are_rfc_4122_version_4() -> None:
    ids = [new_request_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
