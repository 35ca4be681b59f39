"""``with_options`` copies share the pool; ``aclose`` closes only a client ``FinalPOS`` created;
one instance serves many tasks at once; raw responses; the low-level ``request``."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from final_pos_client import FinalPOS, RawResponse, errors
from final_pos_client.models import CategoryResponseDto, CreateCategoryDto, UpdateCategoryDto
from final_pos_fake import FakeServer


async def test_with_options_shares_the_pool_and_leaves_it_open(fake_server: FakeServer) -> None:
    pos = FinalPOS(api_key=fake_server.api_key, base_url=fake_server.base_url)
    copy = pos.with_options(max_retries=5, timeout=3.0)

    assert copy.http_client is pos.http_client
    assert (copy.max_retries, copy.timeout.read) == (5, 3.0)
    assert (pos.max_retries, pos.timeout.read) == (2, 30.0)
    assert copy.products is not pos.products

    await copy.aclose()
    assert not pos.http_client.is_closed
    assert await copy.products.list() == []
    await pos.aclose()
    assert pos.http_client.is_closed


async def test_injected_http_client_stays_open(fake_server: FakeServer) -> None:
    async with httpx.AsyncClient() as http_client:
        async with FinalPOS(
            api_key=fake_server.api_key, base_url=fake_server.base_url, http_client=http_client
        ) as pos:
            assert pos.http_client is http_client
            assert await pos.products.list() == []
        assert not http_client.is_closed


async def test_one_client_shared_by_many_tasks(pos: FinalPOS, fake_server: FakeServer) -> None:
    async def create(i: int) -> CategoryResponseDto:
        return await pos.categories.create(CreateCategoryDto(name=f"c{i}", description="x"))

    created = await asyncio.gather(*(create(i) for i in range(40)))

    assert sorted(str(c.name) for c in created) == sorted(f"c{i}" for i in range(40))
    assert len(fake_server.app.store.records("categories")) == 40


async def test_crud_round_trip(pos: FinalPOS) -> None:
    cat = await pos.categories.create(CreateCategoryDto(name="Drinks", description="Cold drinks"))
    assert (await pos.categories.get(cat.id)).name == "Drinks"
    updated = await pos.categories.update(cat.id, UpdateCategoryDto(name="Beverages"))
    assert updated.name == "Beverages"
    assert [c.id for c in await pos.categories.list(skip=0, limit=50)] == [cat.id]
    await pos.categories.delete(cat.id)
    with pytest.raises(errors.NotFoundError):
        await pos.categories.get(cat.id)


async def test_raw_response(pos: FinalPOS, fake_server: FakeServer) -> None:
    record = fake_server.app.store.add_record("products", {"name": "Tea"})

    raw = await pos.products.with_raw_response.get(record["id"])

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.http_response.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_response.json()["name"] == "Tea"
    product = raw.parse()
    assert product.id == record["id"] and product.name == "Tea"
    assert raw.parse() is product


async def test_request_escape_hatch(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.store.add_record("products", {"name": "Tea"})
    fake_server.app.faults.add("GET /v1/api/products", status=503, times=1)

    products = await pos.request("get", "/v1/api/products", params={"skip": 0, "limit": 10})

    assert [p["name"] for p in products] == ["Tea"]
    assert [e.status for e in fake_server.app.log] == [503, 200]
    with pytest.raises(errors.NotFoundError):
        await pos.request("GET", "/v1/api/product/none")
    with pytest.raises(ValueError, match="path"):
        await pos.request("GET", "v1/api/products")
