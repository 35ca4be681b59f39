"""Table and field definitions as read from the structure endpoints.

Ids may come as plain strings or as extended-JSON ``{"$oid": ...}`` objects (wire contract);
:func:`plain_id` is the one place that reads both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .errors import StructureError
from .fields import FieldType, field_type

CUSTOMERS_COLLECTION = "customers"


def plain_id(value: Any) -> str | None:
    """The id inside a plain string or an ``{"$oid": ...}`` object; None when it is neither."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        inner = value.get("$oid")
        if isinstance(inner, str):
            return inner
    return None


@attrs.frozen
class FieldReference:
    """What a reference field points to, e.g. ``customers._id``."""

    collection: str
    field: str | None = None


@attrs.frozen
class FieldInfo:
    """One column of a custom table. ``default`` is the Python value of ``defaultValue``."""

    id: str
    name: str
    type: str
    required: bool = False
    default: Any = None
    has_default: bool = False
    reference: FieldReference | None = None

    @property
    def converter(self) -> FieldType:
        return field_type(self.type)

    @property
    def references_customers(self) -> bool:
        return self.reference is not None and self.reference.collection == CUSTOMERS_COLLECTION


@attrs.frozen
class TableInfo:
    id: str
    name: str
    description: str | None = None


def _id_and_name(record: Mapping[str, Any], what: str) -> tuple[str, str]:
    record_id = plain_id(record.get("_id", record.get("id")))
    name = record.get("name")
    if record_id is None or not isinstance(name, str):
        raise StructureError(f"{what} record without _id or name: {dict(record)!r}")
    return record_id, name


def parse_table(record: Mapping[str, Any]) -> TableInfo:
    table_id, name = _id_and_name(record, "custom table")
    description = record.get("description")
    return TableInfo(table_id, name, description if isinstance(description, str) else None)


def parse_field(record: Mapping[str, Any]) -> FieldInfo:
    field_id, name = _id_and_name(record, "custom table field")
    type_name = record.get("type")
    type_name = type_name if isinstance(type_name, str) else "unknown"
    has_default = record.get("defaultValue") is not None
    default = field_type(type_name).read(record["defaultValue"]) if has_default else None
    collection = record.get("referenceLinkedCollection")
    linked_field = record.get("referenceLinkedField")
    reference = (
        FieldReference(collection, linked_field if isinstance(linked_field, str) else None)
        if isinstance(collection, str) and collection
        else None
    )
    return FieldInfo(
        id=field_id,
        name=name,
        type=type_name,
        required=record.get("required") is True,
        default=default,
        has_default=has_default,
        reference=reference,
    )


def structure_version(fields: tuple[FieldInfo, ...]) -> tuple[Any, ...]:
    """What a model depends on: equal versions can share one built model."""
    return tuple(
        (f.id, f.name, f.type, f.required, repr(f.default), f.has_default, f.reference)
        for f in fields
    )
