"""A body that is not JSON or does not fit the model: a clear error naming the call."""

from __future__ import annotations

import httpx
import pytest

from final_pos_client import FinalPOS, errors
from final_pos_fake import FakeServer


async def test_truncated_json_is_a_clear_error(pos: FinalPOS, fake_server: FakeServer) -> None:
    record = fake_server.app.store.add_record("products", {"name": "Tea"})
    fake_server.app.faults.add("GET /v1/api/product/{id}", truncate=True)

    with pytest.raises(errors.APIResponseValidationError) as caught:
        await pos.products.get(record["id"])

    message = str(caught.value)
    assert message.startswith("products.get (ProductController_findOne): ")
    assert "not valid JSON" in message
    assert caught.value.operation == "products.get (ProductController_findOne)"
    assert caught.value.response.status_code == 200


async def test_truncated_list_through_request(pos: FinalPOS, fake_server: FakeServer) -> None:
    fake_server.app.store.add_record("products", {"name": "Tea"})
    fake_server.app.faults.add("GET /v1/api/products", truncate=True)

    with pytest.raises(errors.APIResponseValidationError, match="GET /v1/api/products"):
        await pos.request("GET", "/v1/api/products")


def _serving(body: bytes) -> FinalPOS:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return FinalPOS(
        api_key="k",
        base_url="http://127.0.0.1:1",
        http_client=httpx.AsyncClient(transport=transport),
    )


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"[1, 2]", "does not fit ProductResponseDto (TypeError: got list)"),
        (b'{"id": "p1", "createdAt": "not a date"}', "does not fit ProductResponseDto (ValueError"),
        (b'{"name": "no id"}', "does not fit ProductResponseDto (KeyError: 'id')"),
        (b'{"name": "x"', "not valid JSON"),
    ],
)
async def test_body_not_fitting_the_model(body: bytes, detail: str) -> None:
    pos = _serving(body)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        await pos.products.get("p1")
    assert detail in str(caught.value)
    assert not isinstance(caught.value, KeyError)


async def test_list_body_not_a_list() -> None:
    pos = _serving(b'{"items": []}')
    with pytest.raises(errors.APIResponseValidationError, match=r"products.list .* list\["):
        await pos.products.list()
