"""What every generated resource class shares: the one request path of its methods, and
``with_raw_response`` / ``with_streaming_response`` as wrappers around those same methods (no
second copy of each body).

A resource method builds its ``RequestOptions`` once and calls ``self._call(...)`` (a paged list
``self._page(...)``, whose pages ask for the next with the same parameters and options;
``iterate`` ``self._iterate(...)``); ``to_raw_response_wrapper(resource.get)`` runs the
very same method with a context flag set, which makes ``_call`` hand back a ``RawResponse``
(the HTTP response plus the parsing the method would have done) instead of the parsed value.
``to_streamed_response_wrapper`` does the same with the body left unread (``StreamedResponse``).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast, overload

import httpx

from ._base_client import BaseClient
from ._pagination import Page, check_page_size, page_parser
from ._raw_response import RawResponse
from ._request_options import RequestOptions
from ._response_parsing import parse_answer

if TYPE_CHECKING:  # imported on first use: only streamed calls need it
    from ._streaming import StreamedCall, StreamedResponse

P = ParamSpec("P")
T = TypeVar("T")
ItemT = TypeVar("ItemT")

_raw_requested: ContextVar[bool] = ContextVar("final_pos_client_raw_response", default=False)
_stream_requested: ContextVar[bool] = ContextVar("final_pos_client_streamed", default=False)


class APIResource:
    """Base of the generated ``<Name>Resource`` classes."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def _call(
        self,
        method: str,
        path: str,
        parser: Callable[[httpx.Response], T],
        *,
        params: dict[str, Any] | None,
        json: Any,
        options: RequestOptions,
        item_parser: Callable[[Any], Any] | None = None,
    ) -> T:
        """One call of a method: the parsed value (or the raw or streamed response)."""
        stream = _stream_requested.get()
        response, bounds = await self._client._run_call(
            method, path, params, json, options, stream=stream
        )
        if stream:
            from ._streaming import StreamedResponse, json_item

            # Read later, within the rest of the call's deadline and max_response_bytes.
            later = functools.partial(parse_answer, method, parser)
            streamed = StreamedResponse(response, later, item_parser or json_item, bounds)
            return cast(T, streamed)
        if _raw_requested.get():
            return cast(T, RawResponse(response, functools.partial(parse_answer, method, parser)))
        return parse_answer(method, parser, response)

    async def _page(
        self,
        method: str,
        path: str,
        parse_records: Callable[[httpx.Response], list[ItemT]],
        *,
        params: dict[str, Any],
        options: RequestOptions,
        item_parser: Callable[[Any], Any] | None = None,
    ) -> Page[ItemT]:
        """One page of a skip/limit list; its ``next_page`` asks for the next one with the same
        parameters and the same ``options``."""

        async def fetch(skip: int, limit: int) -> Page[ItemT]:
            following = {**params, "skip": skip, "limit": limit}
            return await self._page(
                method,
                path,
                parse_records,
                params=following,
                options=options,
                item_parser=item_parser,
            )

        parser = page_parser(parse_records, fetch, skip=params["skip"], limit=params["limit"])
        return await self._call(
            method,
            path,
            parser,
            params=params,
            json=None,
            options=options,
            item_parser=item_parser,
        )

    def _iterate(
        self,
        method: str,
        path: str,
        parse_records: Callable[[httpx.Response], list[ItemT]],
        *,
        params: dict[str, Any],
        options: RequestOptions,
    ) -> AsyncIterator[ItemT]:
        """Every record of a skip/limit list, page after page of ``params["limit"]`` records
        (checked now: ``ValueError`` for a bad page size, before any request)."""
        check_page_size(params["limit"])
        first = functools.partial(
            self._page, method, path, parse_records, params=params, options=options
        )
        return _records_from(first)


async def _records_from(first_page: Callable[[], Awaitable[Page[ItemT]]]) -> AsyncIterator[ItemT]:
    """The records of the first page, then of each following page (all fetched lazily)."""
    async for item in await first_page():
        yield item


def to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``method`` with the same parameters, returning a ``RawResponse`` of what it returns."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _raw_requested.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            _raw_requested.reset(token)

    return wrapped


@overload
def to_streamed_response_wrapper(
    method: Callable[P, Awaitable[Page[ItemT]]],
) -> Callable[P, StreamedCall[Page[ItemT], ItemT]]: ...
@overload
def to_streamed_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, StreamedCall[T, Any]]: ...
def to_streamed_response_wrapper(
    method: Callable[P, Awaitable[Any]],
) -> Callable[P, StreamedCall[Any, Any]]:
    """``method`` with the same parameters, as an ``async with`` block yielding a
    ``StreamedResponse`` (status and headers in, body unread; closed on leaving the block)."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedCall[Any, Any]:
        from ._streaming import StreamedCall

        async def send() -> StreamedResponse[Any, Any]:
            token = _stream_requested.set(True)
            try:
                return cast("StreamedResponse[Any, Any]", await method(*args, **kwargs))
            finally:
                _stream_requested.reset(token)

        return StreamedCall(send)

    return wrapped
