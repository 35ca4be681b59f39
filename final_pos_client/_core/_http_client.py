"""The HTTP client ``FinalPOS`` builds for itself.

With the ``aiohttp`` extra installed (``pip install 'final-pos-client[aiohttp]'``) requests go
through httpx-aiohttp's ``AiohttpTransport``: the same ``httpx.AsyncClient`` API, but its pool
keeps its throughput under concurrency where httpx's own pool loses half of it (BENCHMARKS.md,
``## client``). Without the extra, plain httpx is used, over ``ShardedPoolTransport`` (several
small httpx pools instead of one large one, ``_sharded_pool.py``). When proxy environment
variables are set, both defaults step aside for httpx's own transports, which apply them
(``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) exactly as httpx documents.

Whichever it is, the pools follow the event loop (``_loop_transport.py``) and each request is
sent by ``TransportShortcut`` (``_transport_shortcut.py``).
"""

from __future__ import annotations

import functools
import importlib.util
import urllib.request
from typing import TYPE_CHECKING, NamedTuple

import httpx

from ._loop_transport import LoopTransport, PoolFactory
from ._sharded_pool import ShardedPoolTransport
from ._tls import default_ssl_context
from ._transport_shortcut import ClientSend, TransportShortcut

if TYPE_CHECKING:
    import ssl

    import aiohttp

# aiohttp pool: up to 100 connections, idle ones closed after 5 s (httpx's defaults).
AIOHTTP_MAX_CONNECTIONS = 100
AIOHTTP_KEEPALIVE_SECONDS = 5.0


def aiohttp_available() -> bool:
    """Whether the optional httpx-aiohttp transport is installed."""
    return importlib.util.find_spec("httpx_aiohttp") is not None


class OwnedHTTPClient(NamedTuple):
    """The client ``FinalPOS`` builds for itself, and how each request is sent through it."""

    client: httpx.AsyncClient
    send: ClientSend


def build_owned_http_client(timeout: httpx.Timeout) -> OwnedHTTPClient:
    """An ``httpx.AsyncClient`` over per-loop pools (aiohttp when installed, else sharded httpx
    pools, httpx's own transports when proxies are configured), sent through by
    ``TransportShortcut``."""
    default_ssl_context()  # pools are built per loop; a bad CA bundle fails here, at once
    make_fast = _pool_factory(None)
    transport = LoopTransport(make_fast, _plain_pool)
    client = httpx.AsyncClient(timeout=timeout, transport=transport)
    # Calls that a tool has hooked go through AsyncClient.send over plain httpx pools.
    hooked = httpx.AsyncClient(timeout=timeout, transport=transport.plain)
    return OwnedHTTPClient(client, TransportShortcut(client, transport, hooked))


def build_http_client(
    timeout: httpx.Timeout, *, use_aiohttp: bool | None = None
) -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` for one event loop (to pass as ``http_client``); over
    aiohttp when installed (or when ``use_aiohttp``)."""
    make_pool = _pool_factory(use_aiohttp)
    if make_pool is _ProxyEnvironmentTransport:
        return _proxy_environment_client(timeout)
    return httpx.AsyncClient(timeout=timeout, transport=make_pool())


def _proxies_configured() -> bool:
    return bool(urllib.request.getproxies())


def _pool_factory(use_aiohttp: bool | None) -> PoolFactory:
    proxies = _proxies_configured()
    if use_aiohttp is None:
        use_aiohttp = aiohttp_available() and not proxies
    if use_aiohttp:
        return _aiohttp_pool
    if proxies:
        return _ProxyEnvironmentTransport
    return ShardedPoolTransport


def _aiohttp_pool() -> httpx.AsyncBaseTransport:
    from httpx_aiohttp import AiohttpTransport

    # The session is created by a factory inside the running loop.
    ssl_context = default_ssl_context()
    return AiohttpTransport(
        verify=ssl_context, client=functools.partial(_aiohttp_session, ssl_context)
    )


def _plain_pool() -> httpx.AsyncBaseTransport:
    if _proxies_configured():
        return _ProxyEnvironmentTransport()
    from ._handshake_guard import guard_tls_handshakes  # imports httpcore: only here

    transport = httpx.AsyncHTTPTransport(verify=default_ssl_context())
    guard_tls_handshakes(transport)
    return transport


class _ProxyEnvironmentTransport(httpx.AsyncBaseTransport):
    """httpx's own transports for the proxy environment variables, chosen per URL as an
    ``AsyncClient`` reading them chooses (httpx builds them from the environment only for a
    client without a transport of its own)."""

    def __init__(self) -> None:
        self._client = _proxy_environment_client(None)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._client._transport_for_url(request.url)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self._client.aclose()


def _proxy_environment_client(timeout: httpx.Timeout | None) -> httpx.AsyncClient:
    """httpx's own client, with the transports it builds from the proxy environment."""
    from ._handshake_guard import guard_tls_handshakes  # imports httpcore: only here

    client = httpx.AsyncClient(timeout=timeout, verify=default_ssl_context())
    for proxy_or_direct in (client._transport, *client._mounts.values()):
        if isinstance(proxy_or_direct, httpx.AsyncHTTPTransport):
            guard_tls_handshakes(proxy_or_direct)
    return client


def _aiohttp_session(ssl_context: ssl.SSLContext | None = None) -> aiohttp.ClientSession:
    import aiohttp

    connector = aiohttp.TCPConnector(
        limit=AIOHTTP_MAX_CONNECTIONS,
        keepalive_timeout=AIOHTTP_KEEPALIVE_SECONDS,
        ssl=ssl_context or default_ssl_context(),
    )
    # trust_env makes aiohttp look up the proxy settings on every request (half the
    # throughput, BENCHMARKS.md): only when proxies are configured, as for an explicit
    # aiohttp choice; the default steps aside for httpx's own transports then.
    trust_env = _proxies_configured()
    session = aiohttp.ClientSession(connector=connector, trust_env=trust_env)
    # aiohttp re-sends a GET/PUT/DELETE once by itself when the connection drops. Retries live
    # in one place (BaseClient), so that each attempt is counted, logged and backed off.
    if hasattr(session, "_retry_connection"):
        session._retry_connection = False
    return session
