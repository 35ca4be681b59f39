"""How a response schema wants an id written: a plain string or an ``{"$oid": ...}`` object."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ..spec import Schema, SpecModel

IdEncoder = Callable[[str], Any]
JsonObject = dict[str, Any]


class ObjectIdFactory:
    """24-hex ids shaped like MongoDB ObjectIds (time, process-random part, counter)."""

    def __init__(self) -> None:
        self._random = os.urandom(5).hex()
        self._counter = int.from_bytes(os.urandom(3), "big")
        self._lock = threading.Lock()

    def new(self) -> str:
        with self._lock:
            self._counter = (self._counter + 1) % 0x1000000
            counter = self._counter
        return f"{int(datetime.now(UTC).timestamp()):08x}{self._random}{counter:06x}"


def oid(hex_id: str) -> JsonObject:
    """Extended-JSON id object ``{"$oid": "<24 hex>"}``."""
    return {"$oid": hex_id}


def plain_id(value: Any) -> str | None:
    """The id inside a plain string or an ``{"$oid": ...}`` object; None if it is neither."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("$oid"), str):
        return str(value["$oid"])
    return None


def _plain(hex_id: str) -> str:
    return hex_id


def _types(model: SpecModel, schema: Schema | None) -> set[str]:
    """JSON types a schema names, through ``$ref``, ``allOf``, ``oneOf`` and ``anyOf``."""
    if schema is None:
        return set()
    schema = model.resolve(schema)
    if schema.type is not None:
        return {schema.type}
    parts = (*schema.all_of, *schema.one_of, *schema.any_of)
    return set().union(*(_types(model, part) for part in parts))


def id_encoder(
    model: SpecModel, property_schema: Schema | None, *, prefer_oid: bool = False
) -> IdEncoder:
    """The form the schema allows; where it allows both (or says nothing), the preferred one."""
    types = _types(model, property_schema)
    allows_string = not types or "string" in types
    allows_object = not types or "object" in types
    if allows_string and allows_object:
        return oid if prefer_oid else _plain
    return _plain if allows_string else oid


def property_encoder(
    model: SpecModel, object_schema: Schema | None, name: str, *, prefer_oid: bool = False
) -> IdEncoder:
    properties = model.resolve(object_schema).properties if object_schema is not None else {}
    return id_encoder(model, properties.get(name), prefer_oid=prefer_oid)
