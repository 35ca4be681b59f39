"""``CustomTables``: the entry point, holding the structure cache and the open tables."""

from __future__ import annotations

import asyncio
import builtins
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from final_pos_client.models import Customer

from .api import MAX_PAGE_SIZE, CustomTablesAPI
from .customers import (
    CustomerModel,
    ObservedKeys,
    customer_model,
    frozen_links,
    iterate_customers,
    linked_tables,
    rows_of,
    with_rows,
)
from .errors import TableNotFoundError
from .names import close_names
from .results import Row, RowT
from .structure import TableInfo
from .structures import TABLES_KEY, Structures, fields_key, find_table
from .tables import Table, check_count

if TYPE_CHECKING:
    from final_pos_client import FinalPOS

CustomerT = TypeVar("CustomerT", bound=Customer)


class CustomTables:
    """Typed access to a company's custom tables through a ``final_pos_client.FinalPOS``.

    Table structures are cached for ``ttl`` seconds (of ``clock``, ``time.monotonic`` unless
    given); concurrent first uses of a table share one structure fetch, and a row model is
    built once per structure version. ``find`` serves lookups from a full read at most
    ``index_ttl`` seconds old (of the same ``clock``).
    """

    def __init__(
        self,
        pos: FinalPOS,
        ttl: float = 300.0,
        *,
        index_ttl: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._structures = Structures(CustomTablesAPI(pos), ttl, clock)
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
            self._structures.cache.invalidate(TABLES_KEY)
            self._structures.cache.invalidate(fields_key(info.id))
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

    @overload
    async def customer(self, customer_id: str) -> Any: ...

    @overload
    async def customer(self, customer_id: str, *, model: type[CustomerT]) -> CustomerT: ...

    async def customer(self, customer_id: str, *, model: type[Any] | None = None) -> Any:
        """The customer, as the run-time customer model: the generated ``Customer`` fields,
        one attribute per linked table (``customer.loyalty_points``), ``custom_tables``, and
        one typed attribute per customer-level key seen (``customer.loyalty_tier``).

        With ``model`` (``CustomerWithTables`` from ``freeze --customers``): an instance of it,
        its linked rows instances of its frozen row classes.
        """
        if model is not None:
            return await self._frozen_customer(customer_id, model)
        linked = await self.linked_tables()
        customer, *rows = await asyncio.gather(
            self.api.get_customer(customer_id), *(rows_of(t, customer_id) for t in linked)
        )
        return with_rows(customer, linked, rows, self._model_for(linked)(customer))

    async def _frozen_customer(self, customer_id: str, model: type[CustomerT]) -> CustomerT:
        links = frozen_links(model)
        linked = await asyncio.gather(*(self.table(name, model=row) for _, name, row in links))
        customer, *rows = await asyncio.gather(
            self.api.get_customer(customer_id), *(rows_of(t, customer_id) for t in linked)
        )
        instance = model.from_dict(customer.to_dict())
        for (attribute, _, _), table_rows in zip(links, rows, strict=True):
            setattr(instance, attribute, table_rows)
        return instance

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
        check_count("sample", sample, 0)
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
        was_cached = self._structures.cache.peek(TABLES_KEY) is not None
        info = find_table(await self._structures.infos(), name_or_id)
        if info is None and was_cached:  # maybe created since: look once more
            self._structures.cache.invalidate(TABLES_KEY)
            info = find_table(await self._structures.infos(), name_or_id)
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
