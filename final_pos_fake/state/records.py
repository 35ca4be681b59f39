"""Spec-driven record shapes: which keys the server assigns and how a stored record looks."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from ..spec import Schema, SpecModel
from .ids import IdEncoder, JsonObject, id_encoder

SERVER_KEYS = frozenset({"createdAt", "updatedAt", "companyId"})


def id_key_of(schema: Schema | None) -> str:
    """The key a response schema names for the record id: ``_id`` or ``id``."""
    return "_id" if schema is not None and "_id" in schema.properties else "id"


def default_for(model: SpecModel, schema: Schema | None) -> Any:
    """A value for a required response property nobody supplied: its default, else an empty one."""
    if schema is None:
        return None
    schema = model.resolve(schema)
    if schema.has_default:
        return schema.default
    if schema.enum:
        return schema.enum[0]
    for parts in (schema.all_of, schema.one_of, schema.any_of):
        if parts:
            return default_for(model, parts[0])
    empty: dict[str, Any] = {"string": "", "number": 0, "integer": 0, "boolean": False, "array": []}
    if schema.type == "object" or (schema.type is None and schema.properties):
        return {name: default_for(model, schema.properties.get(name)) for name in schema.required}
    return empty.get(str(schema.type))


@dataclass
class RecordShape:
    """How the records of one collection are written, read off its response schema."""

    model: SpecModel = field(repr=False)
    response_schema: Schema | None = field(repr=False)
    id_key: str = "id"
    encode_id: IdEncoder = str
    encode_company_id: IdEncoder = str
    properties: frozenset[str] = frozenset()
    required: tuple[str, ...] = ()
    _sequence: itertools.count[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @classmethod
    def from_schema(cls, model: SpecModel, response_schema: Schema | None) -> RecordShape:
        schema = model.resolve(response_schema) if response_schema is not None else None
        properties = schema.properties if schema is not None else {}
        key = id_key_of(schema)
        return cls(
            model=model,
            response_schema=schema,
            id_key=key,
            encode_id=id_encoder(model, properties.get(key)),
            encode_company_id=id_encoder(model, properties.get("companyId")),
            properties=frozenset(properties),
            required=schema.required if schema is not None else (),
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
        properties = self.response_schema.properties if self.response_schema is not None else {}
        for name in self.required:
            if name not in record:
                record[name] = default_for(self.model, properties.get(name))
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


def declared_properties(model: SpecModel, schema: Schema | None) -> frozenset[str] | None:
    """Top-level property names a request schema declares; None when it accepts any key."""
    if schema is None:
        return None
    schema = model.resolve(schema)
    if schema.additional_properties not in (None, False):
        return None
    names = set(schema.properties)
    for part in schema.all_of:
        inner = declared_properties(model, part)
        if inner is None:
            return None
        names |= inner
    return frozenset(names)


def whitelist(body: JsonObject, allowed: frozenset[str] | None) -> JsonObject:
    """Drop keys the request schema does not declare (NestJS ``whitelist``), unless it is open."""
    if allowed is None:
        return dict(body)
    return {key: value for key, value in body.items() if key in allowed}
