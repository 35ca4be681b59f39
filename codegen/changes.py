"""The vocabulary of the change report: levels, one change, and where a schema is used."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Level(enum.IntEnum):
    INFO = 0
    WARN = 1
    BREAKING = 2

    @property
    def title(self) -> str:
        return {Level.INFO: "Info", Level.WARN: "Possibly breaking", Level.BREAKING: "Breaking"}[
            self
        ]

    @classmethod
    def parse(cls, name: str) -> Level:
        """``breaking`` / ``warn`` / ``info`` (the ``--fail-on`` values)."""
        return cls[name.upper()]


@dataclass(frozen=True)
class Change:
    """One reported difference. ``subject`` names the operation, schema, method or file."""

    subject: str
    detail: str
    level: Level

    @property
    def breaking(self) -> bool:
        return self.level is Level.BREAKING


Finding = tuple[Level, str]  # a change before it is given its subject


@dataclass(frozen=True)
class Usage:
    """Where a schema travels: in what the client sends, in what it receives (or both)."""

    request: bool = True
    response: bool = True

    def level(self, *, sent: Level, received: Level) -> Level:
        """The level of a change that means ``sent`` for requests and ``received`` for responses."""
        levels = [sent] * self.request + [received] * self.response
        return max(levels, default=max(sent, received))

    def union(self, other: Usage) -> Usage:
        return Usage(self.request or other.request, self.response or other.response)


REQUEST, RESPONSE = Usage(True, False), Usage(False, True)
