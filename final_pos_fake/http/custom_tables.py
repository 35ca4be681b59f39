"""The custom-table operations, as the wire contract describes them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..spec import Operation, Schema, SpecModel, record_schema
from ..state.custom_tables import CustomField, CustomTable, Row, Value
from ..state.ids import IdEncoder, plain_id, property_encoder
from ..state.records import default_for
from ..state.store import Store
from .handling import Handler, Reply, Request
from .wire import CREATED, OK, JsonObject, bad_request, not_found, parse_page

P = "/v1/api/"
# The keys of a flat data row that are the row's own (wire contract), not a field's.
_ROW_KEYS = frozenset({"rowId", "createdAt", "updatedAt"})
ROUTES: dict[tuple[str, str], str] = {
    ("GET", P + "custom-tables"): "list_tables",
    ("GET", P + "custom-table-fields"): "list_fields",
    ("POST", P + "custom-table-row"): "create_row",
    ("GET", P + "custom-table-row/{id}"): "get_row",
    ("DELETE", P + "custom-table-row/{id}"): "delete_row",
    ("GET", P + "custom-table-rows"): "list_rows",
    ("POST", P + "custom-table-value"): "create_value",
    ("PATCH", P + "custom-table-value/{id}"): "update_value",
    ("GET", P + "custom-table-values"): "list_values",
    ("GET", P + "custom-table-data/{tableName}"): "list_data",
    ("GET", P + "custom-table-data/{tableName}/{id}"): "get_data",
}


class CustomTableApi:
    """Handlers for the custom-table routes; id encodings are read off the response schemas."""

    def __init__(self, model: SpecModel, operations: Mapping[str, Operation]) -> None:
        self._model = model
        self._schemas: dict[str, Schema | None] = {
            name: record_schema(model, op) for name, op in operations.items()
        }

        def enc(handler: str, key: str) -> IdEncoder:
            # Wire contract: rows, values and data rows use {"$oid"}; structure records may use
            # plain strings, and the fake serves those (a reader accepts both).
            content = handler not in ("list_tables", "list_fields")
            return property_encoder(model, self._schemas.get(handler), key, prefer_oid=content)

        self._table_id = enc("list_tables", "_id")
        self._field_id = enc("list_fields", "_id")
        self._field_table_id = enc("list_fields", "tableId")
        self._row_ids = {k: enc("create_row", k) for k in ("_id", "companyId", "tableId")}
        self._value_ids = {
            k: enc("create_value", k) for k in ("_id", "tableId", "rowId", "fieldId")
        }
        self._data_row_id = enc("list_data", "rowId")

    def handler(self, name: str) -> Handler:
        method: Callable[[Store, Request], Reply] = getattr(self, name)
        return method

    # Structure: read-only.

    def list_tables(self, store: Store, request: Request) -> Reply:
        skip, limit = parse_page(request.query)
        tables = list(store.custom.tables.values())[skip : skip + limit]
        return Reply(OK, [self._table(t) for t in tables])

    def list_fields(self, store: Store, request: Request) -> Reply:
        skip, limit = parse_page(request.query)
        fields = store.custom.fields(request.query.get("tableId"))[skip : skip + limit]
        return Reply(OK, [self._field(f) for f in fields])

    # Rows.

    def create_row(self, store: Store, request: Request) -> Reply:
        table_id = self._body_id(request.body, "tableId")
        return Reply(CREATED, self._row(store, store.custom.create_row(table_id)))

    def get_row(self, store: Store, request: Request) -> Reply:
        return Reply(OK, self._row(store, store.custom.live_row(request.path_params["id"])))

    def delete_row(self, store: Store, request: Request) -> Reply:
        return Reply(OK, self._row(store, store.custom.delete_row(request.path_params["id"])))

    def list_rows(self, store: Store, request: Request) -> Reply:
        skip, limit = parse_page(request.query)
        rows = store.custom.live_rows(request.query.get("tableId"))[skip : skip + limit]
        return Reply(OK, [self._row(store, r) for r in rows])

    # Values.

    def create_value(self, store: Store, request: Request) -> Reply:
        body = request.body
        missing = [k for k in ("tableId", "rowId", "fieldId", "value") if k not in body]
        if missing:
            raise bad_request([f"{key} should not be empty" for key in missing])
        table_id, row_id, field_id = (
            self._body_id(body, k) for k in ("tableId", "rowId", "fieldId")
        )
        value = store.custom.create_value(table_id, row_id, field_id, body["value"])
        return Reply(CREATED, self._value(value))

    def update_value(self, store: Store, request: Request) -> Reply:
        if "value" not in request.body:
            raise bad_request(["value should not be empty"])
        value = store.custom.update_value(request.path_params["id"], request.body["value"])
        return Reply(OK, self._value(value))

    def list_values(self, store: Store, request: Request) -> Reply:
        skip, limit = parse_page(request.query)
        values = store.custom.live_values(request.query.get("tableId"), request.query.get("rowId"))
        return Reply(OK, [self._value(v) for v in values[skip : skip + limit]])

    # Flattened data.

    def list_data(self, store: Store, request: Request) -> Reply:
        skip, limit = parse_page(request.query)
        table = self._table_named(store, request.path_params["tableName"])
        rows = store.custom.live_rows(table.id)[skip : skip + limit]
        return Reply(OK, [self._data_row(store, table, row) for row in rows])

    def get_data(self, store: Store, request: Request) -> Reply:
        table = self._table_named(store, request.path_params["tableName"])
        row = store.custom.live_row(request.path_params["id"])
        if row.table_id != table.id:
            raise not_found(f"Custom table row with id {row.id} not found in {table.name}")
        return Reply(OK, self._data_row(store, table, row))

    # Wire shapes.

    def _table(self, table: CustomTable) -> JsonObject:
        record: JsonObject = {"_id": self._table_id(table.id), "name": table.name}
        if table.description is not None:
            record["description"] = table.description
        if table.metadata is not None:
            record["metadata"] = table.metadata
        record |= {"createdAt": table.created_at, "updatedAt": table.updated_at}
        return self._complete("list_tables", record)

    def _field(self, field: CustomField) -> JsonObject:
        record: JsonObject = {
            "_id": self._field_id(field.id),
            "tableId": self._field_table_id(field.table_id),
            "name": field.name,
            "type": field.type,
        }
        if field.required is not None:
            record["required"] = field.required
        if field.has_default:
            record["defaultValue"] = field.default_value
        if field.reference_collection is not None:
            record["referenceLinkedCollection"] = field.reference_collection
        if field.reference_field is not None:
            record["referenceLinkedField"] = field.reference_field
        record |= {"createdAt": field.created_at, "updatedAt": field.updated_at}
        return self._complete("list_fields", record)

    def _row(self, store: Store, row: Row) -> JsonObject:
        ids = self._row_ids
        return {
            "_id": ids["_id"](row.id),
            "companyId": ids["companyId"](store.company_id),
            "tableId": ids["tableId"](row.table_id),
            "isDeleted": row.is_deleted,
            "createdAt": row.created_at,
            "updatedAt": row.updated_at,
        }

    def _value(self, value: Value) -> JsonObject:
        ids = self._value_ids
        return {
            "_id": ids["_id"](value.id),
            "tableId": ids["tableId"](value.table_id),
            "rowId": ids["rowId"](value.row_id),
            "fieldId": ids["fieldId"](value.field_id),
            "value": value.value,
            "createdAt": value.created_at,
            "updatedAt": value.updated_at,
        }

    def _data_row(self, store: Store, table: CustomTable, row: Row) -> JsonObject:
        """The flat row: the row's own keys win over a field of the same name, whose value
        stays readable in its value record (``custom-table-values``)."""
        _, cells = store.custom.flat_row(table, row)
        record: JsonObject = {"rowId": self._data_row_id(row.id)}
        record.update((name, value) for name, value in cells.items() if name not in _ROW_KEYS)
        record["createdAt"] = row.created_at
        record["updatedAt"] = row.updated_at
        return record

    def _complete(self, handler: str, record: JsonObject) -> JsonObject:
        """Fill properties the schema requires but the wire contract does not name."""
        schema = self._schemas.get(handler)
        if schema is not None:
            for name in schema.required:
                if name not in record:
                    record[name] = default_for(self._model, schema.properties.get(name))
        return record

    def _table_named(self, store: Store, name: str) -> CustomTable:
        table = store.custom.table_by_name(name)
        if table is None:
            raise not_found(f"Custom table {name} not found")
        return table

    @staticmethod
    def _body_id(body: JsonObject, key: str) -> str:
        value = plain_id(body.get(key))
        if value is None:
            raise bad_request([f'{key} must be an id: {{"$oid": "<24 hex>"}}'])
        return value
