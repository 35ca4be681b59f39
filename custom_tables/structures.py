"""The structure of every table, cached with a TTL, and one row model per structure version."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .api import CustomTablesAPI
from .cache import SingleFlightCache
from .drift import frozen_row_model
from .errors import ModelMismatchError
from .keyed import KeyedLock
from .rows import TABLE_MARKER, RowModel, build_row_model
from .structure import FieldInfo, TableInfo, parse_field, parse_table, structure_version

TABLES_KEY = "tables"


def fields_key(table_id: str) -> tuple[str, str]:
    """The cache key of a table's fields."""
    return ("fields", table_id)


class Structures:
    """The structure of every table, cached with a TTL; one row model per structure version.

    Shared by every ``Table`` of one ``CustomTables``, with what they coordinate on: ``locks``
    (one per upsert key), ``writes`` (writes per table id, so that each ``Table``'s lookup
    index sees the writes of the others) and ``clock`` (which their index TTLs read too).
    """

    def __init__(
        self, api: CustomTablesAPI, ttl: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.api = api
        self.clock = clock
        self.cache: SingleFlightCache[Any] = SingleFlightCache(ttl, clock)
        self._models: dict[tuple[Any, ...], RowModel] = {}
        self.warned: set[tuple[str, str, str]] = set()
        self.locks = KeyedLock()
        self.writes: dict[str, int] = {}

    async def infos(self) -> list[TableInfo]:
        async def load() -> list[TableInfo]:
            return [parse_table(record) for record in await self.api.list_tables()]

        infos: list[TableInfo] = await self.cache.get(TABLES_KEY, load)
        return infos

    def info(self, table_id: str, fallback: TableInfo) -> TableInfo:
        return find_table(self.cache.peek(TABLES_KEY) or [], table_id) or fallback

    async def row_model(
        self, info: TableInfo, model: type[Any] | None = None, *, reload: bool = False
    ) -> RowModel:
        if reload:
            self.cache.invalidate(fields_key(info.id))

        async def load() -> tuple[FieldInfo, ...]:
            return tuple(parse_field(record) for record in await self.api.list_fields(info.id))

        fields: tuple[FieldInfo, ...] = await self.cache.get(fields_key(info.id), load)
        version = (info.name, structure_version(fields), model)
        row_model = self._models.get(version)
        if row_model is None:
            if model is None:
                row_model = build_row_model(info.name, fields)
            else:
                check_model(info.name, model)
                row_model = frozen_row_model(info.name, fields, model)
            self._models[version] = row_model
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


def check_model(table: str, model: type[Any]) -> None:
    """``TypeError`` unless ``model`` is a frozen row class (of this table, if it says which)."""
    if not attrs.has(model):
        raise TypeError(f"model must be a frozen row class (attrs), got {model!r}")
    marked = getattr(model, TABLE_MARKER, table)
    if marked != table:
        problem = f"the class was frozen from custom table {marked!r}"
        raise ModelMismatchError(table, model, {TABLE_MARKER: problem})


def find_table(infos: Iterable[TableInfo], name_or_id: str) -> TableInfo | None:
    """The table named ``name_or_id``, else the one with that id."""
    infos = list(infos)
    for info in infos:
        if info.name == name_or_id:
            return info
    for info in infos:
        if info.id == name_or_id:
            return info
    return None
