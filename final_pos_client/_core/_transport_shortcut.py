"""How one ``httpx.Request`` leaves ``FinalPOS``: at the httpx client layer or straight to the
transport.

``ClientSend`` is the shape of ``httpx.AsyncClient.send``. An injected ``http_client`` is sent
through with its own ``send`` (``InjectedClientSend``); the client ``FinalPOS`` builds is sent
through with ``TransportShortcut``, which skips what that client does not use. Both first offer
the request to the test net of ``_interception.py`` when one is installed.
"""

from __future__ import annotations

import time
from typing import Protocol

import httpx

from ._httpx_hooks import HOOKS
from ._interception import IN_MEMORY_EXTENSION, SLOT
from ._response_stream import TimedStream


class ClientSend(Protocol):
    """``httpx.AsyncClient.send``'s shape: one request out, its response back."""

    async def __call__(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response: ...


class TransportShortcut:
    """``AsyncClient.send`` for a client without auth, hooks, cookies, redirects or mounts:
    the request goes straight to the transport. It skips what such a client does not use
    (auth and redirect flows, the cookie jar, httpx's own log line), about 40% of the CPU of a
    call over aiohttp (BENCHMARKS.md, ``## peers``); the response is the same ``httpx.Response``
    (``request``, ``elapsed``, streamed or read).

    While a tool has hooked httpx (``_httpx_hooks.py``: respx, pytest-httpx, vcrpy,
    OpenTelemetry, Sentry) the request goes through ``hooked.send`` instead, an
    ``AsyncClient`` over plain httpx pools, where those tools look.
    """

    __slots__ = ("_client", "_hooked", "_transport")

    def __init__(
        self,
        client: httpx.AsyncClient,
        transport: httpx.AsyncBaseTransport,
        hooked: httpx.AsyncClient,
    ) -> None:
        self._client = client
        self._transport = transport
        self._hooked = hooked

    async def __call__(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        if self._client.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        started = time.perf_counter()
        interceptor = SLOT.interceptor
        if interceptor is not None:
            answered = await interceptor(request)
            if answered is not None:
                return await _finish(answered, request, started, stream)
        if HOOKS.active():
            return await self._hooked.send(request, stream=stream)
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.RequestError as error:
            error.request = request
            raise
        return await _finish(response, request, started, stream)


class InjectedClientSend:
    """``http_client.send`` for an injected client, behind the test net when one is set."""

    __slots__ = ("_in_memory", "_send")

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._send = client.send
        self._in_memory = isinstance(
            getattr(client, "_transport", None), httpx.MockTransport | httpx.ASGITransport
        ) and not getattr(client, "_mounts", None)

    async def __call__(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        interceptor = SLOT.interceptor
        if interceptor is not None:
            if self._in_memory:
                request.extensions[IN_MEMORY_EXTENSION] = True
            started = time.perf_counter()
            answered = await interceptor(request)
            if answered is not None:
                return await _finish(answered, request, started, stream)
        return await self._send(request, stream=stream)


async def _finish(
    response: httpx.Response, request: httpx.Request, started: float, stream: bool
) -> httpx.Response:
    """What ``AsyncClient.send`` does to a transport's response: its request, its elapsed
    time when closed, and its body read unless streaming."""
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
