"""`make demo`: the SDK against the local fake Final POS API. No API key, no network.

Starts the fake (``final_pos_fake.serve``: uvicorn in a thread on a free 127.0.0.1 port), then
through ``FinalPOS``: creates a product and reads it back, pages through a list of categories,
and creates and reads a custom-table row (``custom_tables``) linked to a new customer; prints
each step, checks what it reads against what it wrote, and stops the server.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from custom_tables import CustomTables
from final_pos_client import FinalPOS
from final_pos_client.errors import NotFoundError
from final_pos_client.models import CreateCategoryDto, CreateCustomerDto, CreateProductDto
from final_pos_fake import serve

DEMO_KEY = "demo-key"  # the fake's own key: nothing leaves this machine
PAGE_SIZE = 2
CATEGORY_NAMES = ("Coffee", "Tea", "Juice", "Pastries", "Sandwiches")
LOYALTY_TABLE = "loyalty-points"


class DemoCheckFailed(RuntimeError):
    """What the demo read back differs from what it wrote."""


def say(text: str) -> None:
    print(text, flush=True)


def check(ok: bool, what: str) -> None:
    if not ok:
        raise DemoCheckFailed(what)


async def product_round_trip(pos: FinalPOS) -> None:
    say("1. products: create one and read it back")
    created = await pos.products.create(
        CreateProductDto(name="Sweet Tea", product_type="Beverages", sku="TEA-001")
    )
    say(f"   created product id={created.id} name={created.name!r} sku={created.sku!r}")
    fetched = await pos.products.get(created.id)
    check(
        (fetched.id, fetched.name, fetched.sku) == (created.id, created.name, created.sku),
        f"read back {fetched!r}, expected {created!r}",
    )
    say(f"   read back product id={fetched.id} name={fetched.name!r}: matches")
    try:
        await pos.products.get("000000000000000000000000")
    except NotFoundError as error:
        say(f"   unknown id -> {type(error).__name__} (HTTP {error.status_code})")
    else:
        raise DemoCheckFailed("an unknown product id did not raise NotFoundError")


async def paginate_categories(pos: FinalPOS) -> None:
    say(f"2. categories: create {len(CATEGORY_NAMES)}, then page through them")
    for name in CATEGORY_NAMES:
        await pos.categories.create(CreateCategoryDto(name=name, description=f"{name} on the menu"))
    skip, seen = 0, []
    while True:
        page = await pos.categories.list(skip=skip, limit=PAGE_SIZE)
        names = [str(category.name) for category in page]
        say(f"   page skip={skip} limit={PAGE_SIZE}: {len(page)} item(s) {names}")
        seen.extend(names)
        if len(page) < PAGE_SIZE:  # no total count on the wire: a short page is the last
            break
        skip += PAGE_SIZE
    check(sorted(seen) == sorted(CATEGORY_NAMES), f"pages held {seen}, created {CATEGORY_NAMES}")
    iterated = [str(c.name) async for c in pos.categories.iterate(page_size=PAGE_SIZE)]
    check(iterated == seen, f"iterate() yielded {iterated}, pages held {seen}")
    say(f"   iterate(page_size={PAGE_SIZE}) yielded the same {len(iterated)} categories")


async def custom_table_row(pos: FinalPOS) -> None:
    say(f"3. custom tables: create and read a {LOYALTY_TABLE!r} row for a new customer")
    customer = await pos.customers.create(
        CreateCustomerDto(email="ada@example.com", first_name="Ada", last_name="Lovelace")
    )
    say(f"   created customer id={customer.id} ({customer.first_name} {customer.last_name})")
    tables = CustomTables(pos)
    table = await tables.table(LOYALTY_TABLE)
    say(f"   table {table.name!r}: fields {[field.name for field in table.fields]}")
    values: dict[str, Any] = {
        "customerId": customer.id,
        "points": 120,
        "joinedOn": date(2025, 3, 14),
    }
    row = await table.create(values)
    say(
        f"   created row id={row.id}: customer_id={row.customer_id} points={row.points} "
        f"tier={row.tier!r} (default) joined_on={row.joined_on} is_active={row.is_active}"
    )
    fetched = await table.get(row.id)
    check(fetched == row, f"read back {fetched!r}, expected {row!r}")
    say(f"   read back row id={fetched.id}: matches")


async def run(base_url: str) -> None:
    async with FinalPOS(api_key=DEMO_KEY, base_url=base_url) as pos:  # loopback http is allowed
        await product_round_trip(pos)
        await paginate_categories(pos)
        await custom_table_row(pos)


def main() -> None:
    with serve(api_key=DEMO_KEY) as server:
        say(f"demo: fake Final POS API on {server.base_url} (no API key, no network needed)")
        asyncio.run(run(server.base_url))
        say(f"demo: the fake answered {len(server.app.log)} requests")
    say("demo: done, server stopped")


if __name__ == "__main__":
    main()
