"""Spec-driven record shapes: which keys the server assigns and how a stored record looks."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..spec import resolve
from .ids import IdEncoder, JsonObject, id_encoder

SERVER_KEYS = frozenset({"createdAt", "updatedAt", "companyId"})


def id_key_of(schema: Any) -> str:
    """The key a response schema names for the record id: ``_id`` or ``id``."""
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return "_id" if "_id" in properties else "id"


def default_for(spec: Mapping[str, Any], schema: Any) -> Any:
    """A value for a required response property nobody supplied: its example, else an empty one."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            return default_for(spec, schema[key][0])
    kind = schema.get("type")
    empty: dict[str, Any] = {"string": "", "number": 0, "integer": 0, "boolean": False, "array": []}
    if kind == "object" or (kind is None and "properties" in schema):
        return {
            name: default_for(spec, schema["properties"][name])
            for name in schema.get("required", [])
        }
    return empty.get(str(kind))


@dataclass
class RecordShape:
    """How the records of one collection are written, read off its response schema."""

    spec: Mapping[str, Any] = field(repr=False)
    response_schema: Any = field(repr=False)
    id_key: str = "id"
    encode_id: IdEncoder = str
    encode_company_id: IdEncoder = str
    properties: frozenset[str] = frozenset()
    required: tuple[str, ...] = ()
    _sequence: itertools.count[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @classmethod
    def from_schema(cls, spec: Mapping[str, Any], response_schema: Any) -> RecordShape:
        schema = resolve(spec, response_schema)
        schema = schema if isinstance(schema, dict) else {}
        properties = schema.get("properties", {})
        key = id_key_of(schema)
        return cls(
            spec=spec,
            response_schema=schema,
            id_key=key,
            encode_id=id_encoder(spec, properties.get(key)),
            encode_company_id=id_encoder(spec, properties.get("companyId")),
            properties=frozenset(properties),
            required=tuple(schema.get("required", [])),
        )

    def restart_sequence(self) -> None:
        self._sequence = itertools.count(1)

    def protected_keys(self) -> frozenset[str]:
        """Keys a request body may not set: the id and the server-assigned fields."""
        return SERVER_KEYS | {self.id_key}

    def new_record(self, hex_id: str, body: JsonObject, *, company_id: str, now: str) -> JsonObject:
        record: JsonObject = {self.id_key: self.encode_id(hex_id)}
        record.update({k: v for k, v in body.items() if k not in self.protected_keys()})
        if "companyId" in self.properties:
            record["companyId"] = self.encode_company_id(company_id)
        record["createdAt"] = now
        record["updatedAt"] = now
        if "sequenceNumber" in self.properties and "sequenceNumber" not in record:
            record["sequenceNumber"] = next(self._sequence)
        if "isDeleted" in self.properties:
            record["isDeleted"] = False
        self._derive(record)
        for name in self.required:
            if name not in record:
                record[name] = default_for(self.spec, self.response_schema["properties"].get(name))
        return record

    def apply_update(self, record: JsonObject, body: JsonObject, *, now: str) -> None:
        """Partial update: the keys given replace the stored ones, the rest stay."""
        record.update({k: v for k, v in body.items() if k not in self.protected_keys()})
        record["updatedAt"] = now
        self._derive(record)

    def _derive(self, record: JsonObject) -> None:
        if "fromFinal" in self.properties:
            # Wire fact: sending externalId marks a record as coming from Final.
            record["fromFinal"] = bool(record.get("externalId"))


def declared_properties(spec: Mapping[str, Any], schema: Any) -> frozenset[str] | None:
    """Top-level property names a request schema declares; None when it accepts any key."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("additionalProperties") not in (None, False):
        return None
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        inner = declared_properties(spec, part)
        if inner is None:
            return None
        names |= inner
    return frozenset(names)


def whitelist(body: JsonObject, allowed: frozenset[str] | None) -> JsonObject:
    """Drop keys the request schema does not declare (NestJS ``whitelist``), unless it is open."""
    if allowed is None:
        return dict(body)
    return {key: value for key, value in body.items() if key in allowed}
