"""In-memory custom tables: read-only structure (tables, fields), rows and their value records."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .clock import timestamp
from .errors import Invalid, NotFound
from .ids import JsonObject, ObjectIdFactory

# (collection, linked field, id) -> whether such a record exists; None if the collection is unknown.
ReferenceCheck = Callable[[str, str, str], bool | None]

_NO_DEFAULT: Any = object()
TABLE_KEYS = frozenset({"name", "description", "metadata", "fields"})
TABLE_KEYS_TEXT = ", ".join(sorted(TABLE_KEYS))
FIELD_KEYS = frozenset(
    {
        "name",
        "type",
        "required",
        "defaultValue",
        "referenceLinkedCollection",
        "referenceLinkedField",
    }
)


@dataclass
class CustomField:
    id: str
    table_id: str
    name: str
    type: str
    created_at: str
    updated_at: str
    required: bool | None = None
    default_value: Any = _NO_DEFAULT
    reference_collection: str | None = None
    reference_field: str | None = None

    @property
    def has_default(self) -> bool:
        return self.default_value is not _NO_DEFAULT


@dataclass
class CustomTable:
    id: str
    name: str
    created_at: str
    updated_at: str
    description: str | None = None
    metadata: list[JsonObject] | None = None
    fields: list[CustomField] = field(default_factory=list)

    def field_by_id(self, field_id: str) -> CustomField | None:
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass
class Row:
    id: str
    table_id: str
    created_at: str
    updated_at: str
    is_deleted: bool = False


@dataclass
class Value:
    id: str
    table_id: str
    row_id: str
    field_id: str
    value: Any
    created_at: str
    updated_at: str


class CustomTableStore:
    def __init__(self, ids: ObjectIdFactory, reference_exists: ReferenceCheck) -> None:
        self._ids = ids
        self._reference_exists = reference_exists
        self.tables: dict[str, CustomTable] = {}
        self.rows: dict[str, Row] = {}
        self.values: dict[str, Value] = {}
        self._by_row: dict[str, dict[str, Value]] = {}  # row id -> field id -> value

    def clear(self) -> None:
        self.tables.clear()
        self.rows.clear()
        self.values.clear()
        self._by_row.clear()

    # Structure (seeded by tests and fixtures, never through the API).

    def seed_table(self, entry: Any) -> CustomTable:
        """A new table from its JSON description (a seed file's entry, ``POST
        /__fake__/custom-tables``): ``name``, ``description``?, ``metadata``?, ``fields``?. All
        checked before anything is stored."""
        if not isinstance(entry, Mapping):
            raise ValueError(f"a custom table is an object with some of {TABLE_KEYS_TEXT}")
        unknown = set(entry) - TABLE_KEYS
        if unknown:
            raise ValueError(f"unknown custom table keys {sorted(unknown)}; use {TABLE_KEYS_TEXT}")
        name, description = entry.get("name"), entry.get("description")
        metadata, fields = entry.get("metadata"), entry.get("fields", ())
        if not isinstance(name, str) or not name:
            raise ValueError("a custom table needs a non-empty name")
        if self.table_by_name(name) is not None:
            raise ValueError(f"custom table {name!r} already exists")
        if description is not None and not isinstance(description, str):
            raise ValueError("a custom table's description must be a string")
        if metadata is not None and not (
            isinstance(metadata, list) and all(isinstance(m, dict) for m in metadata)
        ):
            raise ValueError("a custom table's metadata must be a list of objects")
        if isinstance(fields, str | bytes | Mapping):
            raise ValueError("a custom table's fields must be a list of field objects")
        now = timestamp()
        table = CustomTable(self._ids.new(), name, now, now, description, metadata)
        for spec in fields:
            table.fields.append(self._new_field(table, spec, now))
        self.tables[table.id] = table
        return table

    def add_field(self, table_name: str, spec: Mapping[str, Any]) -> CustomField:
        table = self.table_by_name(table_name)
        if table is None:
            raise KeyError(f"no custom table named {table_name!r}")
        now = timestamp()
        custom_field = self._new_field(table, spec, now)
        table.fields.append(custom_field)
        table.updated_at = now
        return custom_field

    def _new_field(self, table: CustomTable, spec: Any, now: str) -> CustomField:
        """A checked field of ``table`` (not yet added to it)."""
        if not isinstance(spec, Mapping):
            raise ValueError(f"a custom field is an object with some of {sorted(FIELD_KEYS)}")
        unknown = set(spec) - FIELD_KEYS
        if unknown:
            raise ValueError(
                f"unknown custom field keys {sorted(unknown)}; allowed: {sorted(FIELD_KEYS)}"
            )
        name, kind = spec.get("name"), spec.get("type")
        if not isinstance(name, str) or not name or not isinstance(kind, str) or not kind:
            raise ValueError("a custom field needs a non-empty 'name' and 'type'")
        if any(f.name == name for f in table.fields):
            raise ValueError(f"custom table {table.name!r} already has a field {name!r}")
        required = spec.get("required")
        collection = spec.get("referenceLinkedCollection")
        linked_field = spec.get("referenceLinkedField")
        if required is not None and not isinstance(required, bool):
            raise ValueError(f"field {name!r}: 'required' must be true or false")
        if not all(isinstance(v, str | None) for v in (collection, linked_field)):
            raise ValueError(f"field {name!r}: the reference keys must be strings")
        return CustomField(
            id=self._ids.new(),
            table_id=table.id,
            name=name,
            type=kind,
            created_at=now,
            updated_at=now,
            required=required,
            default_value=spec.get("defaultValue", _NO_DEFAULT),
            reference_collection=collection,
            reference_field=linked_field,
        )

    def table_by_name(self, name: str) -> CustomTable | None:
        return next((t for t in self.tables.values() if t.name == name), None)

    def fields(self, table_id: str | None) -> list[CustomField]:
        return [f for t in self.tables.values() if table_id in (None, t.id) for f in t.fields]

    # Rows and values (the API's content operations).

    def create_row(self, table_id: str) -> Row:
        if table_id not in self.tables:
            raise NotFound(f"Custom table with id {table_id} not found")
        now = timestamp()
        row = Row(self._ids.new(), table_id, now, now)
        self.rows[row.id] = row
        return row

    def live_row(self, row_id: str) -> Row:
        row = self.rows.get(row_id)
        if row is None or row.is_deleted:
            raise NotFound(f"Custom table row with id {row_id} not found")
        return row

    def delete_row(self, row_id: str) -> Row:
        row = self.live_row(row_id)
        row.is_deleted = True
        row.updated_at = timestamp()
        return row

    def live_rows(self, table_id: str | None) -> list[Row]:
        return [
            r for r in self.rows.values() if not r.is_deleted and table_id in (None, r.table_id)
        ]

    def create_value(self, table_id: str, row_id: str, field_id: str, value: Any) -> Value:
        table = self.tables.get(table_id)
        if table is None:
            raise NotFound(f"Custom table with id {table_id} not found")
        row = self.live_row(row_id)
        if row.table_id != table_id:
            raise Invalid(f"rowId: row {row_id} does not belong to table {table.name}")
        custom_field = table.field_by_id(field_id)
        if custom_field is None:
            raise Invalid(f"fieldId: table {table.name} has no field with id {field_id}")
        existing = self._value_of(row_id, field_id)
        if existing is not None:
            raise Invalid(
                f"fieldId: row {row_id} already has a value for field {custom_field.name} "
                f"(change it with PATCH /v1/api/custom-table-value/{existing.id})"
            )
        self._check(custom_field, value)
        now = timestamp()
        stored = Value(self._ids.new(), table_id, row_id, field_id, value, now, now)
        self.values[stored.id] = stored
        self._by_row.setdefault(row_id, {})[field_id] = stored
        row.updated_at = now
        return stored

    def update_value(self, value_id: str, value: Any) -> Value:
        stored = self.values.get(value_id)
        if stored is None or self.rows[stored.row_id].is_deleted:
            raise NotFound(f"Custom table value with id {value_id} not found")
        custom_field = self.tables[stored.table_id].field_by_id(stored.field_id)
        if custom_field is not None:
            self._check(custom_field, value)
        stored.value = value
        stored.updated_at = timestamp()
        self.rows[stored.row_id].updated_at = stored.updated_at
        return stored

    def live_values(self, table_id: str | None, row_id: str | None) -> list[Value]:
        return [
            v
            for v in self.values.values()
            if table_id in (None, v.table_id)
            and row_id in (None, v.row_id)
            and not self.rows[v.row_id].is_deleted
        ]

    def flat_row(self, table: CustomTable, row: Row) -> tuple[Row, dict[str, Any]]:
        """A row's values keyed by field name; fields without a stored value are absent."""
        names = {f.id: f.name for f in table.fields}
        values = self._by_row.get(row.id, {})
        return row, {names[f]: v.value for f, v in values.items() if f in names}

    def _value_of(self, row_id: str, field_id: str) -> Value | None:
        return self._by_row.get(row_id, {}).get(field_id)

    def _check(self, custom_field: CustomField, value: Any) -> None:
        expected = _wire_type_problem(custom_field.type, value)
        if expected is not None:
            raise Invalid(
                f"value: field {custom_field.name} has type {custom_field.type}; send {expected}"
            )
        collection = custom_field.reference_collection
        if collection and isinstance(value, str):
            exists = self._reference_exists(
                collection, custom_field.reference_field or "_id", value
            )
            if exists is False:
                raise Invalid(
                    f"value: no {collection} record with {custom_field.reference_field} {value}"
                )


def _wire_type_problem(type_name: str, value: Any) -> str | None:
    """What the one type map (``custom_tables.fields``) says a field of this type refuses."""
    # Imported on the first value written: custom_tables' package imports the generated client,
    # which would about double the fake's start-up.
    from custom_tables.fields import wire_type_problem

    return wire_type_problem(type_name, value)
