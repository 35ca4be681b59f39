"""``pos.<resource>.with_raw_response.<method>(...)``: the HTTP response and the parsed value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

import httpx

ParsedT = TypeVar("ParsedT")

_NOT_PARSED = object()


class HTTPResponseView:
    """What raw and streamed responses show of their ``httpx.Response``."""

    __slots__ = ("http_response",)

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


class RawResponse(HTTPResponseView, Generic[ParsedT]):
    """A successful ``httpx.Response`` together with the parsing its method would do."""

    __slots__ = ("_parsed", "_parser")

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], ParsedT]):
        super().__init__(http_response)
        self._parser = parser
        self._parsed: object = _NOT_PARSED

    def parse(self) -> ParsedT:
        """The value the plain method returns (parsed once, then cached)."""
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parser(self.http_response)
        return cast(ParsedT, self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"
