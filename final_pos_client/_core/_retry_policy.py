"""When a failed attempt is tried again, and how long to wait first.

Retried: connection failures, timeouts and the statuses in ``RETRYABLE_STATUSES``. A POST creates
a record, so it is retried only when the server cannot have acted on it: a ``429``/``503`` answer
or a connection failure raised before the request was sent.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

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


def is_retryable_status(method: str, status_code: int) -> bool:
    """Whether an answer with this status may be retried for this method."""
    if method == "POST":
        return status_code in NOT_ACTED_STATUSES
    return status_code in RETRYABLE_STATUSES


def is_retryable_failure(method: str, *, request_sent: bool) -> bool:
    """Whether a connection failure or timeout may be retried for this method."""
    return not request_sent or method != "POST"


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
