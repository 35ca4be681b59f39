"""The lookup index of ``Table.find``: the rows of one full read, hashed by looked-up fields.

The API has no filter, so a lookup reads the whole table; this keeps that read and answers
many lookups from it (one hash table per set of looked-up attributes, built on first use).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

from .cache import SingleFlightCache
from .errors import UnknownFieldError, ValidationError, WrongValue
from .rows import RowModel

RowT = TypeVar("RowT")

_ROWS_KEY = "rows"


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


class TableIndex(Generic[RowT]):
    """One ``Table``'s index, at most ``ttl`` seconds (of ``clock``) old and in step with the
    writes of every ``Table`` sharing ``writes`` (``{table id: writes so far}``): a write by
    another one makes the next lookup read the table again."""

    def __init__(
        self,
        table_id: str,
        writes: dict[str, int],
        scan: Callable[[], Awaitable[list[RowT]]],
        ttl: float,
        clock: Callable[[], float],
    ) -> None:
        self._table_id = table_id
        self._writes = writes
        self._scan = scan
        self._cache: SingleFlightCache[RowIndex[RowT]] = SingleFlightCache(ttl, clock)
        self._seen = 0  # the writes the index reflects

    async def current(self) -> RowIndex[RowT]:
        if self._writes.get(self._table_id, 0) != self._seen:
            self._cache.invalidate()
        return await self._cache.get(_ROWS_KEY, self._load)

    async def _load(self) -> RowIndex[RowT]:
        self._seen = self._writes.get(self._table_id, 0)
        return RowIndex(await self._scan())

    def invalidate(self) -> None:
        self._cache.invalidate()

    def wrote(self, change: Callable[[RowIndex[RowT]], None]) -> None:
        """Count a write; apply it to the index when the index has seen every earlier one."""
        before = self._writes.get(self._table_id, 0)
        self._writes[self._table_id] = before + 1
        index = self._cache.peek(_ROWS_KEY)
        if index is not None and self._seen == before:
            change(index)
            self._seen = before + 1


# (index keys, wanted values, the wire values as a hashable key)
Criteria = tuple[tuple[str, ...], tuple[Any, ...], tuple[tuple[str, str], ...]]


def criteria(row_model: RowModel, given: Mapping[str, Any]) -> Criteria:
    """``given`` (attribute or wire names) as index keys, wanted values and a hashable key of
    the wire values (what upserts lock on)."""
    if not given:
        raise ValueError("find needs at least one field=value")
    pairs = list(zip(row_model.fields, row_model.attributes, strict=True))
    by_key = {field.name: (field, attribute) for field, attribute in pairs}
    by_key.update((attribute, (field, attribute)) for field, attribute in pairs)
    keys: list[str] = []
    wanted: list[Any] = []
    wire: list[tuple[str, str]] = []
    for key, value in sorted(given.items()):
        if key == "id":
            keys.append("id")
            wanted.append(value)
            wire.append(("id", json.dumps(value)))
            continue
        if key not in by_key:
            raise UnknownFieldError(row_model.table, key, "unknown field")
        field, attribute = by_key[key]
        try:
            written = field.converter.write(value)
            canonical = field.converter.read(written)
        except WrongValue as problem:
            raise ValidationError(row_model.table, field.name, f"cannot match: {problem}") from None
        keys.append(attribute)
        wanted.append(canonical)
        wire.append((field.name, json.dumps(written, sort_keys=True)))
    return tuple(keys), tuple(wanted), tuple(sorted(wire))
