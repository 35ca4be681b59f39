"""No duplicate from concurrency (issue 18, item 4): upserts with one match, through any
``Table`` of one ``CustomTables``, run one at a time and leave one row."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import ModuleType

import pytest

from custom_tables import CustomTables, KeyedLock, ValidationError
from final_pos_fake import FakeServer

Freeze = Callable[[str], Awaitable[ModuleType]]


def stored(fake_server: FakeServer) -> list[tuple[str, int]]:
    rows = fake_server.app.store.custom_table_rows("loyalty-points")
    return sorted((row["customerId"], row["points"]) for row in rows)


async def test_concurrent_upserts_with_one_match_leave_one_row(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    customer_id = new_customer()
    results = await asyncio.gather(
        *(
            table.upsert(match={"customerId": customer_id}, values={"points": points})
            for points in range(5)
        )
    )
    assert [result.created for result in results] == [True, False, False, False, False]
    assert stored(fake_server) == [(customer_id, 4)]  # the last one, applied last


async def test_upserts_through_two_tables_of_one_custom_tables_leave_one_row(
    tables: CustomTables,
    fake_server: FakeServer,
    new_customer: Callable[..., str],
    freeze: Freeze,
) -> None:
    dynamic = await tables.table("loyalty-points")
    Row = (await freeze("loyalty-points")).LoyaltyPointsRow
    frozen = await tables.table("loyalty-points", model=Row)
    await frozen.find(points=0)  # both indexes loaded before the writes
    await dynamic.find(points=0)
    customer_id = new_customer()
    done = await asyncio.gather(
        dynamic.upsert(match={"customerId": customer_id}, values={"points": 1}),
        frozen.upsert(match={"customer_id": customer_id}, values={"points": 2}),
    )
    assert [result.created for result in done] == [True, False]
    assert stored(fake_server) == [(customer_id, 2)]
    assert [row.points for row in await dynamic.find(customerId=customer_id)] == [2]


async def test_create_many_with_a_key_upserts_each_row(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    first, second = new_customer(), new_customer()
    rows = [{"customerId": first, "points": n} for n in range(4)]
    rows += [{"customerId": second, "points": 10}]
    results = await table.create_many(rows, key=["customerId"], concurrency=8)
    assert all(result.ok for result in results)
    assert sum(result.created for result in results) == 2
    assert stored(fake_server) == sorted([(first, 3), (second, 10)])
    again = await table.create_many(rows, key=["customerId"])  # a re-run changes nothing new
    assert not any(result.created for result in again)
    assert len(stored(fake_server)) == 2


async def test_another_match_is_not_held_up(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    held, other = new_customer(), new_customer()
    async with table.holding(customerId=held):
        waiting = asyncio.ensure_future(
            table.upsert(match={"customerId": held}, values={"points": 1})
        )
        await table.upsert(match={"customerId": other}, values={"points": 2})
        assert not waiting.done()  # blocked on the lock this block holds
        assert stored(fake_server) == [(other, 2)]
    assert (await waiting).created
    assert stored(fake_server) == sorted([(held, 1), (other, 2)])


async def test_a_keyed_lock_forgets_a_key_nobody_holds() -> None:
    locks = KeyedLock()
    order: list[str] = []

    async def hold(key: str, name: str, started: asyncio.Event | None = None) -> None:
        async with locks.hold(key):
            if started is not None:
                started.set()
            order.append(name)
            await asyncio.sleep(0)
            order.append(name)

    started = asyncio.Event()
    first = asyncio.ensure_future(hold("k", "a", started))
    await started.wait()
    await asyncio.gather(hold("k", "b"), first)
    assert order == ["a", "a", "b", "b"]
    assert len(locks) == 0


async def test_create_many_with_a_key_refuses_a_row_without_it_before_sending(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    cid = new_customer()
    rows = [{"customerId": cid, "points": 1, "tier": "gold"}, {"customerId": cid, "points": 2}]
    fake_server.app.log.clear()
    with pytest.raises(ValidationError) as raised:
        await table.create_many(rows, key=["tier"])
    assert raised.value.field == "tier"
    assert "row 1 of the rows given to create_many" in raised.value.__notes__[0]
    assert [r for r in fake_server.app.log if r.method != "GET"] == []
