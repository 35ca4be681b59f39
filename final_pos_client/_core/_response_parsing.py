"""Turning an ``httpx.Response`` into JSON, a model, or the matching ``APIStatusError``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

from ._gc import gc_paused
from ._json_decode import loads
from ._wire_decode import build_each, decode_list
from .errors import APIResponseValidationError, APIStatusError, status_error_class

# What a generated ``from_dict`` raises for data that does not fit its model.
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)

ModelT = TypeVar("ModelT", covariant=True)
ParsedT = TypeVar("ParsedT")

# What a resource method does with a successful response.
ResponseParser = Callable[[httpx.Response], ParsedT]


class FromDict(Protocol[ModelT]):
    """A generated model class (``Model.from_dict``)."""

    def from_dict(self, src_dict: Any, /) -> ModelT: ...


def decode_json(response: httpx.Response, operation: str) -> Any:
    """The decoded JSON body (``None`` for an empty body), or a clear error naming the operation."""
    content = response.content
    if not content.strip():
        return None
    try:
        return loads(content)
    except RecursionError:
        raise APIResponseValidationError(
            f"{operation}: the response body is nested too deeply to decode "
            f"({len(content)} bytes, status {response.status_code})",
            response=response,
            operation=operation,
        ) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise APIResponseValidationError(
            f"{operation}: the response body is not valid JSON ({error}; "
            f"{len(content)} bytes, status {response.status_code})",
            response=response,
            operation=operation,
        ) from error


def _does_not_fit(
    response: httpx.Response, operation: str, what: str, error: Exception
) -> APIResponseValidationError:
    detail = f"{type(error).__name__}: {error}"
    return APIResponseValidationError(
        f"{operation}: the response body does not fit {what} ({detail})",
        response=response,
        operation=operation,
    )


def model_parser(model: FromDict[ParsedT], operation: str) -> ResponseParser[ParsedT]:
    """A parser for a response holding one ``model`` object."""
    name = getattr(model, "__name__", repr(model))

    def parse(response: httpx.Response) -> ParsedT:
        data = decode_json(response, operation)
        if not isinstance(data, dict):
            raise _does_not_fit(response, operation, name, TypeError(f"got {type(data).__name__}"))
        try:
            return model.from_dict(data)
        except _MODEL_ERRORS as error:
            raise _does_not_fit(response, operation, name, error) from error

    return parse


def optional_model_parser(
    model: FromDict[ParsedT], operation: str
) -> ResponseParser[ParsedT | None]:
    """A parser for a delete's answer: one ``model`` object, or ``None`` for an empty body (the
    wire contract allows one; also what a delete already done by a lost attempt gives)."""
    parse_model = model_parser(model, operation)

    def parse(response: httpx.Response) -> ParsedT | None:
        return None if not response.content.strip() else parse_model(response)

    return parse


def model_list_parser(model: FromDict[ParsedT], operation: str) -> ResponseParser[list[ParsedT]]:
    """A parser for a response holding a JSON array of ``model`` objects.

    Decodes and builds with the cyclic GC paused (``_gc.gc_paused``; the generated
    ``Model.from_list`` does the same): parsed models form trees, and the collections their
    allocations would trigger cost about half of a large list's parse time (BENCHMARKS.md).
    Each decoded item is dropped as soon as its model is built, while its memory is still in
    the cache and can be reused for the next models (about 10% of a large list's time).
    With msgspec installed, ``_wire_decode.decode_list`` is tried first (structs instead of
    dicts, the same models; anything it does not take comes here).
    """
    name = f"list[{getattr(model, '__name__', repr(model))}]"
    from_dict = model.from_dict
    model_class: type = model if isinstance(model, type) else type(model)

    def parse(response: httpx.Response) -> list[ParsedT]:
        with gc_paused():
            fast = decode_list(model_class, response.content)
            if fast is not None:
                return fast
            data = decode_json(response, operation)
            if not isinstance(data, list):
                got = TypeError(f"got {type(data).__name__}")
                raise _does_not_fit(response, operation, name, got)
            try:
                return build_each(from_dict, data)
            except _MODEL_ERRORS as error:
                raise _does_not_fit(response, operation, name, error) from error

    return parse


def json_list_parser(operation: str) -> ResponseParser[list[Any]]:
    """A parser for a JSON array whose items the description does not document."""

    def parse(response: httpx.Response) -> list[Any]:
        data = decode_json(response, operation)
        if not isinstance(data, list):
            raise _does_not_fit(
                response, operation, "a list", TypeError(f"got {type(data).__name__}")
            )
        return data

    return parse


def json_parser(operation: str) -> ResponseParser[Any]:
    """A parser returning the decoded JSON (``None`` for an empty body)."""

    def parse(response: httpx.Response) -> Any:
        return decode_json(response, operation)

    return parse


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
