"""Every error a call raises once it has started, built in this one module: no usable answer
(connection, timeout, deadline, a write whose outcome is unknown), a status outside 2xx, and a
body that cannot be read or does not fit.

Messages name the method, the path and the status, never a header: the API key stays out;
they say what happened in words ("no answer within 30 s (read timeout)"), never the class
name of an httpx or aiohttp exception. Nothing chains to an aiohttp error: some
(``ClientResponseError``) show the request headers, the API key among them, in their repr.
"""

from __future__ import annotations

import json
import logging
import ssl

import httpx

from ._bounded_body import Failure, ResponseTooLarge
from ._call_state import CallState
from ._transport_errors import (
    classify_transport_error,
    from_aiohttp,
    is_transport_failure,
    underlying_failure,
)
from .errors import (
    APIConnectionError,
    APIError,
    APIOutcomeUnknownError,
    APIOutcomeUnknownTimeoutError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    APIWriteSucceededError,
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
    return error_class(message, request=request, request_id=call.request_id)


def deadline_error(call: CallState) -> APIError:
    """The call's deadline passed: ``APITimeoutError``, for a write outcome unknown, or, for a
    write whose 2xx answer's body was still arriving, ``APIWriteSucceededError``."""
    if call.write_answered:
        succeeded = _write_body_failure(call, TimeoutError(), deadline_passed=True)[0]
        assert isinstance(succeeded, APIError)
        return succeeded
    return _deadline_passed(call)


def _deadline_passed(call: CallState) -> APIConnectionError:
    assert call.deadline is not None  # only a call with a deadline runs out of it
    return no_answer_error(call, f"exceeded its deadline of {call.deadline:g} s", timed_out=True)


def transport_error(call: CallState, error: Exception) -> Failure:
    """The error for a transport failure that ends the call, and what it chains to."""
    failure = classify_transport_error(error)
    what = "timed out" if failure.timed_out else "failed"
    detail = describe_transport_failure(error, call.phase_timeouts)
    cause = None if from_aiohttp(error) else error
    return no_answer_error(call, what, detail, timed_out=failure.timed_out), cause


def body_read_error(call: CallState, error: Exception, deadline_passed: bool) -> Failure:
    """The error for a failure while reading the body of ``call.response`` (the deadline, a
    size past ``max_response_bytes``, a broken encoding or connection) and what it chains to;
    for a write answered 2xx, an ``APIWriteSucceededError``; any other error as it is."""
    if call.write_answered:
        return _write_body_failure(call, error, deadline_passed)
    return _unreadable_answer(call, error, deadline_passed)


def _write_body_failure(call: CallState, error: Exception, deadline_passed: bool) -> Failure:
    """A write answered 2xx whose body could not be read: it took effect."""
    assert call.response is not None
    cause: BaseException | None = None
    if deadline_passed:
        reason = f"the call's deadline of {call.deadline:g} s passed while its body arrived"
    elif isinstance(error, ResponseTooLarge):
        reason = f"the response body is {error}"
    elif isinstance(error, httpx.DecodingError):
        reason, cause = f"the response body cannot be decoded ({error})", error
    elif is_transport_failure(error):
        reason = f"its body was cut off: {describe_transport_failure(error, call.phase_timeouts)}"
        cause = None if from_aiohttp(error) else error
    else:
        return error, error.__cause__
    logger.info("%s: %s (request id %s)", call.operation, reason, call.request_id)
    return write_succeeded_error(call.operation, call.response, reason), cause


def _unreadable_answer(call: CallState, error: Exception, deadline_passed: bool) -> Failure:
    operation = call.operation
    if deadline_passed:
        logger.info(
            "%s: the body was cut off at the call's deadline (request id %s)",
            operation,
            call.request_id,
        )
        return _deadline_passed(call), None
    if isinstance(error, ResponseTooLarge):
        message = (
            f"{operation}: the response body is {error}; raise max_response_bytes "
            "if this answer is expected"
        )
        return _unreadable_body(call, message), None
    if isinstance(error, httpx.DecodingError):
        message = f"{operation}: the response body cannot be decoded ({error})"
        return _unreadable_body(call, message), error
    if is_transport_failure(error):
        shown = describe_transport_failure(error, call.phase_timeouts)
        logger.info(
            "%s: reading the body failed: %s (request id %s)", operation, shown, call.request_id
        )
        return transport_error(call, error)
    return error, error.__cause__


def write_succeeded_error(
    operation: str, response: httpx.Response, reason: str
) -> APIWriteSucceededError:
    """A write answered 2xx whose answer cannot be used (``reason`` says why)."""
    record_id = answered_record_id(response)
    status = f"{response.status_code} {response.reason_phrase}".rstrip()
    known = f", record id {record_id}" if record_id else ""
    advice = "get the record by its id" if record_id else "get or list the record"
    message = (
        f"{operation}: the write succeeded ({status}{known}) but its answer cannot be used: "
        f"{reason}. It took effect: do not send it again; {advice} to see it"
    )
    return APIWriteSucceededError(
        message, response=response, operation=operation, record_id=record_id
    )


def answered_record_id(response: httpx.Response) -> str | None:
    """The id of the record a write's answer names: the last segment of its ``Location``
    header, else the top-level ``id`` of the part of the JSON body that arrived."""
    location = response.headers.get("location")
    if location:
        segment = location.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if segment:
            return str(segment)
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    return _leading_id(content[:65536].decode("utf-8", "replace"))


_DECODER = json.JSONDecoder()


def _leading_id(text: str) -> str | None:
    """The ``id`` member of the JSON object ``text`` starts (cut anywhere), if it arrived whole."""
    position = _skip(text, 0)
    if not text.startswith("{", position):
        return None
    position += 1
    try:
        while True:
            name, position = _DECODER.raw_decode(text, _skip(text, position))
            position = _skip(text, position)
            if not text.startswith(":", position):
                return None
            value, position = _DECODER.raw_decode(text, _skip(text, position + 1))
            if name == "id" and isinstance(value, str | int) and not isinstance(value, bool):
                return str(value)
            position = _skip(text, position)
            if not text.startswith(",", position):
                return None
            position += 1
    except ValueError:  # the body was cut before the id arrived whole
        return None


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


# What each phase timeout means, by the class names httpx and aiohttp give it.
_TIMEOUT_PHASE = {
    "ConnectionTimeoutError": "connect",
    "ConnectTimeout": "connect",
    "ReadTimeout": "read",
    "SocketTimeoutError": "read",
    "ServerTimeoutError": "read",
    "WriteTimeout": "write",
    "PoolTimeout": "pool",
}
_TIMEOUT_TEXT = {
    "connect": "could not connect within {} (connect timeout)",
    "read": "no answer within {} (read timeout)",
    "write": "could not send the request within {} (write timeout)",
    "pool": "no free connection within {} (pool timeout)",
}


def describe_transport_failure(error: Exception, timeouts: httpx.Timeout) -> str:
    """What a transport failure means, in words (no httpx or aiohttp class names)."""
    shown = underlying_failure(error)
    failure = classify_transport_error(error)
    names = [klass.__name__ for klass in type(shown).__mro__]
    if failure.timed_out:
        phase = next((_TIMEOUT_PHASE[n] for n in names if n in _TIMEOUT_PHASE), "read")
        seconds = getattr(timeouts, phase)
        return _TIMEOUT_TEXT[phase].format("the timeout" if seconds is None else f"{seconds:g} s")
    tls = _in_chain(shown, ssl.SSLError)
    if tls is not None:
        return f"the TLS handshake failed ({getattr(tls, 'reason', None) or 'TLS error'})"
    os_error = _in_chain(shown, OSError)
    reason = getattr(os_error, "strerror", None) if os_error is not None else None
    if not failure.request_sent:
        if _in_chain(shown, ConnectionRefusedError) is not None:
            return "could not connect (the connection was refused)"
        return f"could not connect ({reason or str(shown).strip() or 'no connection was made'})"
    if "ServerDisconnectedError" in names or "disconnected" in str(shown).lower():
        return "the server closed the connection without answering"
    if reason:
        return f"the connection broke ({reason})"
    detail = getattr(shown, "message", None) or str(shown)
    return f"the answer is not valid HTTP ({str(detail).strip() or 'protocol error'})"


def _in_chain(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The first ``kind`` among ``error``, its causes and contexts (and aiohttp's os_error)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kind):
            return current
        nested = getattr(current, "os_error", None)
        if isinstance(nested, kind):
            return nested
        current = current.__cause__ or current.__context__
    return None


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
