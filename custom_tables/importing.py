"""Imports that can be run again: rows checked all at once, then created, updated or skipped.

A row is matched to a stored row by its row id (the ``rowId`` column of an export) when that
row still exists, else by ``key`` (field names; through the table's lookup index). A matched
row is updated with the fields that differ, or skipped when none differ (``resume``: skipped
whatever its values); an unmatched row is created. Rows with a key are written under the
lock ``upsert`` takes for the same match (``Table.holding``), so concurrent upserts and imports
in this process leave one row per key.

Three phases, so that a bad file writes nothing: every row is checked against the structure
(no request), then matched (reads only), then written, ``concurrency`` rows at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal

import attrs

from .errors import ImportRowsError, RowProblem, ValidationError
from .results import RowT
from .rows import ROW_ID_KEYS, RowModel, is_row, row_input, values_for_update
from .structure import plain_id

if TYPE_CHECKING:
    from .tables import Table

Action = Literal["created", "updated", "skipped", "failed"]
ACTIONS: tuple[Action, ...] = ("created", "updated", "skipped", "failed")
_ABSENT = object()


@attrs.frozen
class ImportResult(Generic[RowT]):
    """One row of an import: what was done, the row as stored, or the error."""

    index: int
    action: Action
    row: RowT | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@attrs.frozen
class ImportReport(Generic[RowT]):
    """The results of an import, one per row in input order."""

    results: list[ImportResult[RowT]]

    def count(self, action: Action) -> int:
        return sum(1 for result in self.results if result.action == action)

    @property
    def failed(self) -> list[ImportResult[RowT]]:
        return [result for result in self.results if not result.ok]

    def summary(self) -> str:
        """``3 created, 1 updated, 0 skipped, 0 failed``."""
        return ", ".join(f"{self.count(action)} {action}" for action in ACTIONS)


def row_id_key(table: Table[Any]) -> str | None:
    """The key of the row id in import and export rows: the first row id key that is no
    field's name (``rowId``, or ``_id`` when a field is named ``rowId``)."""
    names = {field.name for field in table.fields}
    return next((key for key in ROW_ID_KEYS if key not in names), None)


@attrs.frozen
class _Planned:
    index: int
    given: Mapping[Any, Any]  # field values, without the row id
    wire: dict[str, Any]  # {field name: wire value} of the given values
    names: dict[Any, str]  # {given key: field name}
    row_id: str | None
    match: dict[str, Any] | None  # {key field: value}


def parse_key(key: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"a,b"`` or ``["a", "b"]`` → ``("a", "b")``; None → ``()``."""
    if key is None or len(key) == 0:
        return ()
    names = key.split(",") if isinstance(key, str) else list(key)
    names = [name.strip() for name in names]
    if not names or not all(isinstance(name, str) and name for name in names):
        raise ValueError(f"key must name one or more fields, got {key!r}")
    return tuple(names)


async def import_rows(
    table: Table[RowT],
    row_model: RowModel,
    rows: Iterable[RowT | Mapping[str, Any]],
    *,
    key: str | Sequence[str] | None = None,
    resume: bool = False,
    concurrency: int = 8,
    on_result: Callable[[ImportResult[RowT]], None] | None = None,
) -> ImportReport[RowT]:
    """See ``Table.import_rows``."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
    key_fields = _key_fields(table, row_model, parse_key(key))
    if resume and not key_fields:
        raise ValueError("resume needs a key: the fields that say a row is already there")
    planned = _check(table, row_model, list(rows), key_fields)
    existing = await _match_all(table, row_model, planned, resume=resume)
    gate = asyncio.Semaphore(concurrency)

    async def one(item: _Planned) -> ImportResult[RowT]:
        async with gate:
            try:
                result = await _write(table, item, existing.get(item.index), resume=resume)
            except Exception as error:
                result = ImportResult[RowT](item.index, "failed", error=error)
        if on_result is not None:
            on_result(result)
        return result

    return ImportReport(list(await asyncio.gather(*(one(item) for item in planned))))


def check_rows(
    table: Table[Any],
    row_model: RowModel,
    rows: Sequence[Any],
    key: str | Sequence[str] | None = None,
) -> None:
    """Check every row against the structure, sending nothing: :class:`ImportRowsError` lists
    every problem (``import_rows`` does this first)."""
    _check(table, row_model, list(rows), _key_fields(table, row_model, parse_key(key)))


def unknown_names(row_model: RowModel, rows: Sequence[Any], id_key: str | None) -> set[Any]:
    """The keys of dict rows that name no field (the structure may have grown since it was
    read)."""
    known = {*(field.name for field in row_model.fields), *row_model.attributes, id_key}
    return {name for row in rows if isinstance(row, Mapping) for name in row} - known


def _key_fields(table: Table[Any], row_model: RowModel, names: tuple[str, ...]) -> tuple[str, ...]:
    """The wire names of the key fields (given by wire or attribute name)."""
    by_name = {field.name: field.name for field in row_model.fields}
    by_name.update(
        (attribute, field.name)
        for field, attribute in zip(row_model.fields, row_model.attributes, strict=True)
    )
    unknown = [name for name in names if name not in by_name]
    if unknown:
        known = ", ".join(repr(field.name) for field in row_model.fields) or "none"
        raise ValidationError(table.name, unknown[0], f"unknown key field; the fields are {known}")
    return tuple(dict.fromkeys(by_name[name] for name in names))


def _check(
    table: Table[Any], row_model: RowModel, rows: list[Any], key_fields: tuple[str, ...]
) -> list[_Planned]:
    """Every row checked against the structure (no request); all problems raised together."""
    problems: list[RowProblem] = []
    planned: list[_Planned] = []
    id_key = row_id_key(table)
    first_with: dict[tuple[Any, ...], int] = {}
    for index, row in enumerate(rows):
        found = _check_row(table, row_model, index, row, id_key, key_fields)
        if isinstance(found, list):
            problems.extend(found)
            continue
        planned.append(found)
        for identity in _identities(found, key_fields):
            earlier = first_with.setdefault(identity, index)
            if earlier != index:
                what = "row id" if identity[0] == "id" else "key"
                problems.append(
                    RowProblem(index, None, f"the same {what} as an earlier row", earlier)
                )
    for item in planned:
        if item.row_id is None and item.match is None:
            problems.extend(_missing_required(row_model, item))
    if problems:
        raise ImportRowsError(table.name, sorted(problems, key=lambda p: p.index))
    return planned


def _check_row(
    table: Table[Any],
    row_model: RowModel,
    index: int,
    row: Any,
    id_key: str | None,
    key_fields: tuple[str, ...],
) -> _Planned | list[RowProblem]:
    try:
        # None is "not given", like an empty CSV cell
        given = {
            name: value for name, value in row_input(table.name, row).items() if value is not None
        }
    except ValidationError as error:
        return [RowProblem(index, None, error.problem)]
    row_id = getattr(row, "id", None) if is_row(row) else None
    problems: list[RowProblem] = []
    if id_key is not None and id_key in given:
        raw = given.pop(id_key)
        row_id = plain_id(raw)
        if row_id is None or not row_id:
            problems.append(RowProblem(index, id_key, f"not a row id: {raw!r}"))
    wire: dict[str, Any] = {}
    names: dict[Any, str] = {}
    for name, value in given.items():
        try:
            for field, checked in values_for_update(row_model, {name: value}):
                if field.name in wire:
                    raise ValidationError(table.name, field.name, f"given twice (also as {name!r})")
                wire[field.name] = checked
                names[name] = field.name
        except ValidationError as error:
            problems.append(RowProblem(index, error.field, error.problem))
    if problems:
        return problems
    match = None
    if key_fields:
        missing = [name for name in key_fields if name not in wire]
        if missing:
            return [RowProblem(index, name, "key field is missing") for name in missing]
        match = {name: wire[name] for name in key_fields}
    return _Planned(index, given, wire, names, row_id, match)


def _identities(item: _Planned, key_fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    identities: list[tuple[Any, ...]] = []
    if item.row_id is not None:
        identities.append(("id", item.row_id))
    if item.match is not None:
        identities.append(("key", *(item.match[name] for name in key_fields)))
    return identities


def _missing_required(row_model: RowModel, item: _Planned) -> list[RowProblem]:
    return [
        RowProblem(item.index, field.name, "required field is missing")
        for field in row_model.fields
        if field.required and not field.has_default and field.name not in item.wire
    ]


async def _match_all(
    table: Table[RowT], row_model: RowModel, planned: list[_Planned], *, resume: bool
) -> dict[int, RowT]:
    """``{index: stored row}`` of the rows that match one (reads only); rows that would be
    created must be complete, and a key matching several rows is refused, all before writing."""
    existing: dict[int, RowT] = {}
    problems: list[RowProblem] = []
    for item in planned:
        if item.row_id is None and item.match is None:
            continue
        try:
            found = await _find(table, item)
        except LookupError as error:
            problems.append(RowProblem(item.index, None, str(error)))
            continue
        if found is None:
            problems.extend(_missing_required(row_model, item))
        else:
            existing[item.index] = found
    if problems:
        raise ImportRowsError(table.name, problems)
    return existing


async def _find(table: Table[RowT], item: _Planned) -> RowT | None:
    if item.row_id is not None:
        found = await table.find_one(id=item.row_id)
        if found is not None or item.match is None:
            return found
    assert item.match is not None
    return await table.find_one(**item.match)


async def _write(
    table: Table[RowT], item: _Planned, found: RowT | None, *, resume: bool
) -> ImportResult[RowT]:
    if item.match is None:
        return await _apply(table, item, found, resume=resume)
    async with table.holding(**item.match):
        # Another write in this process may have created or changed it since the match.
        found = await _find(table, item)
        return await _apply(table, item, found, resume=resume)


async def _apply(
    table: Table[RowT], item: _Planned, found: RowT | None, *, resume: bool
) -> ImportResult[RowT]:
    if found is None:
        values = dict(item.given)
        return ImportResult(item.index, "created", row=await table.create(values))
    if resume:
        return ImportResult(item.index, "skipped", row=found)
    stored = table.to_wire(found)
    changed = {
        name: value
        for name, value in item.given.items()
        if stored.get(item.names[name], _ABSENT) != item.wire[item.names[name]]
    }
    if not changed:
        return ImportResult(item.index, "skipped", row=found)
    row_id: str = getattr(found, "id")  # noqa: B009 (RowT is any row class)
    return ImportResult(item.index, "updated", row=await table.update(row_id, changed))
