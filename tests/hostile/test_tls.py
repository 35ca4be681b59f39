"""TLS that goes wrong ends every call within its deadline with one of our errors (both
transports): a server that never finishes the handshake, one that answers in plain HTTP, and
a certificate for another host or from an unknown authority."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator

import pytest
import trustme

from final_pos_client import errors
from final_pos_client._core import _tls

from .conftest import API_KEY, Connect
from .raw_server import answer, raw_server, serving

PATH = "/v1/api/products"


@pytest.fixture(autouse=True)
def trusted_ca(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[trustme.CA]:
    """A throwaway CA the clients trust (``SSL_CERT_FILE``), for the tests' own certificates."""
    ca = trustme.CA()
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _tls._context_for.cache_clear()
    yield ca
    _tls._context_for.cache_clear()


def _server_context(ca: trustme.CA, host: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(host).configure_cert(context)
    return context


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await asyncio.Event().wait()  # reads no ClientHello, answers nothing
    finally:
        writer.close()


async def _plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n[]")
        await writer.drain()
        await asyncio.Event().wait()
    finally:
        writer.close()


class _Mute:
    """A server that reads what it is sent and never answers; ``closed`` is set when the client
    closes the connection."""

    def __init__(self) -> None:
        self.closed = asyncio.Event()

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read()  # until the client closes its end
            self.closed.set()
        finally:
            writer.close()


def _assert_clean(error: BaseException) -> None:
    assert API_KEY not in str(error) and API_KEY not in repr(error)


async def test_a_trusted_certificate_for_the_host_is_accepted(
    connect: Connect, trusted_ca: trustme.CA
) -> None:
    async with raw_server(
        answer(200, b"[]"), tls=_server_context(trusted_ca, "127.0.0.1")
    ) as server:
        assert server.base_url.startswith("https://")
        assert await connect(server.base_url).request("GET", PATH) == []


async def test_a_handshake_that_never_ends_is_cut_off_at_the_deadline(connect: Connect) -> None:
    async with serving(_silent) as base_url:
        pos = connect(base_url.replace("http://", "https://"), deadline=0.5)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.5 s") as caught:
            await pos.request("GET", PATH)
    _assert_clean(caught.value)


async def test_a_handshake_cut_off_by_the_deadline_closes_its_socket(connect: Connect) -> None:
    mute = _Mute()
    async with serving(mute) as base_url:
        pos = connect(base_url.replace("http://", "https://"), deadline=0.3)
        with pytest.raises(errors.APITimeoutError):
            await pos.request("GET", PATH)
        # Without a close the server never reads EOF; the bound only ends a failing test.
        await asyncio.wait_for(mute.closed.wait(), timeout=10)


async def test_plain_http_on_an_https_url_is_a_connection_error(connect: Connect) -> None:
    async with serving(_plain_http) as base_url:
        pos = connect(base_url.replace("http://", "https://"), deadline=5.0)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.request("GET", PATH)
    assert not isinstance(caught.value, errors.APITimeoutError)
    _assert_clean(caught.value)


@pytest.mark.parametrize("case", ["certificate for another host", "unknown authority"])
async def test_an_untrusted_certificate_is_refused_before_anything_is_sent(
    connect: Connect, trusted_ca: trustme.CA, case: str
) -> None:
    issuer = trusted_ca if case == "certificate for another host" else trustme.CA()
    host = "other.example" if case == "certificate for another host" else "127.0.0.1"
    async with raw_server(answer(200, b"[]"), tls=_server_context(issuer, host)) as server:
        pos = connect(server.base_url, deadline=5.0)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.request("POST", PATH, json={"name": "Tea"})
        assert server.requests == []
    assert not isinstance(caught.value, errors.APIOutcomeUnknownError)  # nothing was sent
    _assert_clean(caught.value)
