"""The client ``FinalPOS`` builds for itself sends straight to its transport (``TransportSend``):
the response must look as ``AsyncClient.send`` would leave it, over both transports."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS
from final_pos_client._core import _response_stream
from final_pos_client._core._transport import TransportSend
from final_pos_client.models import CreateCategoryDto
from final_pos_fake import FakeServer


async def test_own_client_sends_straight_to_the_transport(pos: FinalPOS) -> None:
    assert isinstance(pos._send_over_transport, TransportSend)


async def test_raw_response_has_its_request_and_elapsed_time(pos: FinalPOS) -> None:
    raw = await pos.products.with_raw_response.list(limit=1)

    assert raw.http_response.request.method == "GET"
    assert raw.http_response.request.url.path == "/v1/api/products"
    assert raw.http_response.elapsed.total_seconds() >= 0
    assert raw.http_response.is_closed
    assert raw.parse() == []


async def test_a_closed_client_refuses_to_send(pos: FinalPOS) -> None:
    await pos.aclose()

    with pytest.raises(Exception, match="closed"):
        await pos.products.list()


async def test_the_ssl_context_is_built_once_per_client(
    pos: FinalPOS, fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each build loads the CA bundle (tens of ms of a first request): the aiohttp session
    # reuses the transport's context instead of building its own.
    built: list[object] = []
    create = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        context = create(*args, **kwargs)
        built.append(context)
        return context

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    client = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url)
    try:
        await client.products.list(limit=1)
    finally:
        await client.aclose()
    assert len({id(context) for context in built}) <= 1


async def test_a_body_of_known_length_is_read_in_one_step_over_aiohttp(
    pos: FinalPOS, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The one-step read relies on where httpx-aiohttp keeps its ClientResponse: if a release
    # moves it, this fails (the iterating read still works, only slower).
    whole_reads: list[bytes | None] = []
    read_whole = _response_stream.TimedStream.read_whole

    async def recording(stream: _response_stream.TimedStream) -> bytes | None:
        whole_reads.append(await read_whole(stream))
        return whole_reads[-1]

    monkeypatch.setattr(_response_stream.TimedStream, "read_whole", recording)
    created = await pos.categories.create(CreateCategoryDto(name="Tea", description="Hot"))

    fetched = await pos.categories.get(created.id)

    assert fetched.name == "Tea"
    aiohttp_in_use = "Aiohttp" in type(pos.http_client._transport).__name__
    assert len(whole_reads) == 2
    assert all((read is not None) is aiohttp_in_use for read in whole_reads)
    raw = await pos.categories.with_raw_response.get(created.id)
    assert raw.http_response.elapsed.total_seconds() >= 0
    assert raw.http_response.is_closed
