"""What a first and a later ``tables.customer(cid)`` cost in requests (issue 18 item 7)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from custom_tables import CustomTables
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer


def requests_by_kind(fake_server: FakeServer) -> Counter[str]:
    return Counter(f"{method} {path.split('/')[3]}" for method, path, _ in fake_server.app.log)


async def test_a_first_customer_reads_each_linked_table_once_then_only_the_customer(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    customers = [new_customer() for _ in range(5)]
    setup = CustomTables(pos)
    points = await setup.table("loyalty-points")
    report = await points.import_rows(
        [{"customerId": customers[i % 5], "points": i} for i in range(250)]
    )
    assert not report.failed
    fake_server.app.log.clear()

    tables = CustomTables(pos)
    first = await tables.customer(customers[0])
    assert len(first.loyalty_points) == 50 and first.customer_preferences == []
    # tables 1, fields 3, the customer 1; loyalty-points, 250 rows: 3 pages (the short one
    # ends the scan); customer-preferences: 1 empty page. The API has no filter to use.
    assert requests_by_kind(fake_server) == Counter(
        {
            "GET custom-tables": 1,
            "GET custom-table-fields": 3,
            "GET customer": 1,
            "GET custom-table-data": 4,
        }
    )
    fake_server.app.log.clear()
    later = await tables.customer(customers[1])
    # Rows are imported concurrently, so their stored order is not the file's.
    assert sorted(row.points for row in later.loyalty_points) == list(range(1, 250, 5))
    assert requests_by_kind(fake_server) == Counter({"GET customer": 1})
