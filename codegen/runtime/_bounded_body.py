"""Reading a streamed response body whole, with a cap on its decoded size.

The cap counts bytes after ``Content-Encoding`` decoding. A plain body with a
``Content-Length`` within the cap is read by httpx (the transport stops at that length); gzip and
deflate (what httpx asks
for) are inflated here with zlib's ``max_length``, so a decompression bomb stops after about
``limit`` bytes of output instead of inflating a whole network chunk (up to ~1000x its size)
first; other encodings go through httpx's decoders, checked chunk by chunk.
"""

from __future__ import annotations

import zlib

import httpx

_GZIP_WBITS = 16 + zlib.MAX_WBITS
_ZLIB_WBITS = {"gzip": _GZIP_WBITS, "x-gzip": _GZIP_WBITS, "deflate": zlib.MAX_WBITS}


class ResponseTooLarge(Exception):
    """The decoded body grew past the limit (raised before it is kept whole)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes (max_response_bytes) once decoded")
        self.limit = limit


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
            # The transport stops at Content-Length: httpx's own read stays within the limit.
            await response.aread()
            return
        if encoding in _ZLIB_WBITS:
            parts = await _inflate(response, _Inflater(encoding), limit)
        else:
            parts = await _read_decoded(response, limit)
        # What httpx's own Response.aread() stores; .content, .text and .json() read it.
        response._content = parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        await response.aclose()


async def _read_decoded(response: httpx.Response, limit: int) -> list[bytes]:
    parts: list[bytes] = []
    received = 0
    async for part in response.aiter_bytes():
        received += len(part)
        if received > limit:
            raise ResponseTooLarge(limit)
        parts.append(part)
    return parts


async def _inflate(response: httpx.Response, inflater: _Inflater, limit: int) -> list[bytes]:
    parts: list[bytes] = []
    received = 0
    try:
        async for chunk in response.aiter_raw():
            out = inflater.feed(chunk, limit - received)
            while out:
                received += len(out)
                if received > limit:
                    raise ResponseTooLarge(limit)
                parts.append(out)
                out = inflater.more(limit - received)
        out = inflater.finish()
    except zlib.error as error:
        raise httpx.DecodingError(f"broken {inflater.encoding} body: {error}") from None
    received += len(out)
    if received > limit:
        raise ResponseTooLarge(limit)
    parts.append(out)
    return parts
