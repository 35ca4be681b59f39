"""Custom tables as the wire contract describes them: structure, rows, typed values, flat reads."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custom_tables import fields
from final_pos_fake import FakeFinalPOS, FakeServer
from final_pos_fake.state.errors import Invalid

CUSTOMER = {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}


class Tables:
    """Structure as read over the API, plus helpers to write rows the way a client does."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def table(self, name: str) -> dict[str, Any]:
        tables = (await self.http.get("/v1/api/custom-tables")).json()
        return next(t for t in tables if t["name"] == name)

    async def field_ids(self, table_id: str) -> dict[str, str]:
        params: dict[str, str | int] = {"tableId": table_id, "limit": 100}
        fields = (await self.http.get("/v1/api/custom-table-fields", params=params)).json()
        return {f["name"]: f["_id"] for f in fields}

    async def new_row(self, table_id: str) -> str:
        response = await self.http.post(
            "/v1/api/custom-table-row", json={"tableId": {"$oid": table_id}}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["_id"]["$oid"])

    async def put_value(
        self, table_id: str, row_id: str, field_id: str, value: Any
    ) -> httpx.Response:
        return await self.http.post(
            "/v1/api/custom-table-value",
            json={
                "tableId": {"$oid": table_id},
                "rowId": {"$oid": row_id},
                "fieldId": {"$oid": field_id},
                "value": value,
            },
        )


@pytest.fixture
def tables(http: httpx.AsyncClient) -> Tables:
    return Tables(http)


async def test_structure_is_seeded_from_the_fixture(tables: Tables) -> None:
    table = await tables.table("loyalty-points")
    fields = (
        await tables.http.get("/v1/api/custom-table-fields", params={"tableId": table["_id"]})
    ).json()
    by_name = {f["name"]: f for f in fields}

    assert isinstance(table["_id"], str) and len(table["_id"]) == 24  # plain strings, documented
    assert table["metadata"] == [{"key": "extensionId", "value": "loyalty-extension"}]
    assert by_name["customerId"]["referenceLinkedCollection"] == "customers"
    assert by_name["customerId"]["referenceLinkedField"] == "_id"
    assert by_name["points"]["type"] == "number" and by_name["points"]["required"] is True
    assert by_name["tier"]["defaultValue"] == "bronze"
    assert all(f["tableId"] == table["_id"] for f in fields)
    all_types = await tables.table("all-types")
    kinds = {
        f["type"]
        for f in (
            await tables.http.get(
                "/v1/api/custom-table-fields", params={"tableId": all_types["_id"]}
            )
        ).json()
    }
    assert kinds == {"string", "number", "boolean", "date", "json-string", "geo-point"}


async def test_structure_is_read_only(http: httpx.AsyncClient) -> None:
    assert (await http.post("/v1/api/custom-tables", json={"name": "x"})).status_code == 405
    assert (await http.post("/v1/api/custom-table-field", json={"name": "x"})).status_code == 404


async def test_row_with_values_reads_back_flat(tables: Tables, http: httpx.AsyncClient) -> None:
    customer = (await http.post("/v1/api/customer", json=CUSTOMER)).json()
    table = await tables.table("loyalty-points")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    for name, value in [
        ("customerId", customer["id"]),
        ("points", 120),
        ("joinedOn", "2025-01-31"),
    ]:
        response = await tables.put_value(table["_id"], row_id, fields[name], value)
        assert response.status_code == 201, response.text
        assert response.json()["value"] == value
        assert response.json()["rowId"] == {"$oid": row_id}

    flat = (await http.get("/v1/api/custom-table-data/loyalty-points")).json()
    one = (await http.get(f"/v1/api/custom-table-data/loyalty-points/{row_id}")).json()

    assert flat == [one]
    assert one["rowId"] == {"$oid": row_id}
    assert {k: v for k, v in one.items() if k not in ("rowId", "createdAt", "updatedAt")} == {
        "customerId": customer["id"],
        "points": 120,
        "joinedOn": "2025-01-31",
    }  # tier, isActive, history: no stored value, so absent (defaults are not applied)
    assert one["updatedAt"] >= one["createdAt"]


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("text", "hello", 5),
        ("amount", 12.5, "12.5"),
        ("amount", 3, True),
        ("flag", False, "false"),
        ("when", "2025-01-31T10:00:00+00:00", "yesterday"),
        ("when", "2025-01-31", 20250131),
        ("payload", '{"a": [1, 2]}', {"a": [1, 2]}),
        ("payload", "[]", "{not json"),
    ],
)
async def test_values_are_typed_by_field_type(
    tables: Tables, field: str, good: Any, bad: Any
) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])

    rejected = await tables.put_value(table["_id"], row_id, fields[field], bad)
    accepted = await tables.put_value(table["_id"], row_id, fields[field], good)

    assert rejected.status_code == 400
    assert rejected.json()["error"] == "Bad Request" and field in rejected.json()["message"][0]
    assert accepted.status_code == 201


async def test_unknown_field_type_takes_any_json(tables: Tables) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    response = await tables.put_value(
        table["_id"], row_id, fields["location"], {"lat": 1, "lng": 2}
    )
    assert response.status_code == 201


async def test_unknown_field_or_foreign_field_is_400(tables: Tables) -> None:
    table = await tables.table("all-types")
    other = await tables.field_ids((await tables.table("loyalty-points"))["_id"])
    row_id = await tables.new_row(table["_id"])
    unknown = await tables.put_value(table["_id"], row_id, "0" * 24, "x")
    foreign = await tables.put_value(table["_id"], row_id, other["tier"], "gold")
    assert unknown.status_code == foreign.status_code == 400


async def test_unknown_table_or_row_is_404(tables: Tables) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    no_table = await tables.http.post(
        "/v1/api/custom-table-row", json={"tableId": {"$oid": "0" * 24}}
    )
    no_row = await tables.put_value(table["_id"], "0" * 24, fields["text"], "x")
    no_data = await tables.http.get("/v1/api/custom-table-data/no-such-table")
    assert no_table.status_code == no_row.status_code == no_data.status_code == 404


async def test_reference_to_a_missing_customer_is_400(tables: Tables) -> None:
    table = await tables.table("loyalty-points")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    response = await tables.put_value(table["_id"], row_id, fields["customerId"], "f" * 24)
    assert response.status_code == 400
    assert "customers" in response.json()["message"][0]


async def test_second_value_for_a_field_is_400_and_patch_changes_it(tables: Tables) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    first = (await tables.put_value(table["_id"], row_id, fields["amount"], 1)).json()
    again = await tables.put_value(table["_id"], row_id, fields["amount"], 2)
    assert again.status_code == 400

    value_id = first["_id"]["$oid"]
    wrong = await tables.http.patch(f"/v1/api/custom-table-value/{value_id}", json={"value": "2"})
    patched = await tables.http.patch(f"/v1/api/custom-table-value/{value_id}", json={"value": 2})
    missing = await tables.http.patch(f"/v1/api/custom-table-value/{'0' * 24}", json={"value": 2})

    assert wrong.status_code == 400 and missing.status_code == 404
    assert patched.status_code == 200 and patched.json()["value"] == 2
    flat = (await tables.http.get(f"/v1/api/custom-table-data/all-types/{row_id}")).json()
    assert flat["amount"] == 2


async def test_value_records_are_listed_by_table_and_row(tables: Tables) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    row_a, row_b = await tables.new_row(table["_id"]), await tables.new_row(table["_id"])
    await tables.put_value(table["_id"], row_a, fields["text"], "a")
    await tables.put_value(table["_id"], row_b, fields["text"], "b")
    await tables.put_value(table["_id"], row_b, fields["flag"], True)

    values = (
        await tables.http.get(
            "/v1/api/custom-table-values", params={"tableId": table["_id"], "rowId": row_b}
        )
    ).json()
    rows = (
        await tables.http.get("/v1/api/custom-table-rows", params={"tableId": table["_id"]})
    ).json()

    assert sorted(v["value"] for v in values if v["value"] != "b") == [True]
    assert {v["rowId"]["$oid"] for v in values} == {row_b}
    assert [r["_id"]["$oid"] for r in rows] == [row_a, row_b]


async def test_soft_delete_hides_the_row_everywhere(
    tables: Tables, http: httpx.AsyncClient
) -> None:
    table = await tables.table("all-types")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    value = (await tables.put_value(table["_id"], row_id, fields["text"], "x")).json()

    deleted = await http.delete(f"/v1/api/custom-table-row/{row_id}")

    assert deleted.status_code == 200 and deleted.json()["isDeleted"] is True
    assert (await http.get(f"/v1/api/custom-table-row/{row_id}")).status_code == 404
    assert (await http.get(f"/v1/api/custom-table-data/all-types/{row_id}")).status_code == 404
    assert (await http.delete(f"/v1/api/custom-table-row/{row_id}")).status_code == 404
    assert (await http.get("/v1/api/custom-table-data/all-types")).json() == []
    assert (await http.get("/v1/api/custom-table-values", params={"rowId": row_id})).json() == []
    patch = await http.patch(
        f"/v1/api/custom-table-value/{value['_id']['$oid']}", json={"value": "y"}
    )
    assert patch.status_code == 404


async def test_structure_drift_from_python(fake_server: FakeServer, tables: Tables) -> None:
    fake_server.app.store.add_custom_field("loyalty-points", {"name": "nickname", "type": "string"})
    fake_server.app.store.seed_custom_table(
        "gift-cards", fields=[{"name": "balance", "type": "number", "required": True}]
    )
    table = await tables.table("loyalty-points")
    assert "nickname" in await tables.field_ids(table["_id"])
    gift = await tables.table("gift-cards")
    row_id = await tables.new_row(gift["_id"])
    fields = await tables.field_ids(gift["_id"])
    assert (await tables.put_value(gift["_id"], row_id, fields["balance"], 25)).status_code == 201
    assert fake_server.app.store.custom_table_rows("gift-cards") == [
        {"rowId": row_id, "balance": 25}
    ]


def test_store_rejects_bad_structure(fake_app: FakeFinalPOS) -> None:
    with pytest.raises(ValueError, match="already exists"):
        fake_app.store.seed_custom_table("loyalty-points")
    with pytest.raises(ValueError, match="unknown custom field keys"):
        fake_app.store.add_custom_field(
            "loyalty-points", {"name": "x", "type": "string", "colour": 1}
        )
    with pytest.raises(KeyError, match="no-such"):
        fake_app.store.add_custom_field("no-such", {"name": "x", "type": "string"})


def test_reset_restores_the_seed(fake_app: FakeFinalPOS) -> None:
    fake_app.store.seed_custom_table("extra")
    fake_app.store.add_record("customers", CUSTOMER)
    fake_app.store.reset()
    assert [t.name for t in fake_app.store.custom.tables.values()] == [
        "loyalty-points",
        "customer-preferences",
        "all-types",
    ]
    assert fake_app.store.records("customers") == []


async def test_custom_seed_replaces_the_fixture() -> None:
    from final_pos_fake import create_app

    app = create_app(
        seed={
            "customTables": [{"name": "notes", "fields": [{"name": "text", "type": "string"}]}],
            "records": {"customers": [CUSTOMER]},
        }
    )
    assert [t.name for t in app.store.custom.tables.values()] == ["notes"]
    assert app.store.records("customers")[0]["email"] == CUSTOMER["email"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children),
    max_leaves=8,
)
SAMPLES = st.one_of(
    JSON_VALUES,
    st.dates().map(str),
    st.datetimes(timezones=st.just(datetime.UTC)).map(datetime.datetime.isoformat),
    JSON_VALUES.map(json.dumps),
)


# deadline=None: 200 ms per example is a speed limit a loaded 2-core machine trips.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=SAMPLES)
def test_values_are_stored_by_the_one_type_map(fake_app: FakeFinalPOS, value: object) -> None:
    """The fake accepts exactly what ``custom_tables.fields`` says the server accepts."""
    custom = fake_app.store.custom
    table = fake_app.store.custom_table("all-types")
    for field in table.fields:
        row = custom.create_row(table.id)
        refused = fields.field_type(field.type).wire_problem(value)
        if refused is None:
            assert custom.create_value(table.id, row.id, field.id, value).value == value
        else:
            with pytest.raises(Invalid, match=re.escape(refused)):
                custom.create_value(table.id, row.id, field.id, value)


@pytest.mark.parametrize(
    ("type_name", "value"),
    [
        ("string", "gold"),
        ("number", 12.5),
        ("boolean", False),
        ("date", datetime.datetime(2024, 1, 10, 9, 30, tzinfo=datetime.UTC)),
        ("date", datetime.date(2024, 1, 10)),
        ("json-string", {"visits": [1, 2]}),
        ("geo-point", {"lat": 1.5, "lng": 2}),
    ],
)
def test_what_the_type_map_writes_the_fake_stores(
    fake_app: FakeFinalPOS, type_name: str, value: object
) -> None:
    custom = fake_app.store.custom
    table = fake_app.store.custom_table("all-types")
    field = next(f for f in table.fields if f.type == type_name)
    wire = fields.field_type(type_name).write(value)
    row = custom.create_row(table.id)
    assert custom.create_value(table.id, row.id, field.id, wire).value == wire


async def test_a_field_named_like_a_system_key_loses_nothing(
    fake_server: FakeServer, tables: Tables, http: httpx.AsyncClient
) -> None:
    """The data row's own keys win; the field's value stays in its value record."""
    names = ("rowId", "createdAt", "updatedAt", "_id")
    fake_server.app.store.seed_custom_table(
        "shadows", fields=[{"name": name, "type": "string"} for name in names]
    )
    table = await tables.table("shadows")
    fields = await tables.field_ids(table["_id"])
    row_id = await tables.new_row(table["_id"])
    for name in names:
        response = await tables.put_value(table["_id"], row_id, fields[name], f"my {name}")
        assert response.status_code == 201, response.text

    one = (await http.get(f"/v1/api/custom-table-data/shadows/{row_id}")).json()
    assert (await http.get("/v1/api/custom-table-data/shadows")).json() == [one]
    assert one["rowId"] == {"$oid": row_id}
    assert one["createdAt"] != "my createdAt" and one["updatedAt"] != "my updatedAt"
    assert one["_id"] == "my _id"  # not a key of the fake's data rows
    values = (
        await http.get("/v1/api/custom-table-values", params={"tableId": table["_id"]})
    ).json()
    by_field = {value["fieldId"]["$oid"]: value["value"] for value in values}
    assert {name: by_field[fields[name]] for name in names} == {n: f"my {n}" for n in names}
    stored = fake_server.app.store.custom_table_rows("shadows")
    assert stored == [{"rowId": row_id, **{n: f"my {n}" for n in names if n != "rowId"}}]
