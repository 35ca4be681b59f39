"""Structure cache (TTL, single flight), drift and refresh, against the fake server."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable

import pytest

from custom_tables import CustomTables, Row, Table
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer

TABLES = "/v1/api/custom-tables"
FIELDS = "/v1/api/custom-table-fields"


async def test_100_concurrent_cold_lookups_fetch_the_structure_once(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"GET {TABLES}", latency=0.05)  # keep the first fetch in flight
    found = await asyncio.gather(*(tables.table("loyalty-points") for _ in range(100)))
    assert all(table is found[0] for table in found)
    log = fake_server.app.log
    assert (log.count("GET", TABLES), log.count("GET", FIELDS)) == (1, 1)
    models = {table.model for table in found}
    assert len(models) == 1


async def test_a_failed_structure_fetch_is_shared_and_not_cached(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add(f"GET {TABLES}", status=500, times=1, latency=0.05)
    results = await asyncio.gather(
        *(tables.table("loyalty-points") for _ in range(10)), return_exceptions=True
    )
    assert all(isinstance(result, Exception) for result in results)
    assert fake_server.app.log.count("GET", TABLES) == 1
    assert (await tables.table("loyalty-points")).name == "loyalty-points"
    assert fake_server.app.log.count("GET", TABLES) == 2


@pytest.mark.filterwarnings("ignore:.*unknown type 'geo-point'")
class ManualClock:
    """The structure cache's clock, moved by the test: a TTL with no real waiting."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


async def test_structure_expires_after_the_ttl(pos: FinalPOS, fake_server: FakeServer) -> None:
    clock = ManualClock()
    tables = CustomTables(pos, ttl=300.0, clock=clock)
    first = await tables.table("all-types")
    model = first.model
    clock.now += 300.0
    assert await tables.table("all-types") is first  # at the TTL: still fresh
    assert fake_server.app.log.count("GET", FIELDS) == 1
    clock.now += 0.001
    again = await tables.table("all-types")
    assert again is first
    assert fake_server.app.log.count("GET", FIELDS) == 2
    assert again.model is model  # same structure version: the model is not rebuilt


async def test_drift_is_picked_up_on_read_without_losing_data(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    customer_id = new_customer()
    created = await table.create({"customerId": customer_id, "points": 5, "tier": "gold"})
    old_model = table.model

    field = fake_server.app.store.add_custom_field(
        "loyalty-points", {"name": "nickName", "type": "string"}
    )
    # Someone fills the new field (e.g. in the Manage app): the read sees an unknown key.
    await tables.api.create_value(table.id, created.id, field.id, "Annie")
    fake_server.app.log.clear()

    (row,) = await table.list()
    assert table.model is not old_model
    assert isinstance(row, table.model)
    assert row.nick_name == "Annie"
    assert (row.customer_id, row.points, row.tier) == (customer_id, 5, "gold")
    assert row.extra == {}
    assert fake_server.app.log.count("GET", FIELDS) == 1  # refreshed once
    # old rows keep their own class and values
    assert created.points == 5 and isinstance(created, old_model)

    updated = await table.update(created.id, {"nickName": "Ann"})
    assert updated.nick_name == "Ann"


async def test_unknown_keys_that_stay_unknown_go_to_extra_and_refresh_only_once(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    created = await table.create({"customerId": new_customer(), "points": 5})
    record = {
        "rowId": {"$oid": created.id},
        "customerId": created.customer_id,
        "points": 5,
        "companyNote": "vip",
    }
    fake_server.app.log.clear()
    rows = await table._rows([record])
    assert rows[0].extra == {"companyNote": "vip"}
    await table._rows([record])
    assert fake_server.app.log.count("GET", FIELDS) == 1


async def test_explicit_refresh_sees_a_new_field(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    table = await tables.table("customer-preferences")
    fake_server.app.store.add_custom_field(
        "customer-preferences", {"name": "smsOptIn", "type": "boolean", "defaultValue": False}
    )
    assert "smsOptIn" not in {field.name for field in table.fields}
    await tables.refresh("customer-preferences")
    assert "smsOptIn" in {field.name for field in table.fields}
    assert table.model().sms_opt_in is False

    fake_server.app.store.seed_custom_table(
        "gift-cards", fields=[{"name": "code", "type": "string"}]
    )
    await tables.refresh()
    assert "gift-cards" in await tables.names()
    assert [field.name for field in (await tables.table("gift-cards")).fields] == ["code"]


async def test_a_table_created_after_the_cache_filled_is_found(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    await tables.names()
    fake_server.app.store.seed_custom_table("vouchers", fields=[{"name": "code", "type": "string"}])
    assert (await tables.table("vouchers")).name == "vouchers"


async def test_unknown_field_types_warn_once_and_pass_values_through(
    tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    with pytest.warns(UserWarning, match="'location': unknown type 'geo-point'") as caught:
        table = await tables.table("all-types")
        await tables.refresh("all-types")
    assert len(caught) == 1
    row = await table.create({"location": {"lat": 52.5, "lng": 13.4}, "text": "x"})
    assert row.location == {"lat": 52.5, "lng": 13.4}


async def test_a_held_table_reloads_its_structure_after_the_ttl(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    clock = ManualClock()
    tables = CustomTables(pos, ttl=300.0, clock=clock)
    table = await tables.table("loyalty-points")
    fake_server.app.store.add_custom_field("loyalty-points", {"name": "referrer", "type": "string"})
    clock.now += 299.0
    row = await table.create({"customerId": new_customer(), "points": 1})  # still fresh
    assert "referrer" not in {field.name for field in table.fields}
    clock.now += 2.0
    await table.get(row.id)  # past the TTL; nothing in the answer names the new field
    assert "referrer" in {field.name for field in table.fields}
    assert fake_server.app.log.count("GET", FIELDS) == 2
    updated = await table.update(row.id, {"referrer": "Bob"})
    assert updated.referrer == "Bob"


async def test_unknown_type_warnings_only_for_the_table_in_use(tables: CustomTables) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await tables.tables()
        await (await tables.table("loyalty-points")).list()
    with pytest.warns(UserWarning, match="'all-types', field 'location'") as caught:
        table = await tables.table("all-types")
        await table.list()
    assert len(caught) == 1


LOYALTY_DATA = "/v1/api/custom-table-data/loyalty-points"


async def read_then_written_elsewhere(
    pos: FinalPOS, fake_server: FakeServer, customer_id: str, index_ttl: float, clock: ManualClock
) -> Table[Row]:
    """A table on ``clock`` whose lookup index has read the table (no row of ``customer_id``;
    the fake's log holds that one read), then a row of that customer written through another
    ``CustomTables``: the index shows it only once it reads the table again."""
    table = await CustomTables(pos, index_ttl=index_ttl, clock=clock).table("loyalty-points")
    fake_server.app.log.clear()
    assert await table.find(customer_id=customer_id) == []
    elsewhere = await CustomTables(pos).table("loyalty-points")
    await elsewhere.create({"customerId": customer_id, "points": 3})
    return table


async def test_the_lookup_index_expires_after_index_ttl_of_the_injected_clock(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    clock = ManualClock()
    cid = new_customer()
    table = await read_then_written_elsewhere(pos, fake_server, cid, 60.0, clock)
    clock.now += 60.0
    assert await table.find(customer_id=cid) == []  # at the TTL: still the first read
    assert fake_server.app.log.count("GET", LOYALTY_DATA) == 1
    clock.now += 0.001
    assert [row.points for row in await table.find(customer_id=cid)] == [3]
    assert fake_server.app.log.count("GET", LOYALTY_DATA) == 2


async def test_the_lookup_index_is_kept_while_the_injected_clock_stands_still(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    cid = new_customer()
    # index_ttl=0: any real time between two finds would expire the index; this clock has none.
    table = await read_then_written_elsewhere(pos, fake_server, cid, 0.0, ManualClock())
    assert await table.find(customer_id=cid) == []
    assert await table.find_one(customer_id=cid) is None
    assert fake_server.app.log.count("GET", LOYALTY_DATA) == 1
