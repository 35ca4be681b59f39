"""skip/limit exactly as the wire contract says, over a real socket."""

from __future__ import annotations

import httpx
import pytest

from final_pos_fake import FakeServer

PRODUCT = {"name": "Tea", "productType": "simple"}


def seed_products(server: FakeServer, count: int) -> list[str]:
    return [
        server.app.store.add_record("products", {**PRODUCT, "name": f"Tea {i}"})["id"]
        for i in range(count)
    ]


@pytest.mark.parametrize("count", [0, 1, 100, 101])
async def test_pages_hold_at_most_limit_items(
    count: int, fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    ids = seed_products(fake_server, count)

    first = await http.get("/v1/api/products", params={"skip": 0, "limit": 100})
    second = await http.get("/v1/api/products", params={"skip": 100, "limit": 100})

    assert first.status_code == second.status_code == 200
    assert [p["id"] for p in first.json()] == ids[:100]
    assert [p["id"] for p in second.json()] == ids[100:]
    assert isinstance(first.json(), list)


@pytest.mark.parametrize("count", [0, 1, 100, 101])
async def test_paging_until_a_short_page_reads_everything(
    count: int, fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    ids = seed_products(fake_server, count)
    seen: list[str] = []
    skip = 0
    while True:
        page = (await http.get("/v1/api/products", params={"skip": skip, "limit": 100})).json()
        seen += [p["id"] for p in page]
        if len(page) < 100:
            break
        skip += 100
    assert seen == ids


async def test_limit_defaults_to_50(fake_server: FakeServer, http: httpx.AsyncClient) -> None:
    seed_products(fake_server, 51)
    assert len((await http.get("/v1/api/products")).json()) == 50
    assert len((await http.get("/v1/api/products", params={"skip": 50})).json()) == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": 101}, "limit must not be greater than 100"),
        ({"limit": -1}, "limit must be a non-negative integer"),
        ({"limit": "1.5"}, "limit must be a non-negative integer"),
        ({"limit": "ten"}, "limit must be a non-negative integer"),
        ({"skip": -5}, "skip must be a non-negative integer"),
        ({"skip": "0.5"}, "skip must be a non-negative integer"),
    ],
)
async def test_bad_paging_is_a_400(
    params: dict[str, str | int], message: str, http: httpx.AsyncClient
) -> None:
    response = await http.get("/v1/api/customers", params=params)
    assert response.status_code == 400
    assert response.json() == {"statusCode": 400, "message": [message], "error": "Bad Request"}


async def test_limit_zero_answers_an_empty_page(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    seed_products(fake_server, 3)
    assert (await http.get("/v1/api/products", params={"limit": 0})).json() == []


async def test_custom_table_lists_page_too(http: httpx.AsyncClient) -> None:
    tables = (await http.get("/v1/api/custom-tables", params={"skip": 1, "limit": 1})).json()
    assert [t["name"] for t in tables] == ["customer-preferences"]
    assert (
        await http.get("/v1/api/custom-table-data/all-types", params={"limit": 101})
    ).status_code == 400
