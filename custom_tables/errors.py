"""Every error this package raises; API failures stay the client's own errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs


class WrongValue(Exception):
    """A value that cannot be written as the field's type; the message says why."""


class ValidationError(ValueError):
    """Input for a row write that does not fit the table's structure; nothing was sent."""

    def __init__(self, table: str, field: str, problem: str) -> None:
        super().__init__(f"custom table {table!r}, field {field!r}: {problem}")
        self.table = table
        self.field = field
        self.problem = problem


class UnknownFieldError(ValidationError):
    """A write naming a field the table does not have (``Table`` writes re-read the structure
    once before raising it)."""


class CustomerKeyError(ValidationError):
    """A value that cannot be written under a customer-level key; nothing was changed."""

    def __init__(self, key: str, problem: str) -> None:
        ValueError.__init__(self, f"customer key {key!r}: {problem}")
        self.table = "customers"
        self.field = key
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


class ModelMismatchError(TypeError):
    """A frozen row class that cannot honour a change of the table's live structure (a field
    it declares removed or retyped); raised only by the operations that change affects."""

    def __init__(self, table: str, model: type, drifted: Mapping[str, str]) -> None:
        details = "; ".join(f"{name}: {problem}" for name, problem in drifted.items())
        super().__init__(
            f"{model.__name__} does not match the live structure of custom table {table!r} "
            f"({details}); freeze it again (final-pos-tables freeze {table}) and update the "
            "code that uses these fields"
        )
        self.table = table
        self.drifted = dict(drifted)


class IncompleteRowError(ValueError):
    """A stored row without a value for a field its frozen class requires (typed non-optional):
    what a create that failed half-way leaves. ``values`` holds the wire values it has. ``get``
    raises it; reads of many rows leave such rows out (logged at WARNING)."""

    def __init__(
        self, table: str, row_id: str | None, missing: Sequence[str], values: Mapping[str, object]
    ) -> None:
        names = ", ".join(map(repr, missing))
        super().__init__(
            f"custom table {table!r}, row {row_id}: no value for the required field(s) {names}; "
            f"the row may be left from a create that failed half-way: write them with "
            f"table.update({row_id!r}, ...) or delete it with table.delete({row_id!r})"
        )
        self.table = table
        self.row_id = row_id
        self.missing = tuple(missing)
        self.values = dict(values)


class UnexpectedResponseError(RuntimeError):
    """The API answered with a body of a shape the wire contract does not allow."""


class StructureError(ValueError):
    """A structure record without the keys every table or field must have."""


class ImportFileError(ValueError):
    """A file that cannot be imported or exported at all: missing, unreadable, unknown kind."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@attrs.frozen
class RowProblem:
    """A bad row given to an import: ``index`` of the row, the field (None: the whole row).

    ``same_as``: the index of the earlier row with the same key or row id, when that is the
    problem.
    """

    index: int
    field: str | None
    problem: str
    same_as: int | None = None


class ImportRowsError(ValueError):
    """Rows that cannot be imported as given; ``problems`` lists every one. Nothing was written."""

    def __init__(self, table: str, problems: Sequence[RowProblem]) -> None:
        first = problems[0]
        where = f"row {first.index}" + ("" if first.field is None else f", field {first.field!r}")
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems (first shown)"
        super().__init__(
            f"custom table {table!r}: {count} in the rows to import, nothing was written; "
            f"{where}: {first.problem}"
        )
        self.table = table
        self.problems = list(problems)
