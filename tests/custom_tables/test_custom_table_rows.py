"""Row reads and writes against the fake server over a real socket."""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from custom_tables import CustomTables, TableNotFoundError
from final_pos_client.errors import APIStatusError
from final_pos_fake import FakeServer


async def test_structure_of_a_seeded_table(tables: CustomTables) -> None:
    assert await tables.names() == ["loyalty-points", "customer-preferences", "all-types"]
    table = await tables.table("loyalty-points")
    assert table.name == "loyalty-points"
    by_name = {field.name: field for field in table.fields}
    assert by_name["customerId"].required is True
    assert by_name["customerId"].reference is not None
    assert by_name["customerId"].reference.collection == "customers"
    assert by_name["tier"].default == "bronze"
    assert by_name["history"].default == []
    assert by_name["points"].type == "number"
    assert await tables.table(table.id) is table


async def test_model_attributes_carry_wire_names(tables: CustomTables) -> None:
    table = await tables.table("loyalty-points")
    names = [attribute.name for attribute in attrs.fields(table.model)]
    assert names == [
        "id",
        "customer_id",
        "points",
        "tier",
        "joined_on",
        "is_active",
        "history",
        "created_at",
        "updated_at",
        "extra",
    ]
    wire = {a.name: a.metadata.get("wire_name") for a in attrs.fields(table.model)}
    assert wire["customer_id"] == "customerId"
    assert wire["joined_on"] == "joinedOn"
    assert wire["id"] is None


async def test_unknown_table_suggests_close_names(tables: CustomTables) -> None:
    with pytest.raises(TableNotFoundError) as raised:
        await tables.table("loyalty-point")
    assert raised.value.suggestions == ["loyalty-points"]
    assert "loyalty-points" in str(raised.value)


async def test_create_get_list_update_delete(
    tables: CustomTables, new_customer: Callable[..., str], fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    customer_id = new_customer()
    created = await table.create(
        {"customerId": customer_id, "points": 10, "joined_on": datetime.date(2024, 1, 10)}
    )
    assert isinstance(created, table.model)
    assert created.customer_id == customer_id
    assert created.points == 10 and isinstance(created.points, int)
    assert created.tier == "bronze"  # defaultValue of a field without a stored value
    assert created.joined_on == datetime.date(2024, 1, 10)
    assert isinstance(created.created_at, datetime.datetime) and created.created_at.tzinfo
    assert created.extra == {}
    assert await table.get(created.id) == created

    updated = await table.update(created.id, {"points": 25.5, "tier": "gold"})
    assert (updated.points, updated.tier, updated.customer_id) == (25.5, "gold", customer_id)
    stored = fake_server.app.store.custom_table_rows("loyalty-points")
    assert stored == [
        {
            "rowId": created.id,
            "customerId": customer_id,
            "points": 25.5,
            "joinedOn": "2024-01-10",
            "tier": "gold",
        }
    ]

    listed = await table.list()
    assert listed == [updated]
    await table.delete(created.id)
    assert await table.list() == []
    with pytest.raises(APIStatusError) as raised:
        await table.get(created.id)
    assert raised.value.status_code == 404


async def test_create_from_a_row_instance(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    row = table.model(customer_id=new_customer(), points=3, history=[{"at": "2024-01-01"}])
    created = await table.create(row)
    assert created.history == [{"at": "2024-01-01"}]
    assert attrs.asdict(
        created, filter=lambda a, _: a.name not in {"id", "created_at", "updated_at"}
    ) == attrs.asdict(row, filter=lambda a, _: a.name not in {"id", "created_at", "updated_at"})


async def test_list_pages_and_iterate(
    tables: CustomTables, new_customer: Callable[..., str], fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    customer_id = new_customer()
    for points in range(7):
        await table.create({"customerId": customer_id, "points": points})
    fake_server.app.log.clear()
    model = table.model
    assert [row.points for row in await table.list(skip=2, limit=3)] == [2, 3, 4]
    assert [row.points async for row in table.iterate(page_size=3)] == list(range(7))
    # 1 list request, then pages of 3, 3 and 1 (the short page ends the iteration)
    assert fake_server.app.log.count("GET", "/v1/api/custom-table-data/loyalty-points") == 4
    assert table.model is model  # one model per structure version, never one per read
    assert fake_server.app.log.count("GET", "/v1/api/custom-table-fields") == 0


async def test_update_of_an_unknown_row_sends_no_value(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    with pytest.raises(APIStatusError) as raised:
        await table.update("0123456789abcdef01234567", {"points": 1})
    assert raised.value.status_code == 404
    assert fake_server.app.log.count("POST", "/v1/api/custom-table-value") == 0


async def test_list_and_iterate_mean_what_the_resources_mean(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    fake_server.app.log.clear()
    for bad in (
        lambda: table.list(limit=101),
        lambda: table.list(limit=0),
        lambda: table.list(skip=-1),
        lambda: table.iterate(page_size=101),
        lambda: table.iterate(page_size=0),
    ):
        with pytest.raises(ValueError):
            await _first(bad())
    assert list(fake_server.app.log) == []
    assert inspect.signature(table.list).parameters["limit"].default == 50
    assert inspect.signature(table.iterate).parameters["page_size"].default == 100


async def _first(answer: Any) -> Any:
    if hasattr(answer, "__anext__"):
        return await answer.__anext__()
    return await answer
