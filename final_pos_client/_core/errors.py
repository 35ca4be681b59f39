"""Every exception the Final POS client raises.

FinalPOSError
├── ConfigurationError (also a ValueError: a bad setting, raised by FinalPOS() / with_options())
├── ClientStateError (also a RuntimeError)
│   ├── ClientClosedError (the client was closed)
│   └── EventLoopMismatchError (the client is bound to another event loop)
└── APIError (request: RequestInfo | None, request_id: str | None)
    ├── APIStatusError (status_code, response, body)
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │   └── RateLimitError 429, InternalServerError >= 500
    ├── APIConnectionError (no usable answer; protocol garbage too)
    │   ├── APITimeoutError (a phase timeout or the call's deadline)
    │   └── APIOutcomeUnknownError (a write that may have been processed)
    │       ├── APIOutcomeUnknownTimeoutError (also an APITimeoutError)
    │       └── APIWriteSucceededError (a write answered 2xx whose body cannot be read or
    │           parsed: it took effect; also an APIResponseValidationError)
    ├── APIResponseValidationError (a body that is not JSON, too large, too deep or off-model)
    └── UnexpectedStatus (raised by the stock ``api.*`` functions)
└── ValidationError (a request body that does not fit, before sending; also a ValueError/TypeError)

``except APIOutcomeUnknownError`` catches every write that may have happened, including the
ones known to have succeeded (``APIWriteSucceededError``: catch it first to read its
``record_id``). ``ValidationError`` is deliberately not an ``APIError``: nothing was sent, the
input is the caller's to fix (a 4xx of your own service, not an upstream failure); catch
``FinalPOSError`` for both.

Messages name the method, the path and the status, never a header: the API key stays out.
Every ``APIError`` of a sent call carries the call's ``x-request-id`` (``request_id``, also at
the end of the message). Messages longer than ``MAX_MESSAGE_CHARS`` are cut, with the full
length noted.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIOutcomeUnknownError",
    "APIOutcomeUnknownTimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "APIWriteSucceededError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientStateError",
    "ConfigurationError",
    "ConflictError",
    "EventLoopMismatchError",
    "FinalPOSError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestInfo",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "ValidationError",
    "status_error_class",
]


MAX_MESSAGE_CHARS = 2000
REQUEST_ID_HEADER = "x-request-id"


def shorten(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text``, cut to ``limit`` characters with the full length noted when longer."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [cut: {len(text)} characters in all]"


class FinalPOSError(Exception):
    """Base of every error raised by this package."""


class ConfigurationError(FinalPOSError, ValueError):
    """``FinalPOS`` was given a missing, invalid or unsafe setting (never echoes a secret)."""


class ClientStateError(FinalPOSError, RuntimeError):
    """The client cannot be used in its current state."""


class ClientClosedError(ClientStateError):
    """The client (or the HTTP client it sends through) was closed."""


class EventLoopMismatchError(ClientStateError):
    """The client was first used in another event loop; its connections belong to that loop."""


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """The request an error is about: method and URL only (never headers)."""

    method: str
    url: str

    def __str__(self) -> str:
        return f"{self.method} {self.url}"


def request_info(response: httpx.Response) -> RequestInfo | None:
    """The method and URL of the request ``response`` answers (``None`` if it has none)."""
    try:
        request = response.request
    except RuntimeError:
        return None
    return RequestInfo(request.method, str(request.url))


def request_id_of(response: httpx.Response) -> str | None:
    """The ``x-request-id`` the server answered with, else the one the request was sent with."""
    answered: str | None = response.headers.get(REQUEST_ID_HEADER)
    if answered is not None:
        return answered
    try:
        sent: str | None = response.request.headers.get(REQUEST_ID_HEADER)
    except RuntimeError:
        return None
    return sent


class APIError(FinalPOSError):
    """A call to the Final POS API failed.

    ``request`` names the request (method and URL, no headers); ``request_id`` is the call's
    ``x-request-id``: the server's when its answer carried one, else the one the client sent
    (generated per call, or yours from ``extra_headers``). The message ends with it.
    """

    message: str
    request: RequestInfo | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        request: RequestInfo | None = None,
        request_id: str | None = None,
    ) -> None:
        if request_id:
            message = f"{shorten(message)} (request id {shorten(request_id, 100)})"
        else:
            message = shorten(message)
        super().__init__(message)
        self.message = message
        self.request = request
        self.request_id = request_id


class APIStatusError(APIError):
    """The server answered with a status outside 2xx."""

    status_code: int
    response: httpx.Response
    body: object

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
    ) -> None:
        super().__init__(
            message,
            request=request_info(response),
            request_id=request_id_of(response),
        )
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """400: the request was invalid (for example a body failing validation)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record (or path)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """>= 500: the server failed."""


class APIConnectionError(APIError):
    """No usable answer: the connection could not be made, or broke before the response."""


class APITimeoutError(APIConnectionError):
    """The request timed out: a phase of ``timeout``, or the call's whole ``deadline``."""


class APIOutcomeUnknownError(APIConnectionError):
    """A write (POST, PUT, PATCH, DELETE) was sent but no answer came back: the server may
    have acted on it. Check (e.g. list or get the record) before sending it again."""


class APIOutcomeUnknownTimeoutError(APIOutcomeUnknownError, APITimeoutError):
    """A write timed out after it was sent: the server may have acted on it."""


class APIResponseValidationError(APIError):
    """The body of a successful answer is not JSON or does not fit the documented model."""

    response: httpx.Response
    operation: str

    def __init__(self, message: str, *, response: httpx.Response, operation: str) -> None:
        super().__init__(
            message,
            request=request_info(response),
            request_id=request_id_of(response),
        )
        self.response = response
        self.operation = operation


class APIWriteSucceededError(APIOutcomeUnknownError, APIResponseValidationError):
    """A write (POST, PUT, PATCH, DELETE) was answered with a 2xx status, so it took effect,
    but the answer's body could not be read or parsed (cut off, not JSON, off-model).

    Do not send it again. ``status_code`` is the answer's status; ``record_id`` the record's
    id when the ``Location`` header or the part of the body that arrived gives it (else
    ``None``: get or list the record). Also an ``APIOutcomeUnknownError`` ("it may have
    happened": here it did) and an ``APIResponseValidationError`` (the body is unusable).
    """

    status_code: int
    record_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation: str,
        record_id: str | None,
    ) -> None:
        APIError.__init__(
            self,
            message,
            request=request_info(response),
            request_id=request_id_of(response),
        )
        self.response = response
        self.operation = operation
        self.status_code = response.status_code
        self.record_id = record_id


class UnexpectedStatus(APIError):
    """Raised by the stock ``api.*`` functions (``raise_on_unexpected_status=True``) for an
    undocumented status code."""

    status_code: int
    content: bytes

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\n"
            f"Response content:\n{content.decode(errors='ignore')}"
        )


_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status outside 2xx."""
    if status_code >= 500:
        return InternalServerError
    return _ERROR_BY_STATUS.get(status_code, APIStatusError)


class ValidationError(FinalPOSError, ValueError, TypeError):
    """A request body (or other input) does not fit what the API accepts; raised before anything
    is sent, naming the field (e.g. ``CreateCustomerDto.firstName: expected str, got int``)."""
