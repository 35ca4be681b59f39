"""Structure drift under running code (issue 18, item 1): what the table gained is absorbed;
only what a frozen class cannot honour raises, on the operations it affects."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import pytest

from custom_tables import CustomTables, ModelMismatchError, UnknownFieldError, ValidationError
from final_pos_fake import FakeServer

Freeze = Callable[[str], Awaitable[ModuleType]]
FIELDS = "/v1/api/custom-table-fields"


def remove_field(fake_server: FakeServer, table: str, name: str) -> None:
    """As when someone deletes a field in the back office."""
    store = fake_server.app.store
    with store.lock:
        live = store.custom.table_by_name(table)
        assert live is not None
        live.fields = [field for field in live.fields if field.name != name]


def retype_field(fake_server: FakeServer, table: str, name: str, type_name: str) -> None:
    store = fake_server.app.store
    with store.lock:
        live = store.custom.table_by_name(table)
        assert live is not None
        (field,) = [field for field in live.fields if field.name == name]
        field.type = type_name


async def stored_values(tables: CustomTables, table_id: str, row_id: str) -> dict[str, Any]:
    """``{field id: wire value}`` as the server holds them."""
    return {
        record["fieldId"]["$oid"]: record["value"]
        for record in await tables.api.value_records(table_id, row_id)
    }


async def test_a_new_optional_field_is_absorbed_by_a_frozen_model(
    tables: CustomTables,
    fake_server: FakeServer,
    new_customer: Callable[..., str],
    freeze: Freeze,
    caplog: pytest.LogCaptureFixture,
) -> None:
    Row = (await freeze("loyalty-points")).LoyaltyPointsRow
    table = await tables.table("loyalty-points", model=Row)
    customer_id = new_customer()
    created = await table.create(Row(customer_id=customer_id, points=5))
    nick = fake_server.app.store.add_custom_field(
        "loyalty-points", {"name": "nickName", "type": "string"}
    )
    await tables.api.create_value(table.id, created.id, nick.id, "Annie")
    caplog.set_level(logging.INFO, logger="custom_tables")

    await tables.refresh()  # a bare refresh with a stale frozen model open
    row = await table.get(created.id)
    assert isinstance(row, Row) and row.points == 5 and row.extra == {"nickName": "Annie"}
    assert [r.extra for r in await table.list()] == [{"nickName": "Annie"}]
    assert [r.id async for r in table.iterate()] == [created.id]
    assert await table.find(customer_id=customer_id) == [row]
    upserted = await table.upsert(match={"customerId": customer_id}, values={"points": 6})
    assert not upserted.created and upserted.row.extra == {"nickName": "Annie"}

    row.points = 7
    await table.update(row.id, row)  # the whole row, written back: nickName unchanged
    assert (await stored_values(tables, table.id, row.id))[nick.id] == "Annie"
    copy = await table.create(Row(customer_id=customer_id, points=1, extra=dict(row.extra)))
    assert copy.extra == {"nickName": "Annie"}
    renamed = await table.update(row.id, {"nickName": "Ann"})  # writable by its wire name
    assert renamed.extra == {"nickName": "Ann"}

    await tables.refresh()
    told = [r for r in caplog.records if "nickName" in r.getMessage()]
    assert len(told) == 1 and told[0].levelno == logging.INFO
    assert "LoyaltyPointsRow" in told[0].getMessage()
    assert "final-pos-tables freeze loyalty-points" in told[0].getMessage()


async def test_refresh_with_one_stale_frozen_model_keeps_the_others_working(
    tables: CustomTables,
    fake_server: FakeServer,
    new_customer: Callable[..., str],
    freeze: Freeze,
) -> None:
    points_row = (await freeze("loyalty-points")).LoyaltyPointsRow
    preferences_row = (await freeze("customer-preferences")).CustomerPreferencesRow
    points = await tables.table("loyalty-points", model=points_row)
    preferences = await tables.table("customer-preferences", model=preferences_row)
    dynamic = await tables.table("loyalty-points")
    retype_field(fake_server, "loyalty-points", "points", "string")

    await tables.refresh()

    customer_id = new_customer()
    stored = await preferences.create({"customerId": customer_id})
    assert isinstance(stored, preferences_row) and stored.preferred_channel == "email"
    with pytest.raises(ModelMismatchError) as raised:
        await points.list()
    assert raised.value.drifted == {"points": "type is 'string' now, 'number' in the class"}
    assert "final-pos-tables freeze loyalty-points" in str(raised.value)
    assert await dynamic.list() == []  # the run-time model follows the table


async def test_a_removed_optional_field_fails_only_the_writes_that_give_it(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str], freeze: Freeze
) -> None:
    Row = (await freeze("loyalty-points")).LoyaltyPointsRow
    table = await tables.table("loyalty-points", model=Row)
    created = await table.create(Row(customer_id=new_customer(), points=5, joined_on=None))
    remove_field(fake_server, "loyalty-points", "tier")
    await tables.refresh()

    row = await table.get(created.id)
    assert row.points == 5 and row.tier == "bronze"  # the class default: the table has none
    assert (await table.update(row.id, {"points": 6})).points == 6
    assert (await table.create(Row(customer_id=new_customer(), points=1))).points == 1
    with pytest.raises(ModelMismatchError) as raised:
        await table.update(row.id, {"tier": "gold"})
    assert raised.value.drifted == {"tier": "no longer in the table"}
    with pytest.raises(ModelMismatchError, match="tier: no longer in the table"):
        await table.create(Row(customer_id=new_customer(), points=1, tier="gold"))


async def test_a_removed_required_field_fails_reads_but_not_deletes(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str], freeze: Freeze
) -> None:
    Row = (await freeze("loyalty-points")).LoyaltyPointsRow
    table = await tables.table("loyalty-points", model=Row)
    created = await table.create(Row(customer_id=new_customer(), points=5))
    remove_field(fake_server, "loyalty-points", "customerId")
    await tables.refresh()
    for read in (table.list(), table.get(created.id), table.find(points=5)):
        with pytest.raises(ModelMismatchError, match="customerId: no longer in the table"):
            await read
    await table.delete(created.id)
    assert fake_server.app.store.custom_table_rows("loyalty-points") == []


async def test_a_new_required_field_refuses_only_creates_without_it(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str], freeze: Freeze
) -> None:
    Row = (await freeze("loyalty-points")).LoyaltyPointsRow
    table = await tables.table("loyalty-points", model=Row)
    created = await table.create(Row(customer_id=new_customer(), points=5))
    fake_server.app.store.add_custom_field(
        "loyalty-points", {"name": "source", "type": "string", "required": True}
    )
    await tables.refresh()
    fake_server.app.log.clear()
    with pytest.raises(ValidationError) as raised:
        await table.create(Row(customer_id=new_customer(), points=1))
    assert raised.value.field == "source"
    assert "LoyaltyPointsRow does not declare it" in str(raised.value)
    assert "final-pos-tables freeze loyalty-points" in str(raised.value)
    assert [r.method for r in fake_server.app.log] == []  # nothing sent
    with_source = await table.create({"customerId": new_customer(), "points": 1, "source": "pos"})
    assert with_source.extra == {"source": "pos"}
    assert (await table.update(created.id, {"points": 6})).points == 6


async def test_a_dynamic_table_retries_a_write_once_after_a_refresh(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    fake_server.app.store.add_custom_field("loyalty-points", {"name": "nickName", "type": "string"})
    fake_server.app.log.clear()
    created = await table.create({"customerId": new_customer(), "points": 5, "nickName": "Bo"})
    assert created.nick_name == "Bo"
    assert fake_server.app.log.count("GET", FIELDS) == 1

    fake_server.app.log.clear()
    with pytest.raises(UnknownFieldError) as raised:
        await table.update(created.id, {"nickname2": "x"})
    assert "tables.refresh()" in str(raised.value) and "'nickName'" in str(raised.value)
    assert fake_server.app.log.count("GET", FIELDS) == 1  # one re-read, then the error
    assert [r for r in fake_server.app.log if r.method != "GET"] == []


async def test_a_dynamic_table_reads_past_a_removed_or_retyped_field(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    created = await table.create({"customerId": new_customer(), "points": 5, "tier": "gold"})
    remove_field(fake_server, "loyalty-points", "tier")
    retype_field(fake_server, "loyalty-points", "joinedOn", "string")
    await tables.refresh("loyalty-points")
    (row,) = await table.list()
    assert row.id == created.id and row.points == 5 and not hasattr(row, "tier")
    assert {field.name: field.type for field in table.fields}["joinedOn"] == "string"


async def test_a_dynamic_table_after_a_new_required_field_refuses_creates_without_it(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    created = await table.create({"customerId": new_customer(), "points": 5})
    fake_server.app.store.add_custom_field(
        "loyalty-points", {"name": "source", "type": "string", "required": True}
    )
    await tables.refresh()
    with pytest.raises(ValidationError, match="'source': required field is missing"):
        await table.create({"customerId": new_customer(), "points": 1})
    assert (await table.update(created.id, {"points": 6})).points == 6
    made = await table.create({"customerId": new_customer(), "points": 1, "source": "pos"})
    assert made.source == "pos"
