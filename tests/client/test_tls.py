"""TLS over both transports, through a real TLS server: the clients ``FinalPOS`` builds for itself
verify the server with httpx's default CA bundle, or with ``SSL_CERT_FILE`` when it is set, and
load that bundle once per process rather than once per client or pool; their httpx pools close
a handshake that is cancelled."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp.connector  # noqa: F401  # builds aiohttp's own contexts before any is counted
import httpx
import pytest
import trustme

from final_pos_client import FinalPOS, errors
from final_pos_client._core import _handshake_guard, _http_client, _tls
from final_pos_client._core._sharded_pool import ShardedPoolTransport
from final_pos_fake import FakeServer
from tests.hostile.raw_server import serving

from .conftest import TRANSPORTS


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: request.param == "aiohttp")
    for name in _tls.CA_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return str(request.param)


@pytest.fixture(autouse=True)
def fresh_context_cache() -> Iterator[None]:
    _tls._context_for.cache_clear()
    yield
    _tls._context_for.cache_clear()


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


@pytest.fixture
async def tls_base_url(ca: trustme.CA, fake_server: FakeServer) -> AsyncIterator[str]:
    """``https://`` in front of the fake: a TLS server with a certificate of ``ca`` for
    127.0.0.1, passing the decrypted bytes on to the fake and back."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    upstream = fake_server.base_url.removeprefix("http://").split("/")[0]
    host, port = upstream.rsplit(":", 1)

    async def forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        await asyncio.gather(
            _pipe(reader, up_writer), _pipe(up_reader, writer), return_exceptions=True
        )

    async with serving(forward, tls=context) as base_url:
        yield base_url


def _client(fake_server: FakeServer, base_url: str) -> FinalPOS:
    return FinalPOS(api_key=fake_server.api_key, base_url=base_url, max_retries=0)


async def _refused(fake_server: FakeServer, base_url: str) -> errors.APIConnectionError:
    """The error of a new client's call, which must fail to connect."""
    async with _client(fake_server, base_url) as pos:
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.products.list()
    return caught.value


async def test_a_certificate_of_an_unknown_authority_is_refused(
    transport: str, fake_server: FakeServer, tls_base_url: str
) -> None:
    error = await _refused(fake_server, tls_base_url)
    assert fake_server.api_key not in str(error)


@dataclass(frozen=True)
class TLSFake:
    """The fake behind its TLS server, over one transport, and the CA file that trusts it."""

    server: FakeServer
    base_url: str
    ca_file: str


@pytest.fixture
def tls_fake(transport: str, fake_server: FakeServer, tls_base_url: str, ca_file: str) -> TLSFake:
    return TLSFake(fake_server, tls_base_url, ca_file)


async def test_ssl_cert_file_is_read_for_each_new_client(
    tls_fake: TLSFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _refused(tls_fake.server, tls_fake.base_url)
    monkeypatch.setenv("SSL_CERT_FILE", tls_fake.ca_file)
    async with _client(tls_fake.server, tls_fake.base_url) as pos:
        assert await pos.products.list() == []
    monkeypatch.delenv("SSL_CERT_FILE")
    await _refused(tls_fake.server, tls_fake.base_url)


async def test_clients_load_the_ca_bundle_once(
    tls_fake: TLSFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", tls_fake.ca_file)
    loaded: list[str | None] = []
    create_default_context = ssl.create_default_context

    def counting(*args: object, cafile: str | None = None, **kwargs: object) -> ssl.SSLContext:
        loaded.append(cafile)
        return create_default_context(*args, cafile=cafile, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl, "create_default_context", counting)
    for _ in range(3):
        async with _client(tls_fake.server, tls_fake.base_url) as pos:
            assert await pos.products.list() == []
    assert loaded == [tls_fake.ca_file]


@pytest.mark.parametrize("proxy", [None, "http://127.0.0.1:9"])
def test_every_httpx_pool_closes_a_cancelled_handshake(
    proxy: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The behaviour is tested in tests/hostile/test_tls.py through the sharded pool; here every
    httpx transport of the plain path, proxies included, is checked to carry the guard."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    if proxy is not None:
        monkeypatch.setenv("HTTPS_PROXY", proxy)
    client = _http_client.build_http_client(httpx.Timeout(5.0), use_aiohttp=False)
    transport = client._transport
    pools = transport._shards if isinstance(transport, ShardedPoolTransport) else [transport]
    pools += [mount for mount in client._mounts.values() if mount is not None]
    assert len(pools) >= (2 if proxy else 16)
    for pool in pools:
        assert isinstance(pool, httpx.AsyncHTTPTransport)
        assert isinstance(pool._pool._network_backend, _handshake_guard._GuardedBackend)


@pytest.mark.parametrize("problem", ["missing", "a directory", "not a certificate"])
def test_an_unusable_ssl_cert_file_is_a_configuration_error_naming_it(
    transport: str, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ca.pem"
    if problem == "a directory":
        path = tmp_path
    elif problem == "not a certificate":
        path.write_text("not a PEM certificate\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    with pytest.raises(errors.ConfigurationError) as caught:
        FinalPOS(api_key="sk_test_key_1234567890", base_url="https://api.example.com")
    assert "SSL_CERT_FILE" in str(caught.value) and str(path) in str(caught.value)
