"""The client ``FinalPOS`` builds for itself sends straight to its transport
(``TransportShortcut``): the response must look as ``AsyncClient.send`` would leave it, over
both transports."""

from __future__ import annotations

import ssl
import time
from typing import Any

import pytest

from final_pos_client import FinalPOS
from final_pos_client._core import _response_stream, _tls
from final_pos_client._core._loop_transport import LoopTransport
from final_pos_client._core._transport_shortcut import TransportShortcut
from final_pos_client.models import CreateCategoryDto
from final_pos_fake import FakeServer


async def test_own_client_sends_straight_to_the_transport(pos: FinalPOS) -> None:
    assert isinstance(pos._send_over_transport, TransportShortcut)


async def test_raw_response_has_its_request_and_elapsed_time(pos: FinalPOS) -> None:
    before = time.perf_counter()
    raw = await pos.products.with_raw_response.list(limit=1)
    took = time.perf_counter() - before

    assert raw.http_response.request.method == "GET"
    assert raw.http_response.request.url.path == "/v1/api/products"
    # Measured by the send itself: some time, and no more than the whole call took.
    assert 0 < raw.http_response.elapsed.total_seconds() <= took
    assert raw.http_response.is_closed
    assert raw.parse() == []


async def test_a_closed_client_refuses_to_send(pos: FinalPOS) -> None:
    await pos.aclose()

    with pytest.raises(Exception, match="closed"):
        await pos.products.list()


async def test_a_client_loads_the_ca_bundle_once(
    pos: FinalPOS, fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each load of the CA bundle takes tens of ms: the 16 httpx pools of the plain path and the
    # aiohttp session share one context. Counted where OpenSSL reads the certificates, so a
    # context built anywhere (httpx's transports build their own unless given one) is counted.
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _tls._context_for.cache_clear()
    loads: list[str] = []
    load_verify_locations = ssl.SSLContext.load_verify_locations
    load_default_certs = ssl.SSLContext.load_default_certs

    def counting_verify_locations(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append("load_verify_locations")
        load_verify_locations(context, *args, **kwargs)

    def counting_default_certs(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append("load_default_certs")
        load_default_certs(context, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting_verify_locations)
    monkeypatch.setattr(ssl.SSLContext, "load_default_certs", counting_default_certs)
    for _ in range(2):
        client = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url)
        try:
            await client.products.list(limit=1)
        finally:
            await client.aclose()
    assert loads == ["load_verify_locations"]


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
    loop_pools = pos.http_client._transport
    assert isinstance(loop_pools, LoopTransport)
    aiohttp_in_use = "Aiohttp" in type(loop_pools.pools().fast).__name__
    assert len(whole_reads) == 2
    assert all((read is not None) is aiohttp_in_use for read in whole_reads)
    before = time.perf_counter()
    raw = await pos.categories.with_raw_response.get(created.id)
    took = time.perf_counter() - before
    assert 0 < raw.http_response.elapsed.total_seconds() <= took
    assert raw.http_response.is_closed
