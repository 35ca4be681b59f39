"""Every error a call raises once it has started, built in this one module: no usable answer
(connection, timeout, deadline, a write whose outcome is unknown), a status outside 2xx, and a
body that cannot be read or does not fit.

Messages name the method, the path and the status, never a header: the API key stays out.
Nothing chains to an aiohttp error: some (``ClientResponseError``) show the request headers,
the API key among them, in their repr.
"""

from __future__ import annotations

import json
import logging

import httpx

from ._bounded_body import Failure, ResponseTooLarge
from ._call_state import CallState
from ._transport import (
    classify_transport_error,
    from_aiohttp,
    is_transport_failure,
    underlying_failure,
)
from .errors import (
    APIConnectionError,
    APIOutcomeUnknownError,
    APIOutcomeUnknownTimeoutError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    RequestInfo,
    status_error_class,
)

logger = logging.getLogger("final_pos_client")

_OUTCOME_UNKNOWN_ADVICE = (
    ". The request was sent and no answer came back, so the server may have acted on it: check "
    "whether it took effect (get or list the record) before sending it again"
)


def no_answer_error(
    call: CallState, what: str, detail: str = "", *, timed_out: bool
) -> APIConnectionError:
    """The error for a call that got no usable answer; for a write that may have been
    processed, an ``APIOutcomeUnknownError`` saying so and what to check."""
    message = f"{call.operation} {what} after {call.attempt} attempt(s)"
    if detail:
        message += f": {detail}"
    request = RequestInfo(call.method, call.url)
    if call.is_write and (call.maybe_acted or call.in_flight):
        error_class: type[APIConnectionError] = (
            APIOutcomeUnknownTimeoutError if timed_out else APIOutcomeUnknownError
        )
        message += _OUTCOME_UNKNOWN_ADVICE
    else:
        error_class = APITimeoutError if timed_out else APIConnectionError
    return error_class(message, request=request)


def deadline_error(call: CallState) -> APIConnectionError:
    """The call's deadline passed (``APITimeoutError`` or, for a write, outcome unknown)."""
    assert call.deadline is not None  # only a call with a deadline runs out of it
    return no_answer_error(call, f"exceeded its deadline of {call.deadline:g} s", timed_out=True)


def transport_error(call: CallState, error: Exception) -> Failure:
    """The error for a transport failure that ends the call, and what it chains to."""
    failure = classify_transport_error(error)
    shown = underlying_failure(error)
    what = "timed out" if failure.timed_out else "failed"
    detail = f"{type(shown).__name__}: {shown}"
    cause = None if from_aiohttp(error) else error
    return no_answer_error(call, what, detail, timed_out=failure.timed_out), cause


def body_read_error(call: CallState, error: Exception, deadline_passed: bool) -> Failure:
    """The error for a failure while reading the body of ``call.response`` (the deadline, a
    size past ``max_response_bytes``, a broken encoding or connection) and what it chains to;
    any other error as it is."""
    operation = call.operation
    if deadline_passed:
        logger.info("%s: the body was cut off at the call's deadline", operation)
        return deadline_error(call), None
    if isinstance(error, ResponseTooLarge):
        message = (
            f"{operation}: the response body is {error}; raise max_response_bytes "
            "if this answer is expected"
        )
        return _unreadable_body(call, message), None
    if isinstance(error, httpx.DecodingError):
        message = (
            f"{operation}: the response body cannot be decoded ({type(error).__name__}: {error})"
        )
        return _unreadable_body(call, message), error
    if is_transport_failure(error):
        failure = classify_transport_error(error)
        what = "timed out" if failure.timed_out else "failed"
        shown = type(underlying_failure(error)).__name__
        logger.info("%s: reading the body %s (%s)", operation, what, shown)
        return transport_error(call, error)
    return error, error.__cause__


def _unreadable_body(call: CallState, message: str) -> APIResponseValidationError:
    assert call.response is not None
    return APIResponseValidationError(message, response=call.response, operation=call.operation)


def not_json_error(
    response: httpx.Response, operation: str, problem: str, detail: str = ""
) -> APIResponseValidationError:
    """A body that cannot be decoded as JSON (``problem`` says why, ``detail`` the decoder)."""
    facts = f"{len(response.content)} bytes, status {response.status_code}"
    return APIResponseValidationError(
        f"{operation}: the response body {problem} ({f'{detail}; ' if detail else ''}{facts})",
        response=response,
        operation=operation,
    )


def does_not_fit_error(
    response: httpx.Response, operation: str, what: str, error: Exception
) -> APIResponseValidationError:
    """A JSON body that does not fit the documented model ``what``."""
    detail = f"{type(error).__name__}: {error}"
    return APIResponseValidationError(
        f"{operation}: the response body does not fit {what} ({detail})",
        response=response,
        operation=operation,
    )


def _server_message(body: object) -> str | None:
    """The ``message`` of an error body ``{"statusCode", "message": str | [str], "error"}``."""
    if not isinstance(body, dict):
        return None
    message = body.get("message")
    if isinstance(message, list):
        return "; ".join(str(part) for part in message)
    if message is None:
        error = body.get("error")
        return None if error is None else str(error)
    return str(message)


def status_error(method: str, path: str, response: httpx.Response) -> APIStatusError:
    """The ``APIStatusError`` subclass for a non-2xx answer, its message naming the call."""
    try:
        body: object = json.loads(response.content) if response.content.strip() else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        body = response.text
    server_message = _server_message(body)
    if server_message is None and isinstance(body, str) and body:
        server_message = body[:200]
    message = f"{method} {path} returned {response.status_code} {response.reason_phrase}".rstrip()
    if server_message:
        message = f"{message}: {server_message}"
    return status_error_class(response.status_code)(message, response=response, body=body)
