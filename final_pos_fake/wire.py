"""The assumed wire contract (``../shared/finalpos-api/wire-contract.md``), one place per rule."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
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


def timestamp() -> str:
    """Server time as the API writes it: ISO 8601 with milliseconds and a ``+00:00`` offset."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class ObjectIdFactory:
    """24-hex ids shaped like MongoDB ObjectIds (time, process-random part, counter)."""

    def __init__(self) -> None:
        self._random = os.urandom(5).hex()
        self._counter = int.from_bytes(os.urandom(3), "big")
        self._lock = threading.Lock()

    def new(self) -> str:
        with self._lock:
            self._counter = (self._counter + 1) % 0x1000000
            counter = self._counter
        return f"{int(datetime.now(UTC).timestamp()):08x}{self._random}{counter:06x}"


def oid(hex_id: str) -> JsonObject:
    """Extended-JSON id object ``{"$oid": "<24 hex>"}``."""
    return {"$oid": hex_id}


def plain_id(value: Any) -> str | None:
    """The id inside a plain string or an ``{"$oid": ...}`` object; None if it is neither."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("$oid"), str):
        return str(value["$oid"])
    return None


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
