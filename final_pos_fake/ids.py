"""How a response schema wants an id written: a plain string or an ``{"$oid": ...}`` object."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .spec import resolve
from .wire import oid

IdEncoder = Callable[[str], Any]


def _plain(hex_id: str) -> str:
    return hex_id


def id_encoder(spec: Mapping[str, Any], property_schema: Any) -> IdEncoder:
    """``{"$oid"}`` where the schema only allows an object; else a plain string."""
    schema = resolve(spec, property_schema)
    if not isinstance(schema, dict):
        return _plain
    branches = [
        resolve(spec, branch) for key in ("oneOf", "anyOf") for branch in schema.get(key, [])
    ]
    types = {schema.get("type")} | {b.get("type") for b in branches if isinstance(b, dict)}
    if "string" in types or types <= {None}:
        return _plain
    return oid


def property_encoder(spec: Mapping[str, Any], object_schema: Any, name: str) -> IdEncoder:
    schema = resolve(spec, object_schema)
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return id_encoder(spec, properties.get(name))
