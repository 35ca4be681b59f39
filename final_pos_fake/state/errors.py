"""What the state refuses, independent of HTTP (the front answers 404 and 400 for these)."""

from __future__ import annotations


class NotFound(LookupError):
    """No live record with that id or name."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(ValueError):
    """A write the stored structure does not allow; one message per problem."""

    def __init__(self, *messages: str) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)
