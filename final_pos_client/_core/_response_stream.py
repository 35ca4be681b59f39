"""The body stream of a response from the SDK's own transport (``TransportShortcut``).

``TimedStream`` wraps the transport's stream as httpx's ``AsyncClient.send`` does
(``response.elapsed`` is set when the body is closed), and adds ``read_whole()``: a body of
known length read in one step where the transport allows it. Over httpx-aiohttp that is one
``ClientResponse.read()`` instead of iterating four layers of async generators (httpx's
decoders, the bound stream, httpx-aiohttp's chunk iterator and its error mapping): about 50 us
of CPU per call, a tenth of a call (BENCHMARKS.md, ``## peers``). Errors are mapped to httpx's
exactly as httpx-aiohttp maps them while iterating.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx


class TimedStream(httpx.AsyncByteStream):
    __slots__ = ("_response", "_started", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response, started: float):
        self._stream = stream
        self._response = response
        self._started = started

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def read_whole(self) -> bytes | None:
        """The whole body in one read, or ``None``: this transport's stream is read by
        iterating it (the caller does)."""
        aiohttp_response = _aiohttp_response(self._stream)
        if aiohttp_response is None:
            return None
        # Imported here: only this transport uses it, and it is loaded whenever that is in use.
        from httpx_aiohttp.transport import map_aiohttp_exceptions

        with map_aiohttp_exceptions():
            body: bytes = await aiohttp_response.read()
        return body

    async def aclose(self) -> None:
        elapsed = time.perf_counter() - self._started
        self._response.elapsed = datetime.timedelta(seconds=elapsed)
        await self._stream.aclose()


def _aiohttp_response(stream: httpx.AsyncByteStream) -> Any:
    """httpx-aiohttp's ``ClientResponse`` under its stream (``None`` for another transport, or
    a version of httpx-aiohttp that no longer keeps it there)."""
    if type(stream).__name__ != "AiohttpResponseStream":
        return None
    return getattr(stream, "_aiohttp_response", None)


async def read_whole(response: httpx.Response) -> bytes | None:
    """``response``'s body in one read when its stream offers it, else ``None``."""
    stream = response.stream
    if isinstance(stream, TimedStream):
        return await stream.read_whole()
    return None
