"""``Table``: one custom table's rows, read and written through its live structure."""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any, Generic

from . import importing
from .api import MAX_PAGE_SIZE, Record
from .cache import SingleFlightCache
from .errors import ValidationError, WrongValue
from .importing import ImportReport, ImportResult
from .lookups import RowIndex
from .results import CreateResult, RowT, UpsertResult
from .rows import RowModel, field_values, row_input, values_for_create, values_for_update
from .structure import FieldInfo, TableInfo, plain_id
from .structures import Structures

_ROWS_KEY = "rows"
# Value-record reads in flight for a page of a table with shadowed fields.
_SHADOWED_READS = 8


class Table(Generic[RowT]):
    """Returned by ``await tables.table(name)``; ``model`` is the row class.

    ``Table[Row]`` for the run-time class, ``Table[LoyaltyPointsRow]`` with ``model=`` a frozen
    class. Reads and writes refresh the structure when its cache entry expired (no request
    while it is fresh).
    """

    def __init__(
        self,
        structures: Structures,
        info: TableInfo,
        row_model: RowModel,
        *,
        model: type[Any] | None = None,
        index_ttl: float = 60.0,
    ) -> None:
        self._structures = structures
        self._api = structures.api
        self._info = info
        self._row_model = row_model
        self._frozen = model
        # Keys still unknown after a refresh: kept in `extra` without refreshing again.
        self._known_extra_keys: set[str] = set()
        self._index: SingleFlightCache[RowIndex[RowT]] = SingleFlightCache(index_ttl)

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
    def model(self) -> type[RowT]:
        model: type[RowT] = self._row_model.model
        return model

    @property
    def row_model(self) -> RowModel:
        return self._row_model

    def use_structure(self, info: TableInfo, row_model: RowModel) -> None:
        self._info = info
        self._row_model = row_model

    async def _current(self, *, reload: bool = False) -> RowModel:
        self._info = self._structures.info(self.id, self._info)
        self._row_model = await self._structures.row_model(self._info, self._frozen, reload=reload)
        self._structures.warn_unknown_types(self._row_model)
        return self._row_model

    # ---- conversions (no requests) ----
    def from_wire(self, record: Mapping[str, Any]) -> RowT:
        """A row from a flat wire record (unknown keys go to ``extra``; a field named like a
        row key, e.g. ``rowId``, gets its default: reads fill it from the value records)."""
        row: RowT = self._row_model.build(record)
        return row

    def to_wire(self, row_or_values: RowT | Mapping[str, Any]) -> dict[str, Any]:
        """``{field name: wire value}`` of a row or dict, validated like an update."""
        given = row_input(self.name, row_or_values)
        return {field.name: value for field, value in values_for_update(self._row_model, given)}

    # ---- reads ----
    async def list(self, *, skip: int = 0, limit: int = 50) -> builtins.list[RowT]:
        """One page: the rows ``skip`` .. ``skip + limit`` (``limit`` 1..100, like the API)."""
        check_count("skip", skip, 0)
        check_count("limit", limit, 1, MAX_PAGE_SIZE)
        await self._current()
        return await self._rows(await self._api.list_rows(self.name, skip=skip, limit=limit))

    def iterate(self, *, page_size: int = 100) -> AsyncIterator[RowT]:
        """Every row, one page in memory at a time; ``ValueError`` at once unless ``page_size``
        is 1..100 (like ``pos.<resource>.iterate``)."""
        return self._iterate(self._api.iterate_rows(self.name, page_size))

    async def _iterate(self, records: AsyncIterator[Record]) -> AsyncIterator[RowT]:
        await self._current()
        async for record in records:
            (row,) = await self._rows([record])
            yield row

    async def get(self, row_id: str) -> RowT:
        await self._current()
        (row,) = await self._rows([await self._api.get_row(self.name, row_id)])
        row.id = row_id  # type: ignore[attr-defined]  # even if a field hid the row id key
        return row

    # ---- writes ----
    async def create(self, row: RowT | Mapping[str, Any]) -> RowT:
        """Create a row from a dict or a row instance; all values or nothing.

        If reading the row back fails after every value was written, the error carries
        ``row_id`` and a note saying the row exists: do not create it again.
        """
        row_model = await self._current()
        values = values_for_create(row_model, row_input(self.name, row))
        row_id = await self._api.create_row_with_values(self.id, self.name, values)
        try:
            created = await self.get(row_id)
        except Exception as error:
            error.row_id = row_id  # type: ignore[attr-defined]
            error.add_note(
                f"custom table row {row_id} was created with all its values; only reading it "
                f"back failed: do not create it again (read it with table.get({row_id!r}))"
            )
            raise
        self._indexed(lambda index: index.put(created))
        return created

    async def update(self, row_id: str, changes: RowT | Mapping[str, Any]) -> RowT:
        """Change only the given fields of a row; returns the row as stored."""
        row_model = await self._current()
        values = values_for_update(row_model, row_input(self.name, changes))
        await self._api.update_row(self.id, self.name, row_id, values)
        updated = await self.get(row_id)
        self._indexed(lambda index: index.put(updated))
        return updated

    async def delete(self, row_id: str) -> None:
        await self._api.delete_row(row_id)
        self._indexed(lambda index: index.remove(row_id))

    async def create_many(
        self,
        rows: Iterable[RowT | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        on_result: Callable[[CreateResult[RowT]], None] | None = None,
    ) -> builtins.list[CreateResult[RowT]]:
        """Create many rows, ``concurrency`` at a time; one result per row, in input order.

        Every row is all or nothing (``create``): a failed row leaves nothing behind and its
        result holds the error (with ``row_id`` and a note when a row may exist). Nothing is
        retried here beyond the client's own retries, so no row is written twice. Every row is
        checked before the first request: bad input raises ``ValidationError`` (with a note
        naming the row's index) and sends nothing. ``on_result`` is called as rows finish.
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
        row_model = await self._current()
        given = builtins.list(rows)
        for index, row in enumerate(given):
            try:
                values_for_create(row_model, row_input(self.name, row))
            except ValidationError as error:
                error.add_note(f"row {index} of the rows given to create_many; nothing was sent")
                raise
        gate = asyncio.Semaphore(concurrency)

        async def one(index: int, row: RowT | Mapping[str, Any]) -> CreateResult[RowT]:
            async with gate:
                try:
                    result = CreateResult[RowT](index, row=await self.create(row))
                except Exception as error:
                    result = CreateResult[RowT](index, error=error)
            if on_result is not None:
                on_result(result)
            return result

        return builtins.list(await asyncio.gather(*(one(i, row) for i, row in enumerate(given))))

    async def import_rows(
        self,
        rows: Iterable[RowT | Mapping[str, Any]],
        *,
        key: str | Sequence[str] | None = None,
        resume: bool = False,
        concurrency: int = 8,
        on_result: Callable[[ImportResult[RowT]], None] | None = None,
    ) -> ImportReport[RowT]:
        """Create, update or skip each row; safe to run again (``custom_tables.importing``).

        A row carrying a row id (``rowId``, as ``export_rows`` gives) updates that row while it
        exists; with ``key`` (field names), a row updates the one stored row with equal key
        fields. Only fields that differ are written; a row with nothing to change is skipped,
        and so is every matched row with ``resume``. Every row is checked, and matched, before
        the first write: :class:`ImportRowsError` lists every problem and nothing is written.
        """
        row_model = await self._current()
        return await importing.import_rows(
            self,
            row_model,
            rows,
            key=key,
            resume=resume,
            concurrency=concurrency,
            on_result=on_result,
        )

    async def export_rows(self) -> AsyncIterator[dict[str, Any]]:
        """Every row as ``{"rowId": id, field name: value}`` (what ``import_rows`` takes back)."""
        key = importing.row_id_key(self)
        async for row in self.iterate(page_size=MAX_PAGE_SIZE):
            values = field_values(row)
            yield values if key is None else {key: getattr(row, "id"), **values}  # noqa: B009

    # ---- lookups ----
    async def find(self, **criteria: Any) -> builtins.list[RowT]:
        """Rows whose fields equal ``criteria`` (attribute or wire names).

        The API has no filter: lookups are served from an index of the last full read,
        refreshed when older than the table's ``index_ttl`` or by ``refresh_index()``. Writes
        through this ``Table`` update it at once; writes by others show after a refresh.
        """
        keys, wanted = self._criteria(criteria)
        index = await self._index.get(_ROWS_KEY, self._scan)
        return index.lookup(keys, wanted)

    async def find_one(self, **criteria: Any) -> RowT | None:
        """The one row matching ``criteria``, None if none; ``LookupError`` if several match."""
        found = await self.find(**criteria)
        if len(found) > 1:
            raise LookupError(
                f"custom table {self.name!r}: {len(found)} rows match {criteria!r}, not one"
            )
        return found[0] if found else None

    async def grouped(self, attribute: str) -> dict[Any, builtins.list[RowT]]:
        """``{value: rows}`` of one attribute over the index (no scan while it is fresh)."""
        index = await self._index.get(_ROWS_KEY, self._scan)
        groups: dict[Any, builtins.list[RowT]] = {}
        for row in index.rows.values():
            groups.setdefault(getattr(row, attribute), []).append(row)
        return groups

    async def refresh_index(self) -> None:
        """Read the whole table again for ``find`` (one scan)."""
        self._index.invalidate()
        await self._index.get(_ROWS_KEY, self._scan)

    async def upsert(
        self, *, match: Mapping[str, Any], values: Mapping[str, Any]
    ) -> UpsertResult[RowT]:
        """Update the row matching ``match`` with ``values``, or create it from both."""
        found = await self.find_one(**match)
        if found is None:
            return UpsertResult(await self.create({**match, **values}), created=True)
        row_id: str = getattr(found, "id")  # noqa: B009 (RowT is any row class)
        return UpsertResult(await self.update(row_id, values), created=False)

    async def _scan(self) -> RowIndex[RowT]:
        return RowIndex([row async for row in self.iterate(page_size=MAX_PAGE_SIZE)])

    def _indexed(self, change: Any) -> None:
        index = self._index.peek(_ROWS_KEY)
        if index is not None:
            change(index)

    def _criteria(self, criteria: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        if not criteria:
            raise ValueError("find needs at least one field=value")
        by_key = {field.name: (field, a) for field, a in self._by_attribute()}
        by_key.update((a, (field, a)) for field, a in self._by_attribute())
        keys: builtins.list[str] = []
        wanted: builtins.list[Any] = []
        for key, value in sorted(criteria.items()):
            if key == "id":
                keys.append("id")
                wanted.append(value)
                continue
            if key not in by_key:
                raise ValidationError(self.name, key, "unknown field")
            field, attribute = by_key[key]
            try:
                canonical = field.converter.read(field.converter.write(value))
            except WrongValue as problem:
                raise ValidationError(self.name, field.name, f"cannot match: {problem}") from None
            keys.append(attribute)
            wanted.append(canonical)
        return tuple(keys), tuple(wanted)

    def _by_attribute(self) -> builtins.list[tuple[FieldInfo, str]]:
        row_model = self._row_model
        return builtins.list(zip(row_model.fields, row_model.attributes, strict=True))

    async def _rows(self, records: builtins.list[Record]) -> builtins.list[RowT]:
        build = self._row_model.build
        rows = [build(record) for record in records]
        known = self._known_extra_keys
        if any(row.extra and not row.extra.keys() <= known for row in rows):
            await self._current(reload=True)  # the structure may have grown: refresh, rebuild
            build = self._row_model.build
            rows = [build(record) for record in records]
            for row in rows:
                known.update(row.extra)
        if self._row_model.shadowed:
            await self._read_shadowed(rows)
        return rows

    async def _read_shadowed(self, rows: builtins.list[Any]) -> None:
        """Fields named like a row key (``rowId``): their values, from the value records."""
        shadowed = self._row_model.shadowed
        gate = asyncio.Semaphore(_SHADOWED_READS)

        async def read(row: Any) -> None:
            async with gate:
                records = await self._api.value_records(self.id, row.id)
            values = {plain_id(record.get("fieldId")): record.get("value") for record in records}
            for field, attribute in shadowed:
                if field.id in values:
                    setattr(row, attribute, field.converter.read(values[field.id]))

        await asyncio.gather(*(read(row) for row in rows if row.id is not None))


def check_count(name: str, number: int, low: int, high: int | None = None) -> None:
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValueError(f"{name} must be an int, got {number!r}")
    if number < low or (high is not None and number > high):
        upper = "" if high is None else f" to {high}"
        raise ValueError(f"{name} must be from {low}{upper}, got {number}")
