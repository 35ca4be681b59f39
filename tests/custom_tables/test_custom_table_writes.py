"""Creates are all or nothing: a failed value write deletes the row again."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from custom_tables import CustomTables
from final_pos_client import FinalPOS
from final_pos_client.errors import APIStatusError
from final_pos_fake import FakeServer

VALUE = "/v1/api/custom-table-value"


@pytest.fixture
async def pos_failing_2nd_value_write(fake_server: FakeServer) -> AsyncIterator[FinalPOS]:
    """A client whose 2nd value write meets an injected 500 from the fake (and every later one)."""
    seen = 0

    async def inject(request: httpx.Request) -> None:
        nonlocal seen
        if request.method == "POST" and request.url.path == VALUE:
            seen += 1
            if seen == 2:
                fake_server.app.faults.add(f"POST {VALUE}", status=500, message="disk full")

    http = httpx.AsyncClient(event_hooks={"request": [inject]})
    async with FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, http_client=http
    ) as client:
        yield client
    await http.aclose()


async def test_failed_2nd_value_write_leaves_no_row_behind(
    pos_failing_2nd_value_write: FinalPOS,
    fake_server: FakeServer,
    new_customer: Callable[..., str],
) -> None:
    tables = CustomTables(pos_failing_2nd_value_write)
    table = await tables.table("loyalty-points")
    with pytest.raises(APIStatusError) as raised:
        await table.create({"customerId": new_customer(), "points": 10, "tier": "gold"})
    error = raised.value
    assert error.status_code == 500
    row_id = getattr(error, "row_id", None)
    assert row_id is not None
    assert any(row_id in note and "deleted again" in note for note in error.__notes__)
    log = fake_server.app.log
    assert log.count("POST", "/v1/api/custom-table-row") == 1
    assert log.count("DELETE", f"/v1/api/custom-table-row/{row_id}") == 1
    assert fake_server.app.store.custom_table_rows("loyalty-points") == []
    assert await table.list() == []
    assert not [v for v in fake_server.app.store.custom.live_values(table.id, None)]


async def test_a_value_the_server_rejects_rolls_the_row_back(
    tables: CustomTables, fake_server: FakeServer
) -> None:
    table = await tables.table("loyalty-points")
    # the first value write succeeds; the server rejects the second (no such customer)
    with pytest.raises(APIStatusError) as raised:
        await table.create({"points": 10, "customerId": "6b0929f0612e7d5b4b43ffff"})
    assert raised.value.status_code == 400
    assert fake_server.app.log.count("POST", VALUE) == 2
    assert fake_server.app.store.custom_table_rows("loyalty-points") == []


async def test_update_changes_only_the_given_fields(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    customer_id = new_customer()
    row = await table.create({"customerId": customer_id, "points": 1, "history": [1]})
    fake_server.app.log.clear()
    updated = await table.update(row.id, {"points": 2, "is_active": False})
    log = fake_server.app.log
    assert log.count("PATCH") == 1  # points had a value record
    assert log.count("POST", VALUE) == 1  # isActive had none
    assert (updated.points, updated.is_active, updated.history) == (2, False, [1])
    assert updated.customer_id == customer_id
