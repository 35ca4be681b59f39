"""The assumed wire contract (``../shared/finalpos-api/wire-contract.md``), one place per rule."""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

API_KEY_HEADER = "x-api-key"

DEFAULT_LIMIT = 50
MAX_LIMIT = 100

CREATED = 201
OK = 200

JsonObject = dict[str, Any]


class HTTPProblem(Exception):
    """An error answer of the fake: status code plus the wire-contract message(s)."""

    def __init__(
        self,
        status: int,
        message: str | list[str],
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message if isinstance(message, str) else "; ".join(message))
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def error_body(status: int, message: str | list[str]) -> JsonObject:
    """``{"statusCode", "message", "error"}``: the body of every 4xx/5xx answer."""
    return {"statusCode": status, "message": message, "error": reason_phrase(status)}


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def bad_request(messages: list[str]) -> HTTPProblem:
    return HTTPProblem(400, messages)


def not_found(message: str) -> HTTPProblem:
    return HTTPProblem(404, message)


def unauthorized() -> HTTPProblem:
    # The message names the header, never the key that was sent.
    return HTTPProblem(401, f"Missing or invalid API key (header {API_KEY_HEADER})")


def parse_page(query: Mapping[str, str]) -> tuple[int, int]:
    """``skip``/``limit`` of a list: non-negative integers; limit absent → 50, over 100 → 400."""
    errors: list[str] = []
    skip = _non_negative_int(query, "skip", 0, errors)
    limit = _non_negative_int(query, "limit", DEFAULT_LIMIT, errors)
    if not errors and limit > MAX_LIMIT:
        errors.append(f"limit must not be greater than {MAX_LIMIT}")
    if errors:
        raise bad_request(errors)
    return skip, limit


def _non_negative_int(query: Mapping[str, str], name: str, default: int, errors: list[str]) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit():
        errors.append(f"{name} must be a non-negative integer")
        return default
    return int(raw)


def dumps(body: Any) -> bytes:
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate seeded through the Python API: escape it
        return json.dumps(body, separators=(",", ":")).encode()
