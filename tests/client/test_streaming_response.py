"""``with_streaming_response``: status and headers first, the body read as you go."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from final_pos_client import FinalPOS, StreamedResponse
from final_pos_client._core._streaming import json_item
from final_pos_client.errors import APIResponseValidationError, NotFoundError
from final_pos_client.models import ProductResponseDto
from final_pos_fake import FakeServer

from .test_retries import statuses


def add_products(fake_server: FakeServer, count: int) -> list[str]:
    return [
        fake_server.app.store.add_record("products", {"name": f"p{i}", "sku": f"S{i}"})["id"]
        for i in range(count)
    ]


async def test_records_of_a_list_arrive_as_models(pos: FinalPOS, fake_server: FakeServer) -> None:
    ids = add_products(fake_server, 30)

    async with pos.products.with_streaming_response.list(limit=100) as response:
        assert isinstance(response, StreamedResponse)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        records = [product async for product in response.iter_records()]

    assert all(isinstance(product, ProductResponseDto) for product in records)
    assert [product.id for product in records] == ids
    assert records == await pos.products.list(limit=100)


async def test_bytes_and_parse_match_the_plain_method(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    (product_id,) = add_products(fake_server, 1)

    async with pos.products.with_streaming_response.get(product_id) as response:
        body = b"".join([chunk async for chunk in response.iter_bytes()])
    async with pos.products.with_streaming_response.get(product_id) as response:
        parsed = await response.parse()

    assert json.loads(body)["id"] == product_id
    assert parsed == await pos.products.get(product_id)


async def test_errors_and_retries_happen_before_the_block(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", status=503, times=1, retry_after="0")
    add_products(fake_server, 2)

    async with pos.products.with_streaming_response.list() as response:
        assert len([p async for p in response.iter_records()]) == 2
    assert statuses(fake_server, "GET", "/v1/api/products") == [503, 200]

    with pytest.raises(NotFoundError) as raised:
        async with pos.products.with_streaming_response.get("000000000000000000000000"):
            pytest.fail("the block must not run for a 404")
    assert raised.value.status_code == 404 and raised.value.body is not None


async def test_leaving_early_closes_the_response(pos: FinalPOS, fake_server: FakeServer) -> None:
    add_products(fake_server, 50)

    async with pos.products.with_streaming_response.list(limit=100) as response:
        first = await anext(response.iter_records())
    assert first.name == "p0"
    assert response.http_response.is_closed
    assert len(await pos.products.list(limit=100)) == 50  # the client is still usable


def trickling(body: bytes, size: int) -> httpx.MockTransport:
    """A unit transport answering ``body`` in chunks of ``size`` bytes."""

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), size):
            yield body[start : start + size]

    class Chunked(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            async for chunk in chunks():
                yield chunk

    return httpx.MockTransport(lambda request: httpx.Response(200, stream=Chunked()))


@pytest.mark.parametrize("size", [1, 2, 7, 4096])
async def test_records_split_across_any_chunk_boundary(size: int) -> None:
    rows = [
        {"id": "a", "n": 12345, "s": 'x, "]" y'},
        {"id": "b", "nested": [1, {"k": True}], "f": 1.5, "z": None},
        {"id": "c", "neg": -7},
    ]
    body = (" [ " + " , ".join(json.dumps(row) for row in rows) + " ] ").encode()
    async with httpx.AsyncClient(transport=trickling(body, size)) as http:
        pos = FinalPOS(api_key="k", base_url="http://127.0.0.1:1", http_client=http)
        async with pos.custom_table_data.with_streaming_response.list("t") as response:
            assert [row.to_dict() async for row in response.iter_records()] == rows

        items: list[object] = [12345, 1.5, True, None, [], "a]b", -7]
        raw = ("[" + ",".join(json.dumps(item) for item in items) + "]").encode()
        async with httpx.AsyncClient(transport=trickling(raw, size)) as plain:
            http_response = await plain.send(plain.build_request("GET", "http://x/"), stream=True)
            streamed = StreamedResponse(http_response, lambda r: r.json(), json_item)
            assert [item async for item in streamed.iter_records()] == items


@pytest.mark.parametrize("body", [b'{"id": 1}', b'[{"id": 1}, {"id"', b""])
async def test_a_body_that_is_no_complete_array_is_an_error(body: bytes) -> None:
    async with httpx.AsyncClient(transport=trickling(body, 3)) as http:
        pos = FinalPOS(api_key="k", base_url="http://127.0.0.1:1", http_client=http)
        async with pos.custom_table_data.with_streaming_response.list("t") as response:
            with pytest.raises(APIResponseValidationError, match="not a JSON array"):
                [item async for item in response.iter_records()]
