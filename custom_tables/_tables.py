"""``CustomTables``: the entry point, holding the structure cache of one API client."""

from __future__ import annotations

import asyncio
from typing import Any

from ._cache import SingleFlightCache
from ._close_names import close_names
from ._customers import attach_custom_tables, rows_of_customer
from ._errors import TableNotFoundError
from ._model import RowModel, build_row_model
from ._structure import TableInfo, parse_field, parse_table, structure_version
from ._table import Table
from ._wire import CustomTablesWire, RequestingClient

_TABLES_KEY = "tables"


class CustomTables:
    """Typed access to a company's custom tables through a ``final_pos_client.FinalPOS``.

    Table structures are cached for ``ttl`` seconds; concurrent first uses of a table share one
    structure fetch, and a row model is built once per structure version.
    """

    def __init__(self, pos: RequestingClient, ttl: float = 300.0) -> None:
        self._wire = CustomTablesWire(pos)
        self._cache: SingleFlightCache[Any] = SingleFlightCache(ttl)
        self._tables: dict[str, Table] = {}
        self._models: dict[tuple[Any, ...], RowModel] = {}
        self._warned: set[tuple[str, str, str]] = set()

    async def names(self) -> list[str]:
        return [info.name for info in await self._table_infos()]

    async def table(self, name_or_id: str) -> Table:
        """The table with that name (or id); :class:`TableNotFoundError` suggests close names."""
        was_cached = self._cache.peek(_TABLES_KEY) is not None
        info = _find(await self._table_infos(), name_or_id)
        if info is None and was_cached:  # maybe created since: look once more
            self._cache.invalidate(_TABLES_KEY)
            info = _find(await self._table_infos(), name_or_id)
        if info is None:
            names = [table.name for table in await self._table_infos()]
            raise TableNotFoundError(name_or_id, close_names(name_or_id, names))
        return await self._table_for(info)

    async def tables(self) -> list[Table]:
        """Every table with its structure (one fields request per table not cached yet)."""
        infos = await self._table_infos()
        return list(await asyncio.gather(*(self._table_for(info) for info in infos)))

    async def refresh(self, name: str | None = None) -> None:
        """Forget cached structure (of one table, or all) and load it again now."""
        if name is not None:
            table = await self.table(name)
            self._cache.invalidate(_TABLES_KEY)
            await self._reload(table)
            return
        self._cache.invalidate()
        infos = await self._table_infos()
        for table_id in list(self._tables):
            if _find(infos, table_id) is None:  # gone from the server
                del self._tables[table_id]
        await asyncio.gather(*(self._table_for(info) for info in infos if info.id in self._tables))

    async def rows_for_customer(self, customer_id: str) -> dict[str, list[Any]]:
        """``{table name: rows}`` for every table with a field referencing customers."""
        return await rows_of_customer(await self.tables(), customer_id)

    async def customer(self, customer_id: str) -> Any:
        """The generated customer model, with its linked rows in ``.custom_tables``."""
        customer, linked = await asyncio.gather(
            self._wire.get_customer(customer_id), self.rows_for_customer(customer_id)
        )
        return attach_custom_tables(customer, linked)

    # ---- structure loading ----
    async def _table_infos(self) -> list[TableInfo]:
        infos: list[TableInfo] = await self._cache.get(_TABLES_KEY, self._load_table_infos)
        return infos

    async def _load_table_infos(self) -> list[TableInfo]:
        return [parse_table(record) for record in await self._wire.list_tables()]

    async def _table_for(self, info: TableInfo) -> Table:
        row_model = await self._row_model(info)
        table = self._tables.get(info.id)
        if table is None:
            table = Table(self._wire, info, row_model, reload=self._reload, fresh=self._fresh)
            self._tables[info.id] = table
        else:
            table.use_structure(info, row_model)
        return table

    async def _fresh(self, table: Table) -> None:
        """Reload a table's structure if its cache entry expired (no request while fresh)."""
        if self._cache.peek(("fields", table.id)) is None:
            await self._table_for(self._info_of(table))

    def _info_of(self, table: Table) -> TableInfo:
        info = _find(self._cache.peek(_TABLES_KEY) or [], table.id)
        return info or TableInfo(table.id, table.name, table.description)

    async def _reload(self, table: Table) -> None:
        self._cache.invalidate(("fields", table.id))
        await self._table_for(self._info_of(table))

    async def _row_model(self, info: TableInfo) -> RowModel:
        async def load() -> RowModel:
            records = await self._wire.list_fields(info.id)
            fields = tuple(parse_field(record) for record in records)
            version = (info.name, structure_version(fields))
            model = self._models.get(version)
            if model is None:
                model = self._models[version] = build_row_model(info.name, fields, self._warned)
            return model

        row_model: RowModel = await self._cache.get(("fields", info.id), load)
        return row_model


def _find(infos: list[TableInfo], name_or_id: str) -> TableInfo | None:
    for info in infos:
        if info.name == name_or_id:
            return info
    for info in infos:
        if info.id == name_or_id:
            return info
    return None
