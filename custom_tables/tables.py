"""``CustomTables`` (the entry point, holding the structure cache) and ``Table`` (one table)."""

from __future__ import annotations

import asyncio
import builtins
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar, overload

import attrs

from .api import MAX_PAGE_SIZE, CustomTablesAPI, Record
from .cache import SingleFlightCache
from .customers import (
    CustomerModel,
    ObservedKeys,
    customer_model,
    iterate_customers,
    linked_tables,
    rows_of,
    with_rows,
)
from .errors import TableNotFoundError, ValidationError
from .fields import WrongValue
from .lookups import RowIndex
from .names import close_names
from .rows import (
    FIELD_TYPE,
    WIRE_NAME,
    RowModel,
    build_row_model,
    row_input,
    values_for_create,
    values_for_update,
)
from .structure import (
    FieldInfo,
    TableInfo,
    parse_field,
    parse_table,
    plain_id,
    structure_version,
)

if TYPE_CHECKING:
    import datetime

    from final_pos_client import FinalPOS

_TABLES_KEY = "tables"
_ROWS_KEY = "rows"
# Value-record reads in flight for a page of a table with shadowed fields.
_SHADOWED_READS = 8


class Row(Protocol):
    """A row of a run-time model: the fixed attributes, plus one attribute per field.

    Rows read from a table always have their ``id`` (only a row you construct has None).
    """

    __attrs_attrs__: ClassVar[tuple[attrs.Attribute[Any], ...]]
    id: str
    created_at: datetime.datetime | datetime.date | None
    updated_at: datetime.datetime | datetime.date | None
    extra: dict[str, Any]

    def __init__(self, **values: Any) -> None: ...

    def __getattr__(self, name: str) -> Any: ...


RowT = TypeVar("RowT")


class ModelMismatchError(TypeError):
    """A frozen row class that no longer matches the table's live structure."""

    def __init__(self, table: str, model: type, drifted: Mapping[str, str]) -> None:
        details = "; ".join(f"{name}: {problem}" for name, problem in drifted.items())
        super().__init__(
            f"{model.__name__} does not match the live structure of custom table {table!r} "
            f"({details}); freeze it again"
        )
        self.table = table
        self.drifted = dict(drifted)


@attrs.frozen
class UpsertResult(Generic[RowT]):
    row: RowT
    created: bool

    @property
    def action(self) -> Literal["created", "updated"]:
        return "created" if self.created else "updated"


@attrs.frozen
class CreateResult(Generic[RowT]):
    """One row of ``create_many``: the created row, or the error (nothing of it was kept)."""

    index: int
    row: RowT | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Structures:
    """The structure of every table, cached with a TTL; one row model per structure version."""

    def __init__(self, api: CustomTablesAPI, ttl: float) -> None:
        self.api = api
        self.cache: SingleFlightCache[Any] = SingleFlightCache(ttl)
        self._models: dict[tuple[Any, ...], RowModel] = {}
        self.warned: set[tuple[str, str, str]] = set()

    async def infos(self) -> builtins.list[TableInfo]:
        async def load() -> builtins.list[TableInfo]:
            return [parse_table(record) for record in await self.api.list_tables()]

        infos: builtins.list[TableInfo] = await self.cache.get(_TABLES_KEY, load)
        return infos

    def info(self, table_id: str, fallback: TableInfo) -> TableInfo:
        return _find(self.cache.peek(_TABLES_KEY) or [], table_id) or fallback

    async def row_model(
        self, info: TableInfo, model: type[Any] | None = None, *, reload: bool = False
    ) -> RowModel:
        if reload:
            self.cache.invalidate(("fields", info.id))

        async def load() -> tuple[FieldInfo, ...]:
            return tuple(parse_field(record) for record in await self.api.list_fields(info.id))

        fields: tuple[FieldInfo, ...] = await self.cache.get(("fields", info.id), load)
        version = (info.name, structure_version(fields), model)
        row_model = self._models.get(version)
        if row_model is None:
            if model is not None:
                check_model(info.name, fields, model)
            row_model = self._models[version] = build_row_model(info.name, fields, model)
        return row_model

    def warn_unknown_types(self, row_model: RowModel) -> None:
        for field in row_model.fields:
            key = (row_model.table, field.name, field.type)
            if not field.converter.known and key not in self.warned:
                self.warned.add(key)
                warnings.warn(
                    f"custom table {row_model.table!r}, field {field.name!r}: unknown type "
                    f"{field.type!r}; values are passed through unchanged",
                    stacklevel=4,
                )


def check_model(table: str, fields: tuple[FieldInfo, ...], model: type[Any]) -> None:
    """``ModelMismatchError`` naming the fields where ``model`` and the live structure differ."""
    if not attrs.has(model):
        raise TypeError(f"model must be a frozen row class (attrs), got {model!r}")
    declared = {
        attribute.metadata[WIRE_NAME]: attribute.metadata.get(FIELD_TYPE)
        for attribute in attrs.fields(model)
        if WIRE_NAME in attribute.metadata
    }
    live = {field.name: field.type for field in fields}
    drifted: dict[str, str] = {}
    for name, type_name in live.items():
        if name not in declared:
            drifted[name] = "new in the table"
        elif declared[name] != type_name:
            drifted[name] = f"type is {type_name!r} now, {declared[name]!r} in the class"
    for name in declared.keys() - live.keys():
        drifted[name] = "no longer in the table"
    built = build_row_model(table, fields)
    names = [attribute.name for attribute in attrs.fields(model)]
    if not drifted and names != [attribute.name for attribute in attrs.fields(built.model)]:
        drifted["*"] = "attribute names differ"
    if drifted:
        raise ModelMismatchError(table, model, drifted)


class Table(Generic[RowT]):
    """Returned by ``await tables.table(name)``; ``model`` is the row class.

    ``Table[Row]`` for the run-time class, ``Table[LoyaltyPointsRow]`` with ``model=`` a frozen
    class. Reads and writes refresh the structure when its cache entry expired (no request
    while it is fresh).
    """

    def __init__(
        self,
        structures: _Structures,
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
        _check_count("skip", skip, 0)
        _check_count("limit", limit, 1, MAX_PAGE_SIZE)
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


class CustomTables:
    """Typed access to a company's custom tables through a ``final_pos_client.FinalPOS``.

    Table structures are cached for ``ttl`` seconds; concurrent first uses of a table share one
    structure fetch, and a row model is built once per structure version. ``find`` serves
    lookups from a full read at most ``index_ttl`` seconds old.
    """

    def __init__(self, pos: FinalPOS, ttl: float = 300.0, *, index_ttl: float = 60.0) -> None:
        self._structures = _Structures(CustomTablesAPI(pos), ttl)
        self._index_ttl = index_ttl
        self._tables: dict[tuple[str, type[Any] | None], Table[Any]] = {}
        self._customer_keys = ObservedKeys()

    @property
    def api(self) -> CustomTablesAPI:
        return self._structures.api

    async def names(self) -> builtins.list[str]:
        return [info.name for info in await self._structures.infos()]

    @overload
    async def table(self, name_or_id: str) -> Table[Row]: ...

    @overload
    async def table(self, name_or_id: str, *, model: type[RowT]) -> Table[RowT]: ...

    async def table(self, name_or_id: str, *, model: type[Any] | None = None) -> Table[Any]:
        """The table with that name (or id); :class:`TableNotFoundError` suggests close names.

        With ``model`` (a class written by ``freeze``), rows are instances of it, after a check
        that it still matches the live structure (:class:`ModelMismatchError` otherwise).
        """
        table = await self._table_for(await self._info(name_or_id), model)
        self._structures.warn_unknown_types(table.row_model)
        return table

    async def tables(self) -> builtins.list[Table[Row]]:
        """Every table with its structure (one fields request per table not cached yet)."""
        infos = await self._structures.infos()
        return builtins.list(await asyncio.gather(*(self._table_for(info) for info in infos)))

    async def refresh(self, name: str | None = None) -> None:
        """Forget cached structure (of one table, or all) and load it again now."""
        if name is not None:
            info = await self._info(name)
            self._structures.cache.invalidate(_TABLES_KEY)
            self._structures.cache.invalidate(("fields", info.id))
            await self._table_for(info)
            return
        self._structures.cache.invalidate()
        infos = await self._structures.infos()
        live = {info.id for info in infos}
        for key in [key for key in self._tables if key[0] not in live]:
            del self._tables[key]  # gone from the server
        models = builtins.list(self._tables)
        await asyncio.gather(
            *(self._table_for(info, model) for info in infos for i, model in models if i == info.id)
        )

    async def rows_for_customer(self, customer_id: str) -> dict[str, builtins.list[Any]]:
        """``{table name: rows}`` for every table with a field referencing customers."""
        linked = await self.linked_tables()
        found = await asyncio.gather(*(rows_of(table, customer_id) for table in linked))
        return {table.name: rows for table, rows in zip(linked, found, strict=True)}

    async def customer(self, customer_id: str) -> Any:
        """The customer, as the run-time customer model: the generated ``Customer`` fields,
        one attribute per linked table (``customer.loyalty_points``), ``custom_tables``, and
        one typed attribute per customer-level key seen (``customer.loyalty_tier``)."""
        linked = await self.linked_tables()
        customer, *rows = await asyncio.gather(
            self.api.get_customer(customer_id), *(rows_of(t, customer_id) for t in linked)
        )
        return with_rows(customer, linked, rows, self._model_for(linked)(customer))

    def iterate_customers(self, *, page_size: int = 100) -> AsyncIterator[Any]:
        """Every customer with its rows: one full read per linked table, not one per customer."""

        async def each() -> AsyncIterator[Any]:
            linked = await self.linked_tables()
            customers = self.api.pos.customers.iterate(page_size=page_size)
            async for customer in iterate_customers(customers, linked, self._model_for(linked)):
                yield customer

        return each()

    async def customer_model(self, *, sample: int = 0) -> type[Any]:
        """The run-time customer class for the current structure and the customer-level keys
        seen so far (one class per both); ``sample``: read that many customers first."""
        return (await self.customer_model_info(sample=sample)).model

    async def customer_model_info(self, *, sample: int = 0) -> CustomerModel:
        """The customer class with its table and key attributes (what ``freeze`` writes)."""
        _check_count("sample", sample, 0)
        if sample:
            page = await self.api.pos.customers.list(limit=min(sample, MAX_PAGE_SIZE))
            remaining = sample
            while True:
                for customer in page[:remaining]:
                    self._customer_keys.observe(customer)
                remaining -= len(page)
                if remaining <= 0 or not page.has_next_page():
                    break
                page = await page.next_page()
        return customer_model(await self.linked_tables(), self._customer_keys.types)

    def _model_for(self, linked: builtins.list[Table[Row]]) -> Callable[[Any], CustomerModel]:
        """Observes a customer's keys; the model for them (a new key: a new model at once)."""

        def model_for(customer: Any) -> CustomerModel:
            return customer_model(linked, self._customer_keys.observe(customer))

        return model_for

    async def linked_tables(self) -> builtins.list[Table[Row]]:
        """The tables with a field referencing customers."""
        return linked_tables(await self.tables())

    async def _info(self, name_or_id: str) -> TableInfo:
        was_cached = self._structures.cache.peek(_TABLES_KEY) is not None
        info = _find(await self._structures.infos(), name_or_id)
        if info is None and was_cached:  # maybe created since: look once more
            self._structures.cache.invalidate(_TABLES_KEY)
            info = _find(await self._structures.infos(), name_or_id)
        if info is None:
            names = [table.name for table in await self._structures.infos()]
            raise TableNotFoundError(name_or_id, close_names(name_or_id, names))
        return info

    async def _table_for(self, info: TableInfo, model: type[Any] | None = None) -> Table[Any]:
        row_model = await self._structures.row_model(info, model)
        table = self._tables.get((info.id, model))
        if table is None:
            table = Table(self._structures, info, row_model, model=model, index_ttl=self._index_ttl)
            self._tables[(info.id, model)] = table
        else:
            table.use_structure(info, row_model)
        return table


def _find(infos: Iterable[TableInfo], name_or_id: str) -> TableInfo | None:
    infos = builtins.list(infos)
    for info in infos:
        if info.name == name_or_id:
            return info
    for info in infos:
        if info.id == name_or_id:
            return info
    return None


def _check_count(name: str, number: int, low: int, high: int | None = None) -> None:
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValueError(f"{name} must be an int, got {number!r}")
    if number < low or (high is not None and number > high):
        upper = "" if high is None else f" to {high}"
        raise ValueError(f"{name} must be from {low}{upper}, got {number}")
