"""The requests the fake answered, for tests that count calls."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple


class LoggedRequest(NamedTuple):
    method: str
    path: str  # without the query string
    status: int | None  # None: the connection was closed without an answer


class RequestLog:
    def __init__(self) -> None:
        self._entries: list[LoggedRequest] = []

    def append(self, method: str, path: str, status: int | None) -> None:
        self._entries.append(LoggedRequest(method, path, status))

    def clear(self) -> None:
        self._entries.clear()

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return sum(
            1 for e in self._entries if method in (None, e.method) and path in (None, e.path)
        )

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> LoggedRequest:
        return self._entries[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RequestLog):
            return self._entries == other._entries
        if isinstance(other, list):
            return [tuple(e) for e in self._entries] == [tuple(o) for o in other]
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
