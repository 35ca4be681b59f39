"""When a failed attempt is tried again, and how long to wait first.

The rule, with ``FinalPOS(retry_writes="safe")`` (the default):

- GET (and any read): retried on ``408, 429, 500, 502, 503, 504`` and on every connection
  failure or timeout.
- PUT, PATCH, DELETE: the same. Sending them twice leaves the record as sending them once (a
  DELETE whose retry finds the record gone, 404, is taken as done by the earlier attempt).
- POST: retried only when the server cannot have acted on it: a ``429`` (rate limited) or
  ``503`` (unavailable) answer, which a server gives before processing, or a connection failure
  raised before the request left. A POST creates a record (an order, a payment): after a
  ``500``, ``502``, ``504`` or a connection lost once it was sent, the record may exist, and a
  second POST would create a second one.
- No other status is retried (``4xx`` are the caller's to fix; ``404``, ``409`` are answers).

``retry_writes="never"`` retries no write (POST, PUT, PATCH, DELETE) at all; ``"always"``
retries a POST as a PUT (for an API that deduplicates, at the risk of a second record).
Retries stop after ``max_retries``, or earlier when the wait would pass the call's deadline.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

RetryWrites = Literal["never", "safe", "always"]
RETRY_WRITES_CHOICES: tuple[RetryWrites, ...] = ("never", "safe", "always")
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses with which the server refuses a request before acting on it.
NOT_ACTED_STATUSES = frozenset({429, 503})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class RetryTiming:
    """The clock, sleep and randomness the retry loop uses (injectable for tests)."""

    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    now: Callable[[], float] = time.time
    random: Callable[[], float] = field(default=random.random)


def status_not_retried(
    method: str, status_code: int, retry_writes: RetryWrites = "safe"
) -> str | None:
    """Why an answer with this status is not retried for this method (``None``: it may be)."""
    if status_code not in RETRYABLE_STATUSES:
        return f"{status_code} is not a retryable status"
    if retry_writes == "never" and method in WRITE_METHODS:
        return "retry_writes='never'"
    if method == "POST" and retry_writes == "safe" and status_code not in NOT_ACTED_STATUSES:
        return f"a POST answered {status_code} may have been processed (retried on 429, 503 only)"
    return None


def failure_not_retried(
    method: str, *, request_sent: bool, retry_writes: RetryWrites = "safe"
) -> str | None:
    """Why a connection failure or timeout is not retried for this method (``None``: it may
    be)."""
    if retry_writes == "never" and method in WRITE_METHODS:
        return "retry_writes='never'"
    if method == "POST" and retry_writes == "safe" and request_sent:
        return "the POST was sent, so the server may have acted on it"
    return None


def is_retryable_status(method: str, status_code: int, retry_writes: RetryWrites = "safe") -> bool:
    """Whether an answer with this status may be retried for this method."""
    return status_not_retried(method, status_code, retry_writes) is None


def is_retryable_failure(
    method: str, *, request_sent: bool, retry_writes: RetryWrites = "safe"
) -> bool:
    """Whether a connection failure or timeout may be retried for this method."""
    return failure_not_retried(method, request_sent=request_sent, retry_writes=retry_writes) is None


def backoff_delay(retry_number: int, timing: RetryTiming) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... up to 8 s (retry_number >= 1)."""
    base = min(INITIAL_DELAY * 2.0 ** (retry_number - 1), MAX_DELAY)
    return base * (0.75 + 0.25 * timing.random())


def retry_after_delay(header: str | None, timing: RetryTiming) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (seconds or HTTP date), capped at 60 s."""
    if not header:
        return None
    text = header.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = moment.timestamp() - timing.now()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def retry_delay(retry_number: int, retry_after: str | None, timing: RetryTiming) -> float:
    """The wait before retry ``retry_number``: the server's ``Retry-After`` if it gave one."""
    asked = retry_after_delay(retry_after, timing)
    return asked if asked is not None else backoff_delay(retry_number, timing)
