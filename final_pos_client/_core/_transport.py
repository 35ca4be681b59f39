# Hand-written: copied from codegen/runtime/_transport.py by `make regenerate`.
# Edit that file, not this copy.
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

import importlib.util
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._sharded_pool import ShardedPoolTransport

if TYPE_CHECKING:
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
    proxies_configured = bool(urllib.request.getproxies())
    if use_aiohttp is None:
        use_aiohttp = aiohttp_available() and not proxies_configured
    if use_aiohttp:
        from httpx_aiohttp import AiohttpTransport

        # A factory: the aiohttp session must be created inside the running event loop.
        transport = AiohttpTransport(client=_aiohttp_session)
        return httpx.AsyncClient(timeout=timeout, transport=transport)
    if proxies_configured:
        # httpx builds its proxy transports from the environment only for its own transport.
        return httpx.AsyncClient(timeout=timeout)
    return httpx.AsyncClient(timeout=timeout, transport=ShardedPoolTransport())


def _aiohttp_session() -> aiohttp.ClientSession:
    import aiohttp

    connector = aiohttp.TCPConnector(
        limit=AIOHTTP_MAX_CONNECTIONS,
        keepalive_timeout=AIOHTTP_KEEPALIVE_SECONDS,
        ssl=httpx.create_ssl_context(),
    )
    # trust_env: an explicit aiohttp choice still honours the proxy environment variables.
    session = aiohttp.ClientSession(connector=connector, trust_env=True)
    # aiohttp re-sends a GET/PUT/DELETE once by itself when the connection drops. Retries live
    # in one place (BaseClient._send), so that each attempt is counted, logged and backed off.
    if hasattr(session, "_retry_connection"):
        session._retry_connection = False
    return session


@dataclass(frozen=True, slots=True)
class TransportFailure:
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


def classify_transport_error(error: httpx.TransportError) -> TransportFailure:
    """Whether the request may have reached the server, and whether the failure was a timeout.

    httpx-aiohttp maps a dropped connection (aiohttp ``ServerDisconnectedError``) to
    ``httpx.ConnectTimeout``; the aiohttp cause is therefore read first, so that a POST whose
    connection broke after sending is never taken for one that was never sent.
    """
    cause = error.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        names = {klass.__name__ for klass in type(cause).__mro__}
        return TransportFailure(
            request_sent=not (names & _AIOHTTP_NOT_SENT),
            timed_out=bool(names & _AIOHTTP_TIMEOUTS) or isinstance(cause, TimeoutError),
        )
    return TransportFailure(
        request_sent=not isinstance(error, _NOT_SENT),
        timed_out=isinstance(error, httpx.TimeoutException),
    )


def underlying_failure(error: httpx.TransportError) -> BaseException:
    """The real failure to show: the aiohttp cause when there is one (the httpx class
    httpx-aiohttp maps it to can mislead, e.g. ``ConnectTimeout`` for a refused connection)."""
    cause = error.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        return cause
    return error
