"""The lookup index of ``Table.find``: the rows of one full read, hashed by looked-up fields.

The API has no filter, so a lookup reads the whole table; this keeps that read and answers
many lookups from it (one hash table per set of looked-up attributes, built on first use).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

RowT = TypeVar("RowT")


class RowIndex(Generic[RowT]):
    """The rows of one full read, with a hash index per set of looked-up attributes."""

    def __init__(self, rows: list[RowT]) -> None:
        self.rows = {getattr(row, "id"): row for row in rows}  # noqa: B009
        self._by: dict[tuple[str, ...], dict[tuple[Any, ...], list[RowT]]] = {}

    def lookup(self, keys: tuple[str, ...], wanted: tuple[Any, ...]) -> list[RowT]:
        table = self._by.get(keys)
        if table is None:
            table = self._by[keys] = {}
            for row in self.rows.values():
                try:
                    table.setdefault(tuple(getattr(row, k) for k in keys), []).append(row)
                except TypeError:  # an unhashable value (json-string): never equal to a key
                    continue
        try:
            return list(table.get(wanted, ()))
        except TypeError:
            return [row for row in self.rows.values() if _matches(row, keys, wanted)]

    def put(self, row: RowT) -> None:
        self.rows[getattr(row, "id")] = row  # noqa: B009
        self._by.clear()

    def remove(self, row_id: str) -> None:
        self.rows.pop(row_id, None)
        self._by.clear()


def _matches(row: Any, keys: tuple[str, ...], wanted: tuple[Any, ...]) -> bool:
    return all(getattr(row, key) == value for key, value in zip(keys, wanted, strict=True))
