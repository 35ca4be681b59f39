"""``iterate`` request counts: ceil(N/P), plus one only when N is a multiple of P."""

from __future__ import annotations

import math

import pytest

from final_pos_client import FinalPOS
from final_pos_client.models import ObjectId
from final_pos_fake import FakeServer

from .test_retries import statuses

PAGE = 7


def expected_requests(records: int, page_size: int) -> int:
    return math.ceil(records / page_size) + (1 if records % page_size == 0 else 0)


@pytest.mark.parametrize("records", [0, 1, PAGE, PAGE + 1, 3 * PAGE])
async def test_iterate_request_counts(pos: FinalPOS, fake_server: FakeServer, records: int) -> None:
    created = [
        fake_server.app.store.add_record("products", {"name": f"p{i}"}) for i in range(records)
    ]

    seen = [product.id async for product in pos.products.iterate(page_size=PAGE)]

    assert seen == [record["id"] for record in created]
    assert len(statuses(fake_server, "GET", "/v1/api/products")) == expected_requests(records, PAGE)


def test_expected_counts_match_the_rule() -> None:
    assert [expected_requests(n, PAGE) for n in (0, 1, PAGE, PAGE + 1, 3 * PAGE)] == [1, 1, 2, 2, 4]


async def test_iterate_is_lazy(pos: FinalPOS, fake_server: FakeServer) -> None:
    for i in range(10):
        fake_server.app.store.add_record("products", {"name": f"p{i}"})

    pages = pos.products.iterate(page_size=3)
    first = await anext(pages)

    assert first.name == "p0"
    assert len(statuses(fake_server, "GET", "/v1/api/products")) == 1


@pytest.mark.parametrize("page_size", [0, 101, -1, True, 2.5])
async def test_bad_page_size_fails_before_any_request(
    pos: FinalPOS, fake_server: FakeServer, page_size: object
) -> None:
    with pytest.raises(ValueError, match="page_size"):
        pos.products.iterate(page_size=page_size)  # type: ignore[arg-type]
    assert len(fake_server.app.log) == 0


async def test_iterate_with_path_and_required_query_parameters(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    tables = {table.name: table async for table in pos.custom_tables.iterate(page_size=2)}
    table_id = plain_id(tables["loyalty-points"].id)

    fields = [field async for field in pos.custom_table_fields.iterate(table_id=table_id)]
    assert fields and all(plain_id(field.table_id) == table_id for field in fields)
    assert fields == await pos.custom_table_fields.list(table_id=table_id, limit=100)

    rows = [row async for row in pos.custom_table_data.iterate("loyalty-points", page_size=5)]
    assert rows == await pos.custom_table_data.list("loyalty-points", skip=0, limit=100)


def plain_id(value: ObjectId | str) -> str:
    return value if isinstance(value, str) else value.oid
