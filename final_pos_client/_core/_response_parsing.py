"""Turning an ``httpx.Response`` into JSON or a model (errors: ``_call_errors``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

from ._call_errors import does_not_fit_error, not_json_error, write_succeeded_error
from ._gc import gc_paused
from ._json_decode import loads
from ._retry_policy import WRITE_METHODS
from ._wire_decode import build_each, decode_list
from .errors import APIResponseValidationError, APIWriteSucceededError

# What a generated ``from_dict`` raises for data that does not fit its model.
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)

ModelT = TypeVar("ModelT", covariant=True)
ParsedT = TypeVar("ParsedT")

# What a resource method does with a successful response.
ResponseParser = Callable[[httpx.Response], ParsedT]


class FromDict(Protocol[ModelT]):
    """A generated model class (``Model.from_dict``)."""

    def from_dict(self, src_dict: Any, /) -> ModelT: ...


def parse_answer(method: str, parser: ResponseParser[ParsedT], response: httpx.Response) -> ParsedT:
    """``parser(response)``; for a write (answered 2xx: it took effect) a body that cannot be
    parsed is an ``APIWriteSucceededError`` instead of a plain ``APIResponseValidationError``."""
    try:
        return parser(response)
    except APIResponseValidationError as error:
        if method not in WRITE_METHODS or isinstance(error, APIWriteSucceededError):
            raise
        reason = error.message.removesuffix(f" (request id {error.request_id})")
        reason = reason.removeprefix(f"{error.operation}: ")
        raise write_succeeded_error(error.operation, response, reason) from error


def decode_json(response: httpx.Response, operation: str) -> Any:
    """The decoded JSON body (``None`` for an empty body), or a clear error naming the operation."""
    content = response.content
    if not content.strip():
        return None
    try:
        return loads(content)
    except RecursionError:
        raise not_json_error(response, operation, "is nested too deeply to decode") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise not_json_error(response, operation, "is not valid JSON", str(error)) from error


def model_parser(model: FromDict[ParsedT], operation: str) -> ResponseParser[ParsedT]:
    """A parser for a response holding one ``model`` object."""
    name = getattr(model, "__name__", repr(model))

    def parse(response: httpx.Response) -> ParsedT:
        data = decode_json(response, operation)
        if not isinstance(data, dict):
            got = TypeError(f"got {type(data).__name__}")
            raise does_not_fit_error(response, operation, name, got)
        try:
            return model.from_dict(data)
        except _MODEL_ERRORS as error:
            raise does_not_fit_error(response, operation, name, error) from error

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
                raise does_not_fit_error(response, operation, name, got)
            try:
                return build_each(from_dict, data)
            except _MODEL_ERRORS as error:
                raise does_not_fit_error(response, operation, name, error) from error

    return parse


def json_list_parser(operation: str) -> ResponseParser[list[Any]]:
    """A parser for a JSON array whose items the description does not document."""

    def parse(response: httpx.Response) -> list[Any]:
        data = decode_json(response, operation)
        if not isinstance(data, list):
            raise does_not_fit_error(
                response, operation, "a list", TypeError(f"got {type(data).__name__}")
            )
        return data

    return parse


def json_parser(operation: str) -> ResponseParser[Any]:
    """A parser returning the decoded JSON (``None`` for an empty body)."""

    def parse(response: httpx.Response) -> Any:
        return decode_json(response, operation)

    return parse
