# Hand-written: copied from codegen/runtime/errors.py by `make regenerate`.
# Edit that file, not this copy.
"""Every exception the Final POS client raises.

FinalPOSError
└── APIError
    ├── APIStatusError (status_code, response, body)
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │   └── RateLimitError 429, InternalServerError >= 500
    ├── APIConnectionError
    │   └── APITimeoutError
    ├── APIResponseValidationError (a body that is not JSON or does not fit the model)
    └── UnexpectedStatus (raised by the stock ``api.*`` functions)
└── ValidationError (a request body that does not fit, before sending; also a ValueError/TypeError)

Messages name the method, the path and the status, never a header: the API key stays out.
"""

from __future__ import annotations

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FinalPOSError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "ValidationError",
    "status_error_class",
]


class FinalPOSError(Exception):
    """Base of every error raised by this package."""


class APIError(FinalPOSError):
    """A call to the Final POS API failed."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIStatusError(APIError):
    """The server answered with a status outside 2xx."""

    status_code: int
    response: httpx.Response
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
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
    """The request timed out."""


class APIResponseValidationError(APIError):
    """The body of a successful answer is not JSON or does not fit the documented model."""

    response: httpx.Response
    operation: str

    def __init__(self, message: str, *, response: httpx.Response, operation: str) -> None:
        super().__init__(message)
        self.response = response
        self.operation = operation


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
