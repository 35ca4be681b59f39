"""``pos.<resource>.with_streaming_response.<method>(...)``: the body read as you go.

``async with pos.products.with_streaming_response.list(limit=100) as response:`` gives a
``StreamedResponse`` once the status and headers are in (errors and retries as usual); the body
stays on the connection until read with ``iter_bytes()``, ``iter_text()``, ``iter_lines()``,
``iter_records()`` (one JSON array item at a time) or all at once with ``read()``/``parse()``.
Leaving the ``async with`` closes the response.

Reading the body keeps the call's limits (``BodyBounds``): its deadline, counted from the call's
start, and ``max_response_bytes`` (decoded size). A read past either raises the error a plain
call raises there (``APITimeoutError``, ``APIResponseValidationError``) and closes the
connection; so does a connection that fails mid-body (``APIConnectionError``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
from httpx._decoders import ByteChunker, LineDecoder, TextChunker, TextDecoder

from ._bounded_body import BodyBounds, iter_bounded
from ._raw_response import HTTPResponseView
from .errors import APIResponseValidationError

ParsedT = TypeVar("ParsedT")
ItemT = TypeVar("ItemT")

_WHITESPACE = " \t\n\r"
_AFTER_ITEM = _WHITESPACE + ",]"


class StreamedResponse(HTTPResponseView, Generic[ParsedT, ItemT]):
    """A successful response whose body has not been read yet."""

    __slots__ = ("_body", "_bounds", "_item_parser", "_parser")

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], ParsedT],
        item_parser: Callable[[Any], ItemT],
        bounds: BodyBounds | None = None,
    ) -> None:
        super().__init__(http_response)
        self._parser = parser
        self._item_parser = item_parser
        self._bounds = bounds or BodyBounds()
        self._body: bytes | None = None

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed)."""
        chunker = ByteChunker(chunk_size)
        async for part in self._decoded():
            for chunk in chunker.decode(part):
                yield chunk
        for chunk in chunker.flush():
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text as it arrives (the response's charset, else UTF-8)."""
        decoder = TextDecoder(self.http_response.encoding or "utf-8")
        chunker = TextChunker(chunk_size)
        async for part in self._decoded():
            for chunk in chunker.decode(decoder.decode(part)):
                yield chunk
        for chunk in chunker.decode(decoder.flush()):
            yield chunk
        for chunk in chunker.flush():
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line as it arrives (without line endings)."""
        decoder = LineDecoder()
        async for text in self.iter_text():
            for line in decoder.decode(text):
                yield line
        for line in decoder.flush():
            yield line

    async def read(self) -> bytes:
        """The whole body."""
        if self._body is None:
            parts = [part async for part in self._decoded()]
            self._body = b"".join(parts)
            # What httpx's own Response.aread() stores: .content, .text and .json() read it.
            self.http_response._content = self._body
        return self._body

    async def parse(self) -> ParsedT:
        """Read the whole body and parse it as the plain method would."""
        await self.read()
        return self._parser(self.http_response)

    async def _decoded(self) -> AsyncIterator[bytes]:
        """The decoded body part by part, within the call's deadline and size limit: a failure
        closes the response and raises the call's error for it."""
        if self._body is not None:
            yield self._body
            return
        bounds = self._bounds
        parts = iter_bounded(self.http_response, bounds.max_bytes).__aiter__()
        loop = asyncio.get_running_loop()
        while True:
            deadline_passed = False
            failed: Exception | None = None
            try:
                if bounds.deadline_at is None:
                    part = await anext(parts, None)
                elif loop.time() >= bounds.deadline_at:
                    deadline_passed = True
                    raise TimeoutError
                else:
                    scope = asyncio.timeout_at(bounds.deadline_at)
                    try:
                        async with scope:
                            part = await anext(parts, None)
                    finally:
                        deadline_passed = scope.expired()
            except Exception as error:
                failed = error
            if failed is not None:
                # Raised here, outside the except block: the mapped error chains only to what
                # ``failure`` chose (never to an aiohttp error, which may show the headers).
                await self._close_after_failure()
                failure, cause = bounds.failure(failed, deadline_passed)
                raise failure from cause
            if part is None:
                return
            yield part

    async def _close_after_failure(self) -> None:
        # The connection is broken or cut off already; what closing it says adds nothing.
        with contextlib.suppress(Exception):
            await self.http_response.aclose()

    async def iter_records(self) -> AsyncIterator[ItemT]:
        """The items of a JSON array body (typed models where the method returns them), decoded
        one at a time as the bytes arrive: only the item being read is held in memory.
        ``APIResponseValidationError`` if the body is no array or an item does not fit."""
        async for item in self._json_items():
            try:
                yield self._item_parser(item)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                detail = f"an item does not fit: {type(error).__name__}: {error}"
                raise self._not_an_array(detail) from error

    async def _json_items(self) -> AsyncIterator[Any]:
        decoder = json.JSONDecoder()
        buffer = ""
        started = False
        async for chunk in self.iter_text():
            buffer += chunk
            position = 0
            while True:
                position = _skip_whitespace(buffer, position)
                if position == len(buffer):
                    break
                if not started:
                    if buffer[position] != "[":
                        raise self._not_an_array()
                    started = True
                    position = _skip_whitespace(buffer, position + 1)
                    if position < len(buffer) and buffer[position] == "]":
                        return
                    continue
                if buffer[position] == ",":
                    position += 1
                    continue
                if buffer[position] == "]":
                    return
                try:
                    item, end = decoder.raw_decode(buffer, position)
                except json.JSONDecodeError:
                    break  # an item cut by the chunk boundary: wait for more
                if isinstance(item, int | float) and (
                    end == len(buffer) or buffer[end] not in _AFTER_ITEM
                ):
                    break  # a number may go on in the next chunk ("1" of "1.5")
                yield item
                position = end
            buffer = buffer[position:]
        raise self._not_an_array("it ends before the closing ]")

    def _not_an_array(self, detail: str = "it does not start with [") -> APIResponseValidationError:
        request = self.http_response.request
        operation = f"{request.method} {request.url.path}"
        return APIResponseValidationError(
            f"{operation}: the response body is not a JSON array of records ({detail})",
            response=self.http_response,
            operation=operation,
        )

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<StreamedResponse {request.method} {request.url.path} {self.status_code}>"


def _skip_whitespace(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def json_item(item: Any) -> Any:
    """The item parser of methods whose items are plain JSON."""
    return item


class StreamedCall(Generic[ParsedT, ItemT]):
    """``async with``: sends the request on entry, closes the response on exit."""

    __slots__ = ("_response", "_send")

    def __init__(self, send: Callable[[], Awaitable[StreamedResponse[ParsedT, ItemT]]]) -> None:
        self._send = send
        self._response: StreamedResponse[ParsedT, ItemT] | None = None

    async def __aenter__(self) -> StreamedResponse[ParsedT, ItemT]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.http_response.aclose()
