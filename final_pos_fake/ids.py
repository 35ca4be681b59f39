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


def id_encoder(spec: Mapping[str, Any], property_schema: Any) -> IdEncoder:
    """A plain string wherever the schema allows one (or says nothing); else ``{"$oid": ...}``."""
    types = _types(spec, property_schema)
    return _plain if not types or "string" in types else oid


def property_encoder(spec: Mapping[str, Any], object_schema: Any, name: str) -> IdEncoder:
    schema = resolve(spec, object_schema)
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return id_encoder(spec, properties.get(name))
