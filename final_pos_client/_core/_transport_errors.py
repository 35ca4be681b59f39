"""What a transport failure means: was the request sent, was it a timeout, what to show.

Both transports fail in their own words: httpx raises its ``RequestError`` classes, httpx-aiohttp
maps most aiohttp errors to them (not always faithfully) and passes some on unmapped. These
functions read either the same way, for the retry policy and the error ``FinalPOS`` raises.
"""

from __future__ import annotations

from typing import NamedTuple

import httpx


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
