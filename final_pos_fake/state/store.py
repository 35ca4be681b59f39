"""The fake's state: one in-memory collection per resource plus the custom tables.

Tests use the public methods to seed and inspect state; every method takes the store's lock,
because a ``fake_server`` answers requests on another thread.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .clock import timestamp
from .custom_tables import CustomField, CustomTable, CustomTableStore
from .ids import JsonObject, ObjectIdFactory
from .records import RecordShape

Seed = Mapping[str, Any] | str | Path


def default_seed() -> JsonObject:
    """The bundled fixture (``final_pos_fake/state/fixtures/custom_tables.json``)."""
    text = resources.files(__package__).joinpath("fixtures/custom_tables.json").read_text("utf-8")
    seed: JsonObject = json.loads(text)
    return seed


def load_seed(seed: Seed | None) -> JsonObject:
    if seed is None:
        return default_seed()
    if isinstance(seed, str | Path):
        loaded: JsonObject = json.loads(Path(seed).read_text("utf-8"))
        return loaded
    return copy.deepcopy(dict(seed))


class Store:
    def __init__(self, shapes: Mapping[str, RecordShape], seed: Seed | None = None) -> None:
        self.lock = threading.RLock()
        self._ids = ObjectIdFactory()
        self.company_id = self._ids.new()
        self._shapes = dict(shapes)
        self._collections: dict[str, dict[str, JsonObject]] = {name: {} for name in shapes}
        self.custom = CustomTableStore(self._ids, self._reference_exists)
        self._seed = load_seed(seed)
        unknown = set(self._seed) - {"customTables", "records"}
        if unknown:
            raise ValueError(f"unknown seed keys {sorted(unknown)}; use customTables and records")
        self._apply_seed()

    # Seeding and inspection (Python API for tests).

    def reset(self) -> None:
        """Back to the seeded state: records and rows gone, seeded tables and records back."""
        with self.lock:
            for records in self._collections.values():
                records.clear()
            for shape in self._shapes.values():
                shape.restart_sequence()
            self.custom.clear()
            self._apply_seed()

    @property
    def collections(self) -> list[str]:
        return sorted(self._collections)

    def records(self, collection: str) -> list[JsonObject]:
        """Copies of the stored records of a collection (e.g. ``"customers"``), oldest first."""
        with self.lock:
            return copy.deepcopy(list(self._collection(collection).values()))

    def record(self, collection: str, record_id: str) -> JsonObject | None:
        with self.lock:
            found = self._collection(collection).get(record_id)
            return copy.deepcopy(found) if found is not None else None

    def add_record(self, collection: str, body: Mapping[str, Any]) -> JsonObject:
        """Store a record as if it had been created through the API (server fields filled)."""
        with self.lock:
            return copy.deepcopy(self.create(collection, dict(body)))

    def seed_custom_table(
        self,
        name: str,
        *,
        fields: Iterable[Mapping[str, Any]] = (),
        description: str | None = None,
        metadata: list[JsonObject] | None = None,
    ) -> CustomTable:
        table = {"name": name, "fields": fields, "description": description, "metadata": metadata}
        return self.seed_custom_table_json(table)

    def seed_custom_table_json(self, table: Mapping[str, Any]) -> CustomTable:
        """A table from its JSON description, as in a seed file or ``/__fake__/custom-tables``."""
        with self.lock:
            return self.custom.seed_table(table)

    def add_custom_field(self, table_name: str, field: Mapping[str, Any]) -> CustomField:
        """Add a field to a table (structure drift, as when someone edits the table in Manage)."""
        with self.lock:
            return self.custom.add_field(table_name, field)

    def custom_table(self, name: str) -> CustomTable:
        with self.lock:
            table = self.custom.table_by_name(name)
            if table is None:
                raise KeyError(f"no custom table named {name!r}")
            return table

    def custom_table_rows(self, name: str) -> list[JsonObject]:
        """Flat live rows of a table: ``{"rowId": <hex>, <field name>: value, ...}``.

        The row id wins over a field named ``rowId`` (as in the API's data rows); that field's
        value is in the row's value record (``store.custom.live_values(table_id, row_id)``).
        """
        with self.lock:
            table = self.custom_table(name)
            rows = []
            for row in self.custom.live_rows(table.id):
                _, cells = self.custom.flat_row(table, row)
                cells = {key: value for key, value in cells.items() if key != "rowId"}
                rows.append({"rowId": row.id, **copy.deepcopy(cells)})
            return rows

    # Used by the request handlers (the caller holds the lock).

    def create(self, collection: str, body: JsonObject) -> JsonObject:
        shape = self._shapes[collection]
        hex_id = self._ids.new()
        record = shape.new_record(hex_id, body, company_id=self.company_id, now=timestamp())
        self._collection(collection)[hex_id] = record
        return record

    def get(self, collection: str, record_id: str) -> JsonObject | None:
        return self._collection(collection).get(record_id)

    def update(self, collection: str, record_id: str, body: JsonObject) -> JsonObject | None:
        record = self._collection(collection).get(record_id)
        if record is not None:
            self._shapes[collection].apply_update(record, body, now=timestamp())
        return record

    def exists(self, collection: str, record_id: str) -> bool:
        return record_id in self._collection(collection)

    def delete(self, collection: str, record_id: str) -> JsonObject | None:
        return self._collection(collection).pop(record_id, None)

    def page(self, collection: str, skip: int, limit: int) -> list[JsonObject]:
        records = self._collection(collection)
        if skip >= len(records):
            return []
        return list(itertools.islice(records.values(), skip, skip + limit))

    def _collection(self, name: str) -> dict[str, JsonObject]:
        try:
            return self._collections[name]
        except KeyError:
            raise KeyError(
                f"no collection {name!r}; known: {', '.join(self.collections)}"
            ) from None

    def _reference_exists(self, collection: str, linked_field: str, value: str) -> bool | None:
        records = self._collections.get(collection.replace("-", "_"))
        if records is None:
            return None
        if linked_field in ("_id", "id"):
            return value in records
        return any(record.get(linked_field) == value for record in records.values())

    def _apply_seed(self) -> None:
        for table in self._seed.get("customTables", []):
            self.custom.seed_table(table)
        for collection, bodies in self._seed.get("records", {}).items():
            for body in bodies:
                self.create(collection, dict(body))
