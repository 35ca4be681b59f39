"""The per-call options (``RequestOptions``), and the headers, query parameters and body fields
a call sends on top of what its method sends itself.

Every method builds one frozen ``RequestOptions`` (``request_options(...)``) from its keyword
options; the pipeline, the raw and streamed wrappers and a page's ``next_page`` all carry that
one object. A call that names no option gets the shared ``NO_OPTIONS``.

Precedence, lowest first: the HTTP client's own headers, ``default_headers`` /
``default_query`` of ``FinalPOS`` (or ``with_options``), the method's own parameters, then the
call's ``extra_headers`` / ``extra_query`` / ``extra_body``. The API key header is the one
exception: it always comes from ``api_key``, and naming it in any of these is a
``ConfigurationError``, so no option can send the key elsewhere or replace it unnoticed.

What HTTP does not allow is refused before anything is sent, naming the header or parameter
(never echoing a header's value): a header name that is not a token, a value with a control
character (CR, LF, NUL, ...) or outside ASCII, a query value that is not text, a number, a
bool, ``None`` or a list of those (httpx would send its ``str()``). The client's settings
(``default_*``) fail with ``ConfigurationError``; a call's ``extra_*`` with ``ValidationError``
(also a ``TypeError`` and ``ValueError``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._client_config import API_KEY_HEADER, ConfigurationError
from ._not_given import NOT_GIVEN, NotGiven
from .errors import FinalPOSError, ValidationError

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
TimeoutOption = float | httpx.Timeout | None
DeadlineOption = float | None


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What one call asks for beyond its parameters (checked when the call starts):
    ``timeout`` per phase of an attempt, ``max_retries``, the whole call's ``deadline``, and
    ``extra_headers`` / ``extra_query`` / ``extra_body`` on top of what the method sends."""

    timeout: TimeoutOption | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    deadline: DeadlineOption | NotGiven = NOT_GIVEN
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None


NO_OPTIONS = RequestOptions()


def request_options(
    timeout: TimeoutOption | NotGiven = NOT_GIVEN,
    max_retries: int | None = None,
    deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
) -> RequestOptions:
    """The options of one call; ``NO_OPTIONS`` (shared, nothing to build) when none is given."""
    if (
        timeout is NOT_GIVEN
        and max_retries is None
        and deadline is NOT_GIVEN
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return NO_OPTIONS
    return RequestOptions(timeout, max_retries, deadline, extra_headers, extra_query, extra_body)


# RFC 9110: a field name is a token; a value is visible ASCII, spaces and tabs.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e]*")
_QUERY_SCALARS = (str, int, float, bool, type(None))


def _invalid(option: str, message: str) -> FinalPOSError:
    """A client setting's error (``default_*``), else a call's (``extra_*``)."""
    text = f"{option}: {message}"
    return ConfigurationError(text) if option.startswith("default_") else ValidationError(text)


def check_headers(headers: Headers | None, option: str) -> dict[str, str]:
    """A copy of ``headers``, each name and value as HTTP allows it; the API key header is a
    ``ConfigurationError`` wherever it is named."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise _invalid(option, "must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            shown = type(value).__name__
            raise _invalid(option, f"header {name!r} must map a str to a str, got {shown}")
        if name.strip().lower() == API_KEY_HEADER:
            raise ConfigurationError(
                f"{option} may not set {API_KEY_HEADER}: pass api_key= to FinalPOS or with_options"
            )
        if not _TOKEN.fullmatch(name):
            raise _invalid(option, f"{name!r} is not a valid header name")
        if not _FIELD_VALUE.fullmatch(value):
            raise _invalid(
                option,
                f"header {name!r} has a character HTTP does not allow in a value (CR, LF, NUL "
                "or another control character, or one outside ASCII)",
            )
        checked[name] = value
    return checked


def check_query(query: Query | None, option: str) -> dict[str, object]:
    """A copy of ``query``: parameter names (str) to text, numbers, bools, ``None`` or lists."""
    if query is None:
        return {}
    if not isinstance(query, Mapping) or not all(isinstance(name, str) for name in query):
        raise _invalid(option, "must be a mapping of parameter names (str) to values")
    for name, value in query.items():
        items = value if isinstance(value, list | tuple) else (value,)
        if not all(isinstance(item, _QUERY_SCALARS) for item in items):
            shown = type(value).__name__
            raise _invalid(
                option,
                f"parameter {name!r} must be a str, int, float, bool, None or a list of them, "
                f"got {shown}",
            )
    return dict(query)


def merge_headers(base: Mapping[str, str], extra: Headers | None) -> Mapping[str, str]:
    """``base`` (client headers + API key) with the call's ``extra_headers`` on top, matched
    case-insensitively."""
    if not extra:
        return base
    merged = httpx.Headers(base)
    merged.update(check_headers(extra, "extra_headers"))
    return merged


def merge_query(
    default: Mapping[str, object], params: Mapping[str, Any] | None, extra: Query | None
) -> dict[str, Any] | None:
    """Client defaults, then the method's parameters (``None`` left out), then ``extra_query``."""
    if not default and not extra:
        if not params:
            return None
        return {name: value for name, value in params.items() if value is not None}
    merged: dict[str, Any] = dict(default)
    if params:
        merged.update((name, value) for name, value in params.items() if value is not None)
    merged.update(check_query(extra, "extra_query"))
    return merged


def merge_body(json: Any, extra: Body | None) -> Any:
    """The JSON body with ``extra_body`` fields added (they win); only for object bodies."""
    if not extra:
        return json
    if not isinstance(extra, Mapping) or not all(isinstance(name, str) for name in extra):
        raise ValidationError("extra_body must be a mapping of field names (str) to values")
    if json is None:
        return dict(extra)
    if not isinstance(json, Mapping):
        sent = type(json).__name__
        raise ValidationError(f"extra_body needs a JSON object body, this call sends {sent}")
    return {**json, **extra}
