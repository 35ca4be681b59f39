"""The errors this package raises on bad input; API failures stay the client's own errors."""

from __future__ import annotations

from collections.abc import Sequence


class ValidationError(ValueError):
    """Input for a row write that does not fit the table's structure; nothing was sent."""

    def __init__(self, table: str, field: str, problem: str) -> None:
        super().__init__(f"custom table {table!r}, field {field!r}: {problem}")
        self.table = table
        self.field = field
        self.problem = problem


class TableNotFoundError(LookupError):
    """No custom table with that name or id; ``suggestions`` holds the closest table names."""

    def __init__(self, name_or_id: str, suggestions: Sequence[str]) -> None:
        hint = f"; did you mean {', '.join(map(repr, suggestions))}?" if suggestions else ""
        super().__init__(f"no custom table named or with id {name_or_id!r}{hint}")
        self.name_or_id = name_or_id
        self.suggestions = list(suggestions)

    def __str__(self) -> str:
        return str(self.args[0])


class UnexpectedResponseError(RuntimeError):
    """The API answered with a body of a shape the wire contract does not allow."""
