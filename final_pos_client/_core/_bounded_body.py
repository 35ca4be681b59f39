"""Reading a streamed response body, whole or part by part, with a cap on its decoded size;
``BodyBounds``: the limits a ``with_streaming_response`` body is read within.

The cap counts bytes after ``Content-Encoding`` decoding. A plain body with a
``Content-Length`` within the cap is read by httpx (the transport stops at that length); gzip and
deflate (what httpx asks
for) are inflated here with zlib's ``max_length``, so a decompression bomb stops after about
``limit`` bytes of output instead of inflating a whole network chunk (up to ~1000x its size)
first; other encodings go through httpx's decoders, checked chunk by chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Callable
from typing import NamedTuple

import httpx

from ._response_stream import read_whole

_GZIP_WBITS = 16 + zlib.MAX_WBITS
_ZLIB_WBITS = {"gzip": _GZIP_WBITS, "x-gzip": _GZIP_WBITS, "deflate": zlib.MAX_WBITS}


class ResponseTooLarge(Exception):
    """The decoded body grew past the limit (raised before it is kept whole)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes (max_response_bytes) once decoded")
        self.limit = limit


# An error to raise and what it chains to (``__cause__``).
Failure = tuple[Exception, BaseException | None]


def _unmapped(error: Exception, deadline_passed: bool) -> Failure:
    if deadline_passed:
        return TimeoutError("the call's deadline passed"), error
    return error, error.__cause__


class BodyBounds(NamedTuple):
    """The limits of reading a streamed body, from the call that opened it.

    ``deadline_at``: the event-loop time (``loop.time()``) the call's deadline ends at, counted
    from the call's start (``None``: no deadline); ``max_bytes``: the largest decoded body
    (``None``: no limit); ``failure(error, deadline_passed)``: the error to raise for a failure
    while reading (the deadline, a size past the limit, a broken encoding or connection),
    with what it chains to.
    """

    deadline_at: float | None = None
    max_bytes: int | None = None
    failure: Callable[[Exception, bool], Failure] = _unmapped


class _Inflater:
    """gzip/deflate decoding that never returns more than ``room + 1`` bytes per step."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._wbits = _ZLIB_WBITS[encoding]
        self._zlib = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if self.encoding != "deflate" or self._started:
                raise
            # "deflate" sometimes comes without the zlib wrapper (httpx accepts both).
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, room + 1)
        self._started = True
        return out

    def more(self, room: int) -> bytes:
        """Output still held back by ``max_length`` (empty when the input is used up)."""
        tail = self._zlib.unconsumed_tail
        return self._zlib.decompress(tail, room + 1) if tail else b""

    def finish(self) -> bytes:
        return self._zlib.flush()


async def read_bounded(response: httpx.Response, limit: int) -> None:
    """Read the body of a streamed ``response`` into ``response.content``; at most ``limit``
    decoded bytes, else ``ResponseTooLarge``; ``httpx.DecodingError`` for a broken encoding.
    The response is closed in every case."""
    try:
        headers = response.headers
        encoding = headers.get("content-encoding", "").strip().lower()
        declared = headers.get("content-length", "")
        if not encoding and declared.isdigit():
            if int(declared) > limit:
                raise ResponseTooLarge(limit)
            # The transport stops at Content-Length: a whole read stays within the limit.
            whole = await read_whole(response)
            if whole is None:
                await response.aread()
            else:
                response._content = whole
            return
        parts = [part async for part in _decoded(response, encoding, limit)]
        # What httpx's own Response.aread() stores; .content, .text and .json() read it.
        response._content = parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        await response.aclose()


async def iter_bounded(response: httpx.Response, limit: int | None) -> AsyncIterator[bytes]:
    """The decoded body of a streamed ``response`` part by part, as it arrives: at most
    ``limit`` bytes in all (``None``: no limit), else ``ResponseTooLarge``, raised before a
    part past the limit is returned; ``httpx.DecodingError`` for a broken encoding."""
    headers = response.headers
    encoding = headers.get("content-encoding", "").strip().lower()
    declared = headers.get("content-length", "")
    if limit is None:
        async for part in response.aiter_bytes():
            yield part
        return
    if not encoding and declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(limit)
    async for part in _decoded(response, encoding, limit):
        yield part


def _decoded(response: httpx.Response, encoding: str, limit: int) -> AsyncIterator[bytes]:
    if encoding in _ZLIB_WBITS:
        return _inflate(response, _Inflater(encoding), limit)
    return _read_decoded(response, limit)


async def _read_decoded(response: httpx.Response, limit: int) -> AsyncIterator[bytes]:
    received = 0
    async for part in response.aiter_bytes():
        received += len(part)
        if received > limit:
            raise ResponseTooLarge(limit)
        yield part


async def _inflate(
    response: httpx.Response, inflater: _Inflater, limit: int
) -> AsyncIterator[bytes]:
    received = 0
    try:
        async for chunk in response.aiter_raw():
            out = inflater.feed(chunk, limit - received)
            while out:
                received += len(out)
                if received > limit:
                    raise ResponseTooLarge(limit)
                yield out
                out = inflater.more(limit - received)
        out = inflater.finish()
    except zlib.error as error:
        raise httpx.DecodingError(f"broken {inflater.encoding} body: {error}") from None
    if len(out) > limit - received:
        raise ResponseTooLarge(limit)
    if out:
        yield out
