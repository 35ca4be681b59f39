"""The HTTP client ``FinalPOS`` builds for itself, and what a transport failure means.

With the ``aiohttp`` extra installed (``pip install 'final-pos-client[aiohttp]'``) requests go
through httpx-aiohttp's ``AiohttpTransport``: the same ``httpx.AsyncClient`` API, but its pool
keeps its throughput under concurrency where httpx's own pool loses half of it (BENCHMARKS.md,
``## client``). Without the extra, plain httpx is used, over ``ShardedPoolTransport`` (several
small httpx pools instead of one large one, ``_sharded_pool.py``). When proxy environment
variables are set, both defaults step aside for httpx's own client, which applies them
(``HTTP(S)_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) exactly as httpx documents.
"""

from __future__ import annotations

import functools
import importlib.util
import time
import urllib.request
from collections.abc import Awaitable
from typing import TYPE_CHECKING, NamedTuple, Protocol

import httpx

from ._response_stream import TimedStream
from ._sharded_pool import ShardedPoolTransport
from ._tls import default_ssl_context

if TYPE_CHECKING:
    import ssl

    import aiohttp

# aiohttp pool: up to 100 connections, idle ones closed after 5 s (httpx's defaults).
AIOHTTP_MAX_CONNECTIONS = 100
AIOHTTP_KEEPALIVE_SECONDS = 5.0


def aiohttp_available() -> bool:
    """Whether the optional httpx-aiohttp transport is installed."""
    return importlib.util.find_spec("httpx_aiohttp") is not None


def build_http_client(
    timeout: httpx.Timeout, *, use_aiohttp: bool | None = None
) -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient``; over aiohttp when installed (or when ``use_aiohttp``)."""
    return _build(timeout, use_aiohttp)[0]


def build_http_client_and_send(timeout: httpx.Timeout) -> tuple[httpx.AsyncClient, Send]:
    """The client ``FinalPOS`` builds for itself, and how to send a request through it:
    straight to its transport when it has one of ours (no proxies: no mounts, no auth, no
    hooks, no cookies to apply), else ``AsyncClient.send``."""
    client, transport = _build(timeout, None)
    if transport is None:
        return client, client.send
    return client, TransportSend(client, transport)


def _build(
    timeout: httpx.Timeout, use_aiohttp: bool | None
) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport | None]:
    proxies_configured = bool(urllib.request.getproxies())
    if use_aiohttp is None:
        use_aiohttp = aiohttp_available() and not proxies_configured
    transport: httpx.AsyncBaseTransport
    if use_aiohttp:
        from httpx_aiohttp import AiohttpTransport

        # The session is created by a factory inside the running loop.
        ssl_context = default_ssl_context()
        transport = AiohttpTransport(
            verify=ssl_context, client=functools.partial(_aiohttp_session, ssl_context)
        )
    elif proxies_configured:
        # httpx builds its proxy transports from the environment only for its own transport.
        from ._handshake_guard import guard_tls_handshakes  # imports httpcore: only here

        client = httpx.AsyncClient(timeout=timeout, verify=default_ssl_context())
        for proxy_or_direct in (client._transport, *getattr(client, "_mounts", {}).values()):
            if isinstance(proxy_or_direct, httpx.AsyncHTTPTransport):
                guard_tls_handshakes(proxy_or_direct)
        return client, None
    else:
        transport = ShardedPoolTransport()
    return httpx.AsyncClient(timeout=timeout, transport=transport), transport


class Send(Protocol):
    def __call__(
        self, request: httpx.Request, *, stream: bool = False
    ) -> Awaitable[httpx.Response]: ...


class TransportSend:
    """``AsyncClient.send`` for a client without auth, hooks, cookies, redirects or mounts:
    the request goes straight to the transport. It skips what such a client does not use
    (auth and redirect flows, the cookie jar, httpx's own log line), about 40% of the CPU of a
    call over aiohttp (BENCHMARKS.md, ``## peers``); the response is the same ``httpx.Response``
    (``request``, ``elapsed``, streamed or read)."""

    __slots__ = ("_client", "_transport")

    def __init__(self, client: httpx.AsyncClient, transport: httpx.AsyncBaseTransport) -> None:
        self._client = client
        self._transport = transport

    async def __call__(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        if self._client.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        started = time.perf_counter()
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.RequestError as error:
            error.request = request
            raise
        response.request = request
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = TimedStream(response.stream, response, started)
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response


def _aiohttp_session(ssl_context: ssl.SSLContext | None = None) -> aiohttp.ClientSession:
    import aiohttp

    connector = aiohttp.TCPConnector(
        limit=AIOHTTP_MAX_CONNECTIONS,
        keepalive_timeout=AIOHTTP_KEEPALIVE_SECONDS,
        ssl=ssl_context or default_ssl_context(),
    )
    # trust_env makes aiohttp look up the proxy settings on every request (half the
    # throughput, BENCHMARKS.md): only when proxies are configured, as for an explicit
    # aiohttp choice; the default steps aside for httpx's own client then.
    trust_env = bool(urllib.request.getproxies())
    session = aiohttp.ClientSession(connector=connector, trust_env=trust_env)
    # aiohttp re-sends a GET/PUT/DELETE once by itself when the connection drops. Retries live
    # in one place (BaseClient._send), so that each attempt is counted, logged and backed off.
    if hasattr(session, "_retry_connection"):
        session._retry_connection = False
    return session


class TransportFailure(NamedTuple):
    """What a transport error tells about the request: was it sent, and was it a timeout."""

    request_sent: bool
    timed_out: bool


# httpx errors raised before any byte of the request left (nothing can have been processed).
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# aiohttp errors (by class name) raised while connecting or waiting for a pooled connection.
_AIOHTTP_NOT_SENT = frozenset(
    {
        "ClientConnectorError",
        "ClientConnectorDNSError",
        "ClientConnectorSSLError",
        "ClientConnectorCertificateError",
        "ClientSSLError",
        "ConnectionTimeoutError",
        "UnixClientConnectorError",
        "ClientProxyConnectionError",
        "InvalidURL",
        "InvalidUrlClientError",
        "NonHttpUrlClientError",
    }
)
_AIOHTTP_TIMEOUTS = frozenset(
    {"ServerTimeoutError", "SocketTimeoutError", "ConnectionTimeoutError"}
)


# Modules whose exceptions mean "no usable answer" (protocol garbage, dropped connections) when
# they escape the transport unmapped (httpx-aiohttp passes some aiohttp errors on as they are).
_TRANSPORT_MODULES = ("aiohttp", "h11", "httpcore")


def _from_transport_library(error: BaseException) -> bool:
    return type(error).__module__.startswith(_TRANSPORT_MODULES)


def is_transport_failure(error: Exception) -> bool:
    """Whether ``error`` (raised while sending or reading) means the connection gave no usable
    answer: any httpx request error, or an aiohttp/h11/httpcore error that escaped unmapped."""
    return isinstance(error, httpx.RequestError) or _from_transport_library(error)


def _aiohttp_source(error: BaseException) -> BaseException | None:
    if type(error).__module__.startswith("aiohttp"):
        return error
    cause = error.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        return cause
    return None


def from_aiohttp(error: Exception) -> bool:
    """Whether ``error`` is an aiohttp error or was mapped from one by httpx-aiohttp."""
    return _aiohttp_source(error) is not None


def classify_transport_error(error: Exception) -> TransportFailure:
    """Whether the request may have reached the server, and whether the failure was a timeout.

    httpx-aiohttp maps a dropped connection (aiohttp ``ServerDisconnectedError``) to
    ``httpx.ConnectTimeout``; the aiohttp cause is therefore read first, so that a POST whose
    connection broke after sending is never taken for one that was never sent. An unmapped
    error (protocol garbage in the answer) came after sending.
    """
    source = _aiohttp_source(error)
    if source is not None:
        names = {klass.__name__ for klass in type(source).__mro__}
        return TransportFailure(
            request_sent=not (names & _AIOHTTP_NOT_SENT),
            timed_out=bool(names & _AIOHTTP_TIMEOUTS) or isinstance(source, TimeoutError),
        )
    return TransportFailure(
        request_sent=not isinstance(error, _NOT_SENT),
        timed_out=isinstance(error, httpx.TimeoutException),
    )


def underlying_failure(error: Exception) -> BaseException:
    """The real failure to show: the aiohttp cause when there is one (the httpx class
    httpx-aiohttp maps it to can mislead, e.g. ``ConnectTimeout`` for a refused connection)."""
    return _aiohttp_source(error) or error
