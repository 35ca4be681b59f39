"""httpx's own connection pool split into several small ones, for the plain-httpx path.

httpcore's pool does work proportional to its size on every request (it re-scans all its
connections, asking each idle one whether its socket is readable), and with the default limits it
closes an idle connection whenever the pool holds more than 20 in total (encode/httpcore#1000,
#1035), so at 50 concurrent requests it keeps reconnecting. Measured here, throughput at 50-way
falls to about 0.45x the sequential rate. Several pools of a few connections each keep every scan
short and never exceed their keep-alive limit: the same total connection limit, no request
throttled or delayed. Each request goes to the pool with the fewest requests in flight, so
sequential calls keep reusing one connection.

No request waits outside httpcore: the ``timeout`` (its pool, connect, read and write parts) counts
exactly as with a single ``httpx.AsyncHTTPTransport``, from the moment the request is sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

from ._tls import default_ssl_context

if TYPE_CHECKING:
    import ssl

# 96 connections in all (httpx's default is 100), in pools of 6.
DEFAULT_SHARDS = 16
DEFAULT_CONNECTIONS_PER_SHARD = 6


class ShardedPoolTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` over ``shards`` independent ``AsyncHTTPTransport`` pools,
    which verify servers with one shared ``ssl_context`` (by default ``_tls``'s, httpx's own)."""

    def __init__(
        self,
        *,
        shards: int = DEFAULT_SHARDS,
        connections_per_shard: int = DEFAULT_CONNECTIONS_PER_SHARD,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if shards < 1 or connections_per_shard < 1:
            raise ValueError(
                f"shards and connections_per_shard must be >= 1, got {shards} and "
                f"{connections_per_shard}"
            )
        # keep-alive limit = connection limit: no idle connection is ever closed as surplus.
        limits = httpx.Limits(
            max_connections=connections_per_shard,
            max_keepalive_connections=connections_per_shard,
        )
        # Imports httpcore, which httpx itself loads only for a transport of its own.
        from ._handshake_guard import guard_tls_handshakes

        verify = ssl_context or default_ssl_context()
        self._shards = [
            httpx.AsyncHTTPTransport(limits=limits, verify=verify) for _ in range(shards)
        ]
        for shard in self._shards:
            guard_tls_handshakes(shard)
        self._in_flight = [0] * shards
        self.max_connections = shards * connections_per_shard

    @property
    def in_flight(self) -> tuple[int, ...]:
        """Requests per pool whose response has not been closed yet."""
        return tuple(self._in_flight)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        in_flight = self._in_flight
        shard = 0 if not in_flight[0] else in_flight.index(min(in_flight))
        in_flight[shard] += 1
        try:
            response = await self._shards[shard].handle_async_request(request)
        except BaseException:
            in_flight[shard] -= 1
            raise
        response.stream = _ShardStream(response.stream, in_flight, shard)
        return response

    async def aclose(self) -> None:
        for transport in self._shards:
            await transport.aclose()


class _ShardStream(httpx.AsyncByteStream):
    """The response body; closing it (httpx does, also on errors) ends the request's count."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, in_flight: list[int], shard: int
    ) -> None:
        assert isinstance(stream, httpx.AsyncByteStream)
        self._stream = stream
        self._in_flight = in_flight
        self._shard = shard
        self._counted = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        if self._counted:
            self._counted = False
            self._in_flight[self._shard] -= 1
        await self._stream.aclose()
