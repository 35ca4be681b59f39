"""Every operation of the description answers with a body that validates against its schema."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from codegen.client_operations import collect_resources
from final_pos_fake import FakeFinalPOS, create_app
from final_pos_fake.http.custom_tables import ROUTES as CUSTOM_TABLE_ROUTES
from final_pos_fake.http.formats import with_implied_formats
from final_pos_fake.http.routes import collection_of, plural, singular, upload_schema
from final_pos_fake.http.validation import SchemaValidators, error_messages
from final_pos_fake.spec import (
    Operation,
    Schema,
    load_spec,
    parse_model,
    record_schema,
    success_status,
)
from final_pos_fake.state.references import REFERENCES

SPEC = load_spec()
STRICT_SPEC = with_implied_formats(SPEC)  # request bodies as the strict fake checks them
MODEL = parse_model(STRICT_SPEC)
OPERATIONS = list(MODEL)
VALIDATORS = SchemaValidators(SPEC)
REQUEST_VALIDATORS = SchemaValidators(STRICT_SPEC)

TIMESTAMP = "2025-12-07T19:31:48.436+00:00"


def example_for(schema: Schema | None, *, depth: int = 0) -> Any:
    """A value for ``schema``, built from its type, format, enum and default."""
    if schema is None:
        return "value"
    schema = MODEL.resolve(schema)
    if schema.has_default:
        return schema.default
    if schema.enum:
        return schema.enum[0]
    for parts in (schema.one_of, schema.any_of):
        if parts:
            return example_for(parts[0], depth=depth + 1)
    if schema.all_of:
        merged: dict[str, Any] = {}
        for part in schema.all_of:
            value = example_for(part, depth=depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    if schema.type == "object" or schema.properties:
        names = schema.properties if depth < 4 else schema.required
        return {name: example_for(schema.properties[name], depth=depth + 1) for name in names}
    if schema.type == "array":
        return [example_for(schema.items, depth=depth + 1)]
    if schema.type == "string":
        return FORMATTED.get(schema.format or "", "text")
    if schema.type in ("number", "integer"):
        return 1
    if schema.type == "boolean":
        return True
    return "value"


FORMATTED = {
    "date-time": TIMESTAMP,
    "date": TIMESTAMP[:10],
    "email": "ada@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}


@dataclass(frozen=True)
class Form:
    """A ``multipart/form-data`` body (an upload): text fields and files."""

    data: dict[str, str]
    files: dict[str, tuple[str, bytes, str]]


Prepared = tuple[str, dict[str, Any], Any]  # path, query, body (JSON, or a Form)
Preparer = Callable[[httpx.AsyncClient, FakeFinalPOS, Operation], Awaitable[Prepared]]


def form_for(operation: Operation) -> Form | None:
    schema = upload_schema(operation)
    if schema is None:
        return None
    properties = MODEL.resolve(schema).properties
    binary = {n for n, p in properties.items() if p.format == "binary"}
    return Form(
        data={n: str(example_for(p)) for n, p in properties.items() if n not in binary},
        files={n: ("receipt.pdf", b"%PDF-1.4 content", "application/pdf") for n in binary},
    )


def body_for(operation: Operation) -> Any:
    form = form_for(operation)
    if form is not None:
        return form
    validator = REQUEST_VALIDATORS.request(operation)
    if validator is None or operation.request_body is None:
        return None
    body = example_for(operation.request_body.schema)
    problems = error_messages(validator, body)
    assert not problems, f"{operation.key}: built body is invalid: {problems}"
    return body


def record_body(collection: str) -> Any:
    """A body to seed one record: the create operation's, or for a read-only collection (no
    POST) an example of the record its reads return."""
    create = next(
        (
            op
            for op in OPERATIONS
            if op.method == "POST"
            and "{" not in op.path
            and _collection(op) == collection
            and upload_schema(op) is None
        ),
        None,
    )
    if create is not None:
        return body_for(create)
    read = next(op for op in OPERATIONS if op.method == "GET" and _collection(op) == collection)
    return example_for(record_schema(MODEL, read))


def _collection(operation: Operation) -> str | None:
    try:
        return collection_of(operation)[1]
    except ValueError:
        return None


async def prepare_plain(client: httpx.AsyncClient, app: FakeFinalPOS, op: Operation) -> Prepared:
    kind, collection = collection_of(op)
    if kind == "nested_list":  # /<parent>/{parentId}/<children>: a parent with one child
        parent_collection = plural(singular(op.path.split("/")[3])).replace("-", "_")
        parent = app.store.add_record(parent_collection, record_body(parent_collection))
        (parameter,) = op.path_parameters
        child = {**record_body(collection), parameter.name: parent["id"]}
        app.store.add_record(collection, child)
        path = op.path.replace(f"{{{parameter.name}}}", str(parent["id"]))
        # Only the page parameters it declares: the strict fake refuses any other.
        declared = {param.name for param in op.parameters_in("query")}
        page = {name: value for name, value in {"skip": 0, "limit": 10}.items() if name in declared}
        return path, page, None
    body = with_live_references(app, collection, body_for(op))
    if kind in ("create", "list"):
        if kind == "list":
            app.store.add_record(collection, record_body(collection))
        return op.path, {"skip": 0, "limit": 10} if kind == "list" else {}, body
    record = app.store.add_record(collection, record_body(collection))
    record_id = record.get("id") or record.get("_id")
    return op.path.replace("{id}", str(record_id)), {}, body


def with_live_references(app: FakeFinalPOS, collection: str, body: Any) -> Any:
    """``body`` with each id the strict fake checks (``state/references.py``) naming a record."""
    if not isinstance(body, dict):
        return body
    for key, target in REFERENCES.get(collection, {}).items():
        if key in body:
            record = app.store.add_record(target, record_body(target))
            body[key] = record.get("id") or record.get("_id")
    return body


async def _row_with_value(client: httpx.AsyncClient) -> dict[str, Any]:
    customer = await client.post(
        "/v1/api/customer", json={"email": "a@example.com", "firstName": "A", "lastName": "B"}
    )
    tables = (await client.get("/v1/api/custom-tables")).json()
    table = next(t for t in tables if t["name"] == "loyalty-points")
    fields = (
        await client.get("/v1/api/custom-table-fields", params={"tableId": table["_id"]})
    ).json()
    field_ids = {f["name"]: f["_id"] for f in fields}
    row = (
        await client.post("/v1/api/custom-table-row", json={"tableId": {"$oid": table["_id"]}})
    ).json()
    value = await client.post(
        "/v1/api/custom-table-value",
        json={
            "tableId": {"$oid": table["_id"]},
            "rowId": row["_id"],
            "fieldId": {"$oid": field_ids["customerId"]},
            "value": customer.json()["id"],
        },
    )
    assert value.status_code == 201, value.text
    return {"table": table, "row": row["_id"]["$oid"], "value": value.json(), "fields": field_ids}


async def prepare_custom(client: httpx.AsyncClient, app: FakeFinalPOS, op: Operation) -> Prepared:
    ctx = await _row_with_value(client)
    table_id, row_id = ctx["table"]["_id"], ctx["row"]
    path = (
        op.path.replace("{tableName}", "loyalty-points")
        .replace("custom-table-row/{id}", f"custom-table-row/{row_id}")
        .replace(
            "custom-table-data/loyalty-points/{id}", f"custom-table-data/loyalty-points/{row_id}"
        )
        .replace("custom-table-value/{id}", f"custom-table-value/{ctx['value']['_id']['$oid']}")
    )
    query: dict[str, Any] = {"skip": 0, "limit": 10}
    if op.path.endswith(("custom-table-fields", "custom-table-rows", "custom-table-values")):
        query["tableId"] = table_id
    body: Any = None
    if op.path.endswith("custom-table-row"):
        body = {"tableId": {"$oid": table_id}}
    elif op.path.endswith("custom-table-value"):
        body = {
            "tableId": {"$oid": table_id},
            "rowId": {"$oid": row_id},
            "fieldId": {"$oid": ctx["fields"]["points"]},
            "value": 120,
        }
    elif op.method == "PATCH":
        body = {"value": ctx["value"]["value"]}
    return path, query if op.method == "GET" and "{" not in path else {}, body


def preparer(op: Operation) -> Preparer:
    """Every operation needs one: an operation nobody can prepare fails its test."""
    if op.path.startswith("/v1/api/custom-table"):
        return prepare_custom
    collection_of(op)  # raises for shapes the generic preparer does not know
    return prepare_plain


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == len({op.operation_id for op in OPERATIONS})
    assert all(callable(preparer(op)) for op in OPERATIONS)
    app = create_app()
    assert len(app.routes) == len(OPERATIONS)
    assert app.unsupported_operations == []
    served = {(op.method, op.path) for op in OPERATIONS}
    assert set(CUSTOM_TABLE_ROUTES) <= served, "custom-table routes the description lacks"


def test_collections_are_named_like_the_client_resources() -> None:
    """The fake's own singular/plural rule (http/routes.py) agrees with codegen's (inflect)."""
    resources = {resource.attribute for resource in collect_resources(SPEC)}
    assert set(create_app().store.collections) <= resources


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_answers_with_its_response_schema(
    op: Operation, client: httpx.AsyncClient, fake_app: FakeFinalPOS
) -> None:
    path, query, body = await preparer(op)(client, fake_app, op)
    if isinstance(body, Form):
        response = await client.request(
            op.method, path, params=query, data=body.data, files=body.files
        )
    else:
        response = await client.request(op.method, path, params=query, json=body)

    expected = 200 if op.method == "DELETE" else success_status(op)
    assert response.status_code == expected, response.text
    payload = response.json()
    validator = VALIDATORS.response(op, success_status(op))
    if validator is None:
        # Undocumented body (deletes, zapier triggers): the wire contract's record.
        assert isinstance(payload, dict) and ("id" in payload or "_id" in payload), payload
    else:
        assert error_messages(validator, payload) == []
    if isinstance(payload, list):
        assert payload, f"{op.key}: the list should not be empty after setup"
