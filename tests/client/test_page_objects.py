"""``list(...)`` returns a ``Page``: still a list of the records, plus ``has_next_page()``,
``next_page()`` and ``async for`` over every record from that page on."""

from __future__ import annotations

import pytest

from final_pos_client import FinalPOS, Page
from final_pos_client.models import ObjectId
from final_pos_fake import FakeServer

from .test_retries import statuses


def add_products(fake_server: FakeServer, count: int) -> list[str]:
    return [
        fake_server.app.store.add_record("products", {"name": f"p{i}"})["id"] for i in range(count)
    ]


async def test_a_page_is_a_list_of_the_records(pos: FinalPOS, fake_server: FakeServer) -> None:
    ids = add_products(fake_server, 5)

    page = await pos.products.list(limit=3)

    assert isinstance(page, Page) and isinstance(page, list)
    assert [product.id for product in page] == ids[:3]
    assert len(page) == 3 and page[0].id == ids[0]
    assert page.has_next_page()


async def test_next_page_keeps_filters_and_options(pos: FinalPOS, fake_server: FakeServer) -> None:
    ids = add_products(fake_server, 5)

    first = await pos.products.list(skip=1, limit=2, extra_headers={"X-Trace": "t"})
    second = await first.next_page()
    third = await second.next_page()

    assert [p.id for p in second] == ids[3:5] and (second.skip, second.limit) == (3, 2)
    assert third == [] and not third.has_next_page()
    with pytest.raises(LookupError, match="has_next_page"):
        await third.next_page()


async def test_async_for_walks_every_record_from_this_page_on(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    ids = add_products(fake_server, 7)

    page = await pos.products.list(skip=2, limit=2)
    seen = [product.id async for product in page]

    assert seen == ids[2:]
    # pages of 2 from skip 2: [2,3] [4,5] [6] -> the short page ends the walk
    assert len(statuses(fake_server, "GET", "/v1/api/products")) == 3


async def test_a_short_page_has_no_next(pos: FinalPOS, fake_server: FakeServer) -> None:
    add_products(fake_server, 2)

    page = await pos.products.list(limit=50)

    assert not page.has_next_page()
    assert [p.name async for p in page] == ["p0", "p1"]
    assert len(statuses(fake_server, "GET", "/v1/api/products")) == 1


async def test_following_pages_keep_path_and_required_query_parameters(
    pos: FinalPOS,
) -> None:
    tables = {table.name: table async for table in await pos.custom_tables.list(limit=1)}
    table_id = plain_id(tables["loyalty-points"].id)

    page = await pos.custom_table_fields.list(table_id=table_id, limit=1)
    fields = [field async for field in page]
    assert len(fields) > 1 and all(plain_id(field.table_id) == table_id for field in fields)
    assert fields == [field async for field in pos.custom_table_fields.iterate(table_id=table_id)]

    rows_page = await pos.custom_table_data.list("all-types", limit=1)
    assert [row async for row in rows_page] == await pos.custom_table_data.list(
        "all-types", limit=100
    )


def plain_id(value: ObjectId | str) -> str:
    return value if isinstance(value, str) else value.oid


async def test_raw_and_streamed_list_responses_parse_to_pages(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    ids = add_products(fake_server, 3)

    raw = await pos.products.with_raw_response.list(limit=2)
    page = raw.parse()
    async with pos.products.with_streaming_response.list(limit=2) as response:
        streamed = await response.parse()

    assert raw.status_code == 200
    assert isinstance(page, Page) and isinstance(streamed, Page)
    assert [p.id async for p in page] == [p.id async for p in streamed] == ids
