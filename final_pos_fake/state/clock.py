"""Server time as the API writes it."""

from __future__ import annotations

from datetime import UTC, datetime


def timestamp() -> str:
    """ISO 8601 with milliseconds and a ``+00:00`` offset."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
