"""Proxies from the environment, over both transports, through a raw proxy on a real socket:
plain-HTTP calls reach it in absolute form with its credentials, ``https://`` ones through a
CONNECT tunnel; its credentials never show in an error or a log line, and a handshake cut off
by the deadline inside a tunnel leaves no socket open (the autouse check in conftest.py)."""

from __future__ import annotations

import asyncio
import base64
import logging

import pytest

from final_pos_client import errors

from .conftest import API_KEY, Connect
from .raw_server import serving

# The target hosts are not loopback (the proxy is): the fake's network guard would stop them.
pytestmark = pytest.mark.final_pos_network

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
PATH = "/v1/api/products"
TARGET = "final-pos.invalid"  # never resolved here: only the proxy is connected to
SECRET = "pr0xy-Secret"
OK = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n[]"


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _use_proxy(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    address = proxy_url.removeprefix("http://")
    url = f"http://user:{SECRET}@{address}"
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("HTTPS_PROXY", url)


def _assert_secret_hidden(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    for text in (str(error), repr(error), str(error.__cause__), caplog.text):
        assert SECRET not in text and API_KEY not in text


async def test_a_plain_http_call_goes_through_the_proxy_with_its_credentials(
    connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    heads: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(OK)
        await writer.drain()
        await reader.read()

    async with serving(proxy) as proxy_url:
        _use_proxy(monkeypatch, proxy_url)
        pos = connect(f"http://{TARGET}", allow_insecure_http=True)
        assert await pos.request("GET", PATH) == []
    request_line, *header_lines = heads[0].decode("latin-1").lower().split("\r\n")
    assert request_line.startswith(f"get http://{TARGET}{PATH} ")
    credentials = base64.b64encode(f"user:{SECRET}".encode()).decode().lower()
    assert f"proxy-authorization: basic {credentials}" in header_lines


async def test_an_unreachable_proxy_is_a_connection_error_without_its_credentials(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.transport.abort()

    caplog.set_level(logging.DEBUG)
    async with serving(refuse) as proxy_url:
        _use_proxy(monkeypatch, proxy_url)
        pos = connect(f"https://{TARGET}", deadline=5.0)
        with pytest.raises(errors.APIConnectionError) as caught:
            await pos.request("GET", PATH)
    _assert_secret_hidden(caught.value, caplog)


async def test_a_handshake_stalled_inside_a_tunnel_ends_at_the_deadline(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    tunnels: list[bytes] = []

    async def mute_tunnel(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tunnels.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await reader.read()  # the ClientHello, never answered, until the client closes

    caplog.set_level(logging.DEBUG)
    async with serving(mute_tunnel) as proxy_url:
        _use_proxy(monkeypatch, proxy_url)
        pos = connect(f"https://{TARGET}", deadline=0.5)
        with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.5 s") as caught:
            await pos.request("GET", PATH)
    assert tunnels[0].startswith(f"CONNECT {TARGET}:443 ".encode())
    _assert_secret_hidden(caught.value, caplog)
