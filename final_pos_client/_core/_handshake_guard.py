"""Closes the socket of a TLS handshake that is cancelled, on the plain-httpx path.

httpcore's network backends close the TCP connection when ``start_tls`` fails with an
``Exception``, but not when it is cancelled: ``CancelledError`` is a ``BaseException``. A call
cut off by its deadline (or a cancelled task) during the handshake then leaves a socket open and
registered with the event loop for good. Our deadline cancels, so the transports ``FinalPOS``
builds get a backend that closes it. aiohttp closes it itself.

The same backend asks the test net's connect guard (``_interception.SLOT``), if any, before it
opens a connection.
"""

from __future__ import annotations

from collections.abc import Coroutine, Iterable
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from ._interception import SLOT

if TYPE_CHECKING:
    import ssl

SocketOption = Any  # httpcore's SOCKET_OPTION union, which it does not export


def guard_tls_handshakes(transport: httpx.AsyncHTTPTransport) -> None:
    """Give ``transport``'s httpcore pool a backend that closes cancelled handshakes.

    httpx does not pass a backend to its pool: the pool's attribute is replaced. Should httpx or
    httpcore rename it, the transport is left as it is (``tests/hostile/test_tls.py`` fails)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(
        backend, _GuardedBackend
    ):
        pool._network_backend = _GuardedBackend(backend)  # type: ignore[union-attr]


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        refuse = SLOT.connect_guard  # a test's network guard: below any httpx mock
        if refuse is not None:
            refuse(host)
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _GuardedStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )
        return _GuardedStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _GuardedStream(httpcore.AsyncNetworkStream):
    """A new connection; once TLS is up, httpcore holds the TLS stream itself, unwrapped."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    # Plain functions handing back the stream's own coroutine: no frame added per read or write.
    def read(self, max_bytes: int, timeout: float | None = None) -> Coroutine[Any, Any, bytes]:
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> Coroutine[Any, Any, None]:
        return self._stream.write(buffer, timeout)

    def aclose(self) -> Coroutine[Any, Any, None]:
        return self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            return await self._stream.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            await self._stream.aclose()
            raise

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)
