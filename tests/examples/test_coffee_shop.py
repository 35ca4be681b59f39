"""The coffee shop of ``examples/coffee_shop`` (issue 20's "Why"): its FastAPI app in process
(httpx's ASGI transport) over a ``FinalPOS`` on the strict fake, over both transports, with
faults injected in the fake."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from examples.coffee_shop.app import create_app
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer
from tests.examples.runs import uvicorn_app

ADA = {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}


def shop_client(pos: FinalPOS) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(pos))
    return httpx.AsyncClient(transport=transport, base_url="http://shop")


@pytest.fixture
async def shop(pos: FinalPOS) -> AsyncIterator[httpx.AsyncClient]:
    async with shop_client(pos) as client:
        yield client


async def created(response: Any) -> dict[str, Any]:
    answer = await response
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def open_shop(shop: httpx.AsyncClient) -> tuple[str, str]:
    """A shift open, Ada and a latte: (customer id, product id)."""
    await created(shop.post("/shifts", json={"cashier": "Jane"}))
    customer = await created(shop.post("/customers", json=ADA))
    latte = await created(shop.post("/products", json={"name": "Latte", "productType": "drink"}))
    return customer["id"], latte["id"]


def order_of(customer_id: str, product_id: str, quantity: int = 2) -> dict[str, Any]:
    line = {"product_id": product_id, "quantity": quantity, "unit_price": "3.50"}
    return {"customer_id": customer_id, "lines": [line], "payment_method": "card"}


async def test_a_day_at_the_shop(shop: httpx.AsyncClient, fake_server: FakeServer) -> None:
    customer_id, latte = await open_shop(shop)
    sale = await created(shop.post("/orders", json=order_of(customer_id, latte)))
    assert sale["order"]["summary"]["total"] == "7.00"
    assert sale["order"]["customerId"] == customer_id
    assert (sale["payment"]["amount"], sale["payment"]["orderId"]) == ("7.00", sale["order"]["id"])

    refund_body = {"product_id": latte, "quantity": 1, "reason": "too cold"}
    refund = await created(shop.post(f"/orders/{sale['order']['id']}/refunds", json=refund_body))
    assert refund["refund"]["summary"]["total"] == "3.50"
    assert refund["refund"]["payment"][0]["transactionId"] == sale["payment"]["id"]
    assert refund["money_back"]["refundId"] == refund["refund"]["id"]

    history = (await shop.get(f"/customers/{customer_id}/orders")).json()
    assert [(h["order"]["id"], [r["id"] for r in h["refunds"]]) for h in history] == [
        (sale["order"]["id"], [refund["refund"]["id"]])
    ]
    store = fake_server.app.store
    assert [len(store.records(c)) for c in ("orders", "transactions", "refunds")] == [1, 2, 1]


async def test_sdk_models_are_served_with_wire_names(shop: httpx.AsyncClient) -> None:
    customer = await created(shop.post("/customers", json={**ADA, "phone": "+331"}))
    read = (await shop.get(f"/customers/{customer['id']}")).json()
    assert (read["firstName"], read["phone"]) == ("Ada", "+331")
    assert "externalId" not in read  # absent in Final POS: left out, not null
    schemas = (await shop.get("/openapi.json")).json()["components"]["schemas"]
    assert {"Customer", "CreateCustomerDto", "OrderResponseDto", "Sale"} <= set(schemas)
    assert "firstName" in schemas["Customer"]["properties"]


async def test_a_users_own_view_reads_the_sdk_model(shop: httpx.AsyncClient) -> None:
    customer = await created(shop.post("/customers", json=ADA))
    card = (await shop.get(f"/customers/{customer['id']}/card")).json()
    assert card == {
        "id": customer["id"],
        "first_name": "Ada",
        "last_name": "Lovelace",
        "phone": None,
    }


async def test_bad_input_never_reaches_final_pos(
    shop: httpx.AsyncClient, fake_server: FakeServer
) -> None:
    missing = await shop.post("/customers", json={"firstName": "Ada"})
    assert missing.status_code == 422
    assert {tuple(e["loc"]) for e in missing.json()["detail"]} >= {("body", "email")}
    dotted = await shop.get("/customers/%2E")  # "." as the id: a pre-send ValidationError
    assert dotted.status_code == 422, dotted.text
    assert dotted.json()["detail"].startswith("refused before sending: path parameter 'id'")
    assert list(fake_server.app.log) == []


async def test_what_the_strict_fake_refuses_is_a_422(
    shop: httpx.AsyncClient, fake_server: FakeServer
) -> None:
    _, latte = await open_shop(shop)
    unknown = await shop.post("/orders", json=order_of("c" * 24, latte))
    assert unknown.status_code == 422
    assert f"customerId: no customer with id '{'c' * 24}'" in unknown.json()["detail"]
    bad_email = await shop.post("/customers", json={**ADA, "email": "not-an-email"})
    assert bad_email.status_code == 422
    assert fake_server.app.store.records("orders") == []


async def test_refunds_only_what_was_bought(shop: httpx.AsyncClient) -> None:
    customer_id, latte = await open_shop(shop)
    sale = await created(shop.post("/orders", json=order_of(customer_id, latte, quantity=1)))
    too_many = {"product_id": latte, "quantity": 2, "reason": "?"}
    refused = await shop.post(f"/orders/{sale['order']['id']}/refunds", json=too_many)
    assert refused.status_code == 422
    assert "has no 2 x product" in refused.json()["detail"]


async def test_an_order_needs_an_open_shift(shop: httpx.AsyncClient) -> None:
    customer = await created(shop.post("/customers", json=ADA))
    refused = await shop.post("/orders", json=order_of(customer["id"], "p" * 24))
    assert refused.status_code == 409


# Faults injected in the fake.


async def test_a_payment_answered_503_once_is_retried(
    shop: httpx.AsyncClient, fake_server: FakeServer
) -> None:
    customer_id, latte = await open_shop(shop)
    fault = fake_server.app.faults.add("POST /v1/api/transactions", status=503, times=1)
    sale = await created(shop.post("/orders", json=order_of(customer_id, latte)))
    assert fault.fired == 1
    assert [t["id"] for t in fake_server.app.store.records("transactions")] == [
        sale["payment"]["id"]
    ]


async def test_an_order_whose_answer_is_lost_is_not_reported_as_done_or_failed(
    shop: httpx.AsyncClient, fake_server: FakeServer
) -> None:
    customer_id, latte = await open_shop(shop)
    fake_server.app.faults.add("POST /v1/api/order", drop="after", times=1)
    unknown = await shop.post("/orders", json=order_of(customer_id, latte))
    assert unknown.status_code == 503
    assert "check before trying again" in unknown.json()["detail"]
    assert len(fake_server.app.store.records("orders")) == 1  # it did happen
    assert fake_server.app.store.records("transactions") == []  # and was not paid twice


async def test_final_pos_failing_is_a_502(shop: httpx.AsyncClient, fake_server: FakeServer) -> None:
    customer = await created(shop.post("/customers", json=ADA))
    fake_server.app.log.clear()
    fake_server.app.faults.add("GET /v1/api/customer/{id}", status=500)
    failed = await shop.get(f"/customers/{customer['id']}")
    assert failed.status_code == 502
    assert failed.json()["detail"] == "Final POS failed: InternalServerError"
    assert fake_server.app.log.count("GET", f"/v1/api/customer/{customer['id']}") == 3  # 2 retries


async def test_a_truncated_answer_to_a_write_is_never_a_success_or_a_500(
    shop: httpx.AsyncClient, fake_server: FakeServer
) -> None:
    fake_server.app.faults.add("POST /v1/api/customer", truncate=True, times=1)
    answer = await shop.post("/customers", json=ADA)
    # 502 (an unreadable answer) or 503 (may have happened), depending on how the SDK classes it
    assert answer.status_code in (502, 503), answer.text
    assert len(fake_server.app.store.records("customers")) == 1


async def test_a_slow_final_pos_past_the_deadline_is_a_504(
    pos: FinalPOS, fake_server: FakeServer
) -> None:
    async with shop_client(pos.with_options(deadline=0.2)) as shop:
        customer = await created(shop.post("/customers", json=ADA))
        fake_server.app.faults.add("GET /v1/api/orders", latency=0.5)
        slow = await shop.get(f"/customers/{customer['id']}/orders")
    assert slow.status_code == 504


def test_served_by_uvicorn_with_its_own_final_pos(fake_server: FakeServer) -> None:
    with uvicorn_app("examples.coffee_shop.app:app", fake_server) as server:
        customer = httpx.post(f"{server.base_url}/customers", json=ADA)
        assert customer.status_code == 201, customer.text
        read = httpx.get(f"{server.base_url}/customers/{customer.json()['id']}")
    assert read.json()["email"] == "ada@example.com"
