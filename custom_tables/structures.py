"""The structure of every table, cached with a TTL, and one row model per structure version."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

import attrs

from .api import CustomTablesAPI
from .cache import SingleFlightCache
from .errors import ModelMismatchError
from .rows import FIELD_TYPE, WIRE_NAME, RowModel, build_row_model
from .structure import FieldInfo, TableInfo, parse_field, parse_table, structure_version

TABLES_KEY = "tables"


def fields_key(table_id: str) -> tuple[str, str]:
    """The cache key of a table's fields."""
    return ("fields", table_id)


class Structures:
    """The structure of every table, cached with a TTL; one row model per structure version."""

    def __init__(self, api: CustomTablesAPI, ttl: float) -> None:
        self.api = api
        self.cache: SingleFlightCache[Any] = SingleFlightCache(ttl)
        self._models: dict[tuple[Any, ...], RowModel] = {}
        self.warned: set[tuple[str, str, str]] = set()

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
