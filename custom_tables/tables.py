"""``Table``: one custom table's rows, read and written through its live structure."""

from __future__ import annotations

import asyncio
import builtins
import contextlib
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any, Generic

from . import importing
from .api import MAX_PAGE_SIZE, Record, WireValues
from .errors import IncompleteRowError, ModelMismatchError, UnknownFieldError, ValidationError
from .importing import ImportReport, ImportResult
from .lookups import Criteria, TableIndex, criteria
from .reading import complete_rows, read_shadowed
from .results import CreateResult, RowT, UpsertResult
from .rows import (
    RowModel,
    field_values,
    missing_values,
    row_input,
    values_for_create,
    values_for_update,
)
from .structure import FieldInfo, TableInfo
from .structures import Structures


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
        self._index = TableIndex[RowT](
            self.id, structures.writes, self._scan, index_ttl, structures.clock
        )
        self._reported: set[str] = set()  # incomplete rows already logged

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

    async def _readable(self) -> RowModel:
        """The current row model, if rows read with it would be true (else ModelMismatchError)."""
        row_model = await self._current()
        if row_model.unreadable:
            drift = {name: row_model.drift[name] for name in sorted(row_model.unreadable)}
            raise ModelMismatchError(self.name, row_model.model, drift)
        return row_model

    async def _values(self, convert: Callable[[RowModel, Any], WireValues], row: Any) -> WireValues:
        """``convert`` the row input; a field it does not know re-reads the structure once."""
        row_model = await self._readable()
        try:
            return convert(row_model, row)
        except UnknownFieldError:
            return convert(await self._current(reload=True), row)

    # ---- conversions (no requests) ----
    def from_wire(self, record: Mapping[str, Any]) -> RowT:
        """A row from a flat wire record (unknown keys go to ``extra``; a field named like a
        row key, e.g. ``rowId``, gets its default: reads fill it from the value records)."""
        row: RowT = self._row_model.build(record)
        return row

    def to_wire(self, row_or_values: RowT | Mapping[str, Any]) -> dict[str, Any]:
        """``{field name: wire value}`` of a row or dict, validated like an update."""
        return {f.name: value for f, value in values_for_update(self._row_model, row_or_values)}

    # ---- reads ----
    async def list(self, *, skip: int = 0, limit: int = 50) -> builtins.list[RowT]:
        """One page: the rows ``skip`` .. ``skip + limit`` (``limit`` 1..100, like the API);
        with a frozen class, incomplete rows (``IncompleteRowError``) are left out, logged."""
        check_count("skip", skip, 0)
        check_count("limit", limit, 1, MAX_PAGE_SIZE)
        await self._readable()
        return await self._rows(await self._api.list_rows(self.name, skip=skip, limit=limit))

    def iterate(self, *, page_size: int = 100) -> AsyncIterator[RowT]:
        """Every row, one page in memory at a time; ``ValueError`` at once unless ``page_size``
        is 1..100 (like ``pos.<resource>.iterate``); incomplete rows as in ``list``."""
        return self._iterate(self._api.iterate_rows(self.name, page_size))

    async def _iterate(self, records: AsyncIterator[Record]) -> AsyncIterator[RowT]:
        await self._readable()
        async for record in records:
            for row in await self._rows([record]):
                yield row

    async def get(self, row_id: str) -> RowT:
        """The row; ``IncompleteRowError`` if it lacks a value its frozen class requires."""
        await self._readable()
        return await self._row(await self._api.get_row(self.name, row_id), row_id)

    async def incomplete_rows(self) -> builtins.list[IncompleteRowError]:
        """The rows lacking a value the table (or frozen class) requires, by one full read; e.g.
        left by a create whose answer was lost: fix them with ``update``, or ``delete`` them."""
        row_model = await self._readable()
        found = []
        async for record in self._api.iterate_rows(self.name, MAX_PAGE_SIZE):
            row = row_model.build(record)
            if missing := missing_values(row_model, row):
                found.append(IncompleteRowError(self.name, row.id, missing, record))
        return found

    # ---- writes ----
    async def create(self, row: RowT | Mapping[str, Any]) -> RowT:
        """Create a row from a dict or a row instance; all values or nothing.

        A row that could not be completed (a value write failed, or reading it back did) is
        deleted again; if that fails too, the error carries ``row_id`` and a note saying the
        row may be incomplete.
        """
        values = await self._values(values_for_create, row)
        row_id, record = await self._api.create_row_with_values(self.id, self.name, values)
        try:
            if record is None or self._row_model.shadowed:
                record = await self._api.read_back(self.name, row_id)
            created = await self._row(record, row_id)
        except Exception as error:
            error.row_id = row_id  # type: ignore[attr-defined]
            note = self._api.delete_again(self.name, row_id, "reading it back failed")
            error.add_note(await asyncio.shield(note))
            raise
        self._index.wrote(lambda index: index.put(created))
        return created

    async def update(self, row_id: str, changes: RowT | Mapping[str, Any]) -> RowT:
        """Change only the given fields of a row; returns the row as stored."""
        values = await self._values(values_for_update, changes)
        await self._api.update_row(self.id, self.name, row_id, values)
        updated = await self.get(row_id)
        self._index.wrote(lambda index: index.put(updated))
        return updated

    async def delete(self, row_id: str) -> None:
        await self._api.delete_row(row_id)
        self._index.wrote(lambda index: index.remove(row_id))

    async def create_many(
        self,
        rows: Iterable[RowT | Mapping[str, Any]],
        *,
        concurrency: int = 8,
        key: Sequence[str] = (),
        on_result: Callable[[CreateResult[RowT]], None] | None = None,
    ) -> builtins.list[CreateResult[RowT]]:
        """Create many rows, ``concurrency`` at a time; one result per row, in input order.

        Every row is all or nothing (``create``): a failed row leaves nothing behind and its
        result holds the error (with ``row_id`` and a note when a row may exist). Nothing is
        retried here beyond the client's own retries, so no row is written twice. Every row is
        checked before the first request: bad input raises ``ValidationError`` (with a note
        naming the row's index) and sends nothing. ``on_result`` is called as rows finish.
        With ``key`` (field names), each row is an ``upsert`` matching on those fields.
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
        given = builtins.list(rows)
        for index, row in enumerate(given):
            try:
                await self._values(values_for_create, row)
                if key:
                    _split(self.name, row_input(self.name, row), key)
            except ValidationError as error:
                error.add_note(f"row {index} of the rows given to create_many; nothing was sent")
                raise
        gate = asyncio.Semaphore(concurrency)

        async def one(index: int, row: RowT | Mapping[str, Any]) -> CreateResult[RowT]:
            async with gate:
                try:
                    if key:
                        match, values = _split(self.name, row_input(self.name, row), key)
                        done = await self.upsert(match=match, values=values)
                        result = CreateResult[RowT](index, row=done.row, created=done.created)
                    else:
                        result = CreateResult[RowT](index, row=await self.create(row))
                except Exception as error:
                    result = CreateResult[RowT](index, error=error, created=False)
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
        given = builtins.list(rows)
        row_model = await self._readable()
        if importing.unknown_names(row_model, given, importing.row_id_key(self)):
            row_model = await self._current(reload=True)  # maybe new fields: read them once
        return await importing.import_rows(
            self,
            row_model,
            given,
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
        through any ``Table`` of the same ``CustomTables`` show at once; others' after a refresh.
        """
        keys, wanted, _ = await self._criteria(criteria)
        return (await self._index.current()).lookup(keys, wanted)

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
        groups: dict[Any, builtins.list[RowT]] = {}
        for row in (await self._index.current()).rows.values():
            groups.setdefault(getattr(row, attribute), []).append(row)
        return groups

    async def refresh_index(self) -> None:
        """Read the whole table again for ``find`` (one scan)."""
        self._index.invalidate()
        await self._index.current()

    async def upsert(
        self, *, match: Mapping[str, Any], values: Mapping[str, Any]
    ) -> UpsertResult[RowT]:
        """Update the row matching ``match`` with ``values``, or create it from both.

        Upserts with the same match, through any ``Table`` of the same ``CustomTables``, run
        one at a time: concurrent ones leave one row. (Other processes are not serialized.)
        """
        async with self.holding(**match):
            found = await self.find_one(**match)
            if found is None:
                return UpsertResult(await self.create({**match, **values}), created=True)
            row_id: str = getattr(found, "id")  # noqa: B009 (RowT is any row class)
            return UpsertResult(await self.update(row_id, values), created=False)

    @contextlib.asynccontextmanager
    async def holding(self, **match: Any) -> AsyncIterator[None]:
        """Hold the lock ``upsert`` takes for this match (other matches are not held up)."""
        _, _, wire = await self._criteria(match)
        async with self._structures.locks.hold((self.id, wire)):
            yield

    async def _criteria(self, given: Mapping[str, Any]) -> Criteria:
        try:
            return criteria(self._row_model, given)
        except UnknownFieldError:
            return criteria(await self._current(reload=True), given)

    async def _scan(self) -> builtins.list[RowT]:
        return [row async for row in self.iterate(page_size=MAX_PAGE_SIZE)]

    # ---- wire records → rows ----
    async def _row(self, record: Record, row_id: str) -> RowT:
        (row,) = await self._rows([record], strict=True)
        row.id = row_id  # type: ignore[attr-defined]  # even if a field hid the row id key
        return row

    async def _rows(
        self, records: builtins.list[Record], *, strict: bool = False
    ) -> builtins.list[RowT]:
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
            await read_shadowed(self._api, self.id, self._row_model.shadowed, rows)
        if self._frozen is None:  # run-time rows promise no type: a missing value reads None
            return rows
        return complete_rows(self.name, self._row_model, rows, records, self._reported, strict)


def _split(
    table: str, given: Mapping[Any, Any], key: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(match, values)`` of a row for an upsert on the ``key`` fields."""
    match = {name: given.get(name) for name in key}
    for name, value in match.items():
        if value is None:
            raise ValidationError(table, name, "a key field needs a value in every row")
    return match, {name: value for name, value in given.items() if name not in match}


def check_count(name: str, number: int, low: int, high: int | None = None) -> None:
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValueError(f"{name} must be an int, got {number!r}")
    if number < low or (high is not None and number > high):
        upper = "" if high is None else f" to {high}"
        raise ValueError(f"{name} must be from {low}{upper}, got {number}")
