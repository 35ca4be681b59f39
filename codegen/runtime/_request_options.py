"""Headers, query parameters and body fields sent on top of what a method sends itself.

Precedence, lowest first: the HTTP client's own headers, ``default_headers`` /
``default_query`` of ``FinalPOS`` (or ``with_options``), the method's own parameters, then the
call's ``extra_headers`` / ``extra_query`` / ``extra_body``. The API key header is the one
exception: it always comes from ``api_key``, and naming it in any of these is a
``ConfigurationError``, so no option can send the key elsewhere or replace it unnoticed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._client_config import API_KEY_HEADER, ConfigurationError

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]


def check_headers(headers: Headers | None, option: str) -> dict[str, str]:
    """A copy of ``headers``; ``TypeError`` for a non-text name or value, ``ConfigurationError``
    for the API key header."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{option} must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"{option}: header {name!r} must map a str to a str, got {value!r}")
        if name.strip().lower() == API_KEY_HEADER:
            raise ConfigurationError(
                f"{option} may not set {API_KEY_HEADER}: pass api_key= to FinalPOS or with_options"
            )
        checked[name] = value
    return checked


def check_query(query: Query | None, option: str) -> dict[str, object]:
    """A copy of ``query``; ``TypeError`` unless it maps parameter names (str) to values."""
    if query is None:
        return {}
    if not isinstance(query, Mapping) or not all(isinstance(name, str) for name in query):
        raise TypeError(f"{option} must be a mapping of parameter names (str) to values")
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
        raise TypeError("extra_body must be a mapping of field names (str) to values")
    if json is None:
        return dict(extra)
    if not isinstance(json, Mapping):
        sent = type(json).__name__
        raise TypeError(f"extra_body needs a JSON object body, this call sends {sent}")
    return {**json, **extra}
