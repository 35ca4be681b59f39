"""One custom table: its structure, its row model and row reads and writes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from ._errors import ValidationError
from ._model import RowModel, field_values, is_row
from ._structure import FieldInfo, TableInfo
from ._validation import values_for_create, values_for_update
from ._wire import MAX_PAGE_SIZE, CustomTablesWire, Record
from ._writes import create_row, update_row

# Hooks into the owning CustomTables: reload the structure now / if the cached one expired.
Reload = Callable[["Table"], Awaitable[None]]
# Aliases: inside Table, `list` is the method.
Rows = list[Any]
Records = list[Record]


class Table:
    """Returned by ``await tables.table(name)``; ``model`` is the current row class."""

    def __init__(
        self,
        wire: CustomTablesWire,
        info: TableInfo,
        row_model: RowModel,
        *,
        reload: Reload,
        fresh: Reload,
    ) -> None:
        self._wire = wire
        self._info = info
        self._row_model = row_model
        self._reload = reload
        self._fresh = fresh
        # Keys still unknown after a refresh: kept in `extra` without refreshing again.
        self._known_extra_keys: set[str] = set()

    def __repr__(self) -> str:
        return f"<custom table {self.name!r} id={self.id!r} fields={len(self.fields)}>"

    @property
    def name(self) -> str:
        return self._info.name

    @property
    def id(self) -> str:
        return self._info.id

    @property
    def description(self) -> str | None:
        return self._info.description

    @property
    def fields(self) -> tuple[FieldInfo, ...]:
        return self._row_model.fields

    @property
    def model(self) -> type[Any]:
        return self._row_model.model

    @property
    def row_model(self) -> RowModel:
        return self._row_model

    def use_structure(self, info: TableInfo, row_model: RowModel) -> None:
        self._info = info
        self._row_model = row_model

    # ---- conversions (no requests) ----
    def from_wire(self, record: Mapping[str, Any]) -> Any:
        """A row from a flat wire record (unknown keys go to ``extra``)."""
        return self._row_model.build(record)

    def to_wire(self, row_or_values: Any) -> dict[str, Any]:
        """``{field name: wire value}`` of a row or dict, validated like a create."""
        given = self._given(row_or_values)
        return {field.name: value for field, value in values_for_update(self._row_model, given)}

    # ---- reads ----
    async def list(self, skip: int = 0, limit: int = 100) -> Rows:
        """Rows ``skip`` .. ``skip + limit`` (several requests when ``limit`` exceeds a page)."""
        _check_window(skip, limit)
        await self._fresh(self)
        rows: Rows = []
        while limit > 0:
            size = min(limit, MAX_PAGE_SIZE)
            records = await self._wire.list_rows(self.name, skip=skip, limit=size)
            rows.extend(await self._rows(records))
            if len(records) < size:
                break
            skip += size
            limit -= size
        return rows

    async def iterate(self, page_size: int = 100) -> AsyncIterator[Any]:
        """Every row, one page in memory at a time (``page_size`` at most 100)."""
        _check_window(0, page_size)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        size = min(page_size, MAX_PAGE_SIZE)
        await self._fresh(self)
        skip = 0
        while True:
            records = await self._wire.list_rows(self.name, skip=skip, limit=size)
            for row in await self._rows(records):
                yield row
            if len(records) < size:
                return
            skip += size

    async def get(self, row_id: str) -> Any:
        await self._fresh(self)
        record = await self._wire.get_row(self.name, row_id)
        (row,) = await self._rows([record])
        return row

    # ---- writes ----
    async def create(self, row: Any) -> Any:
        """Create a row from a dict or a row instance; all values or nothing."""
        await self._fresh(self)
        values = values_for_create(self._row_model, self._given(row))
        row_id = await create_row(self._wire, self.id, values)
        return await self.get(row_id)

    async def update(self, row_id: str, changes: Any) -> Any:
        """Change only the given fields of a row; returns the row as stored."""
        await self._fresh(self)
        values = values_for_update(self._row_model, self._given(changes))
        await update_row(self._wire, self.id, self.name, row_id, values)
        return await self.get(row_id)

    async def delete(self, row_id: str) -> None:
        await self._wire.delete_row(row_id)

    # ---- helpers ----
    def _given(self, row_or_values: Any) -> Mapping[Any, Any]:
        if is_row(row_or_values):
            return field_values(row_or_values)
        if isinstance(row_or_values, Mapping):
            return row_or_values
        raise ValidationError(
            self.name, "*", f"expected a dict or a row, got {type(row_or_values).__name__}"
        )

    async def _rows(self, records: Records) -> Rows:
        build = self._row_model.build
        rows = [build(record) for record in records]
        known = self._known_extra_keys
        if any(row.extra and not row.extra.keys() <= known for row in rows):
            await self._reload(self)  # the structure may have grown: refresh once, rebuild
            build = self._row_model.build
            rows = [build(record) for record in records]
            for row in rows:
                known.update(row.extra)
        return rows


def _check_window(skip: int, limit: int) -> None:
    for name, number in (("skip", skip), ("limit", limit)):
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise ValueError(f"{name} must be a non-negative integer, got {number!r}")
