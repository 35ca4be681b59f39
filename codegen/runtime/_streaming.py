"""``pos.<resource>.with_streaming_response.<method>(...)``: the body read as you go.

``async with pos.products.with_streaming_response.list(limit=100) as response:`` gives a
``StreamedResponse`` once the status and headers are in (errors and retries as usual); the body
stays on the connection until read with ``iter_bytes()``, ``iter_text()``, ``iter_lines()``,
``iter_records()`` (one JSON array item at a time) or all at once with ``read()``/``parse()``.
Leaving the ``async with`` closes the response.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._raw_response import HTTPResponseView
from .errors import APIResponseValidationError

ParsedT = TypeVar("ParsedT")
ItemT = TypeVar("ItemT")

_WHITESPACE = " \t\n\r"
_AFTER_ITEM = _WHITESPACE + ",]"


class StreamedResponse(HTTPResponseView, Generic[ParsedT, ItemT]):
    """A successful response whose body has not been read yet."""

    __slots__ = ("_item_parser", "_parser")

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], ParsedT],
        item_parser: Callable[[Any], ItemT],
    ) -> None:
        super().__init__(http_response)
        self._parser = parser
        self._item_parser = item_parser

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed)."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    async def parse(self) -> ParsedT:
        """Read the whole body and parse it as the plain method would."""
        await self.http_response.aread()
        return self._parser(self.http_response)

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
        async for chunk in self.http_response.aiter_text():
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
