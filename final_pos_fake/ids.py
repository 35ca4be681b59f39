"""How a response schema wants an id written: a plain string or an ``{"$oid": ...}`` object."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .spec import resolve
from .wire import oid

IdEncoder = Callable[[str], Any]


def _plain(hex_id: str) -> str:
    return hex_id


def _types(spec: Mapping[str, Any], schema: Any) -> set[str]:
    """JSON types a schema names, through ``$ref``, ``allOf``, ``oneOf`` and ``anyOf``."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return set()
    if "type" in schema:
        return {str(schema["type"])}
    parts = [p for key in ("allOf", "oneOf", "anyOf") for p in schema.get(key, [])]
    return set().union(*(_types(spec, part) for part in parts))


def id_encoder(
    spec: Mapping[str, Any], property_schema: Any, *, prefer_oid: bool = False
) -> IdEncoder:
    """The form the schema allows; where it allows both (or says nothing), the preferred one."""
    types = _types(spec, property_schema)
    allows_string = not types or "string" in types
    allows_object = not types or "object" in types
    if allows_string and allows_object:
        return oid if prefer_oid else _plain
    return _plain if allows_string else oid


def property_encoder(
    spec: Mapping[str, Any], object_schema: Any, name: str, *, prefer_oid: bool = False
) -> IdEncoder:
    schema = resolve(spec, object_schema)
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return id_encoder(spec, properties.get(name), prefer_oid=prefer_oid)
