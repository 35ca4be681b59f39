"""The README's fake example, with the SDK's own client against the fake over a real socket."""

from __future__ import annotations

from final_pos_client import FinalPOS
from final_pos_client.models import CreateProductDto
from final_pos_fake import FakeServer


async def test_retries_a_503(fake_server: FakeServer) -> None:
    fault = fake_server.app.faults.add("POST /v1/api/product", status=503, times=1, retry_after="0")
    async with FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, allow_insecure_http=True
    ) as pos:
        product = await pos.products.create(CreateProductDto(name="Tea", product_type="simple"))
    assert fault.fired == 1
    assert fake_server.app.log.count("POST", "/v1/api/product") == 2  # (method, path, status)
    assert fake_server.app.store.records("products")[0]["id"] == product.id
