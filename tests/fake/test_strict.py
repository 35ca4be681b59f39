"""The fake is as strict as the API is assumed to be (README "Testing against the local fake"):
formats the description implies, ids that must name live records, unknown list filters; and
``lenient=True`` turns those checks off."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from final_pos_fake import FakeFinalPOS, create_app
from final_pos_fake.http.formats import implied_format

OPEN = "2025-01-29T09:00:00.000Z"
OUTLET = {
    "name": "Main",
    "address": "1 Main St",
    "city": "Paris",
    "state": "IDF",
    "country": "FR",
    "postCode": "75001",
    "phone": "+33100000000",
}


def session_body(station_id: str, **changes: Any) -> dict[str, Any]:
    body = {
        "stationId": station_id,
        "sessionNumber": "S-1",
        "openedBy": "Jane Smith",
        "openTime": OPEN,
        "openingAmount": "100.00",
        "notes": [],
        "closingAmounts": {"cash": "0.00", "card": "0.00", "oliverPay": "0.00"},
        "openingNote": "",
    }
    return {**body, **changes}


def messages(response: httpx.Response) -> list[str]:
    assert response.status_code == 400, response.text
    found: list[str] = response.json()["message"]
    return found


@pytest.mark.parametrize(
    ("name", "schema", "expected"),
    [
        ("openTime", {"type": "string", "example": OPEN}, "date-time"),
        ("lastAction", {"type": "string", "example": "2025-12-07T19:31:48.436+00:00"}, "date-time"),
        ("birthday", {"type": "string", "example": "2025-01-29"}, "date"),
        ("token", {"type": "string", "example": "123e4567-e89b-12d3-a456-426614174000"}, "uuid"),
        ("email", {"type": "string", "example": "a@example.com"}, "email"),
        ("parkExpiryDate", {"type": "string", "example": "never"}, None),
        ("createdAt", {"type": "string", "format": "date-time"}, None),  # declared already
        ("status", {"type": "string", "enum": ["2025-01-29"]}, None),
    ],
)
def test_implied_formats(name: str, schema: dict[str, Any], expected: str | None) -> None:
    assert implied_format(name, schema) == expected


async def test_a_date_time_and_an_email_are_checked(client: httpx.AsyncClient) -> None:
    station = await client.post(
        "/v1/api/station", json={"name": "Bar", "outletId": "x" * 24, "status": "AVAILABLE"}
    )
    assert "outletId: no outlet with id 'xxxxxxxxxxxxxxxxxxxxxxxx'" in messages(station)
    outlet = (await client.post("/v1/api/outlet", json=OUTLET)).json()
    station = await client.post(
        "/v1/api/station", json={"name": "Bar", "outletId": outlet["id"], "status": "AVAILABLE"}
    )
    assert station.status_code == 201, station.text
    station_id = station.json()["id"]

    refused = await client.post(
        "/v1/api/session", json=session_body(station_id, openTime="yesterday")
    )
    assert messages(refused) == ["openTime: 'yesterday' is not a 'date-time'"]
    opened = await client.post("/v1/api/session", json=session_body(station_id))
    assert opened.status_code == 201, opened.text

    customer = {"firstName": "Ada", "lastName": "Lovelace", "email": "not-an-email"}
    assert messages(await client.post("/v1/api/customer", json=customer)) == [
        "email: 'not-an-email' is not a 'email'"
    ]


async def test_references_name_the_missing_record(client: httpx.AsyncClient) -> None:
    order = {
        "receiptId": "R-1",
        "status": "pending",
        "source": "final",
        "balance": "0",
        "summary": {"discountTotal": "0", "total": "1", "totalTaxes": "0", "subTotal": "1"},
        "customerId": "c" * 24,
    }
    assert messages(await client.post("/v1/api/order", json=order)) == [
        f"customerId: no customer with id '{'c' * 24}'"
    ]
    transaction = {
        "paymentMethod": "cash",
        "amount": "1.00",
        "currency": "USD",
        "type": "sale",
        "balance": "0.00",
        "sessionId": "nope",
    }
    refused = await client.post("/v1/api/transactions", json=transaction)
    assert "sessionId: no session with id 'nope'" in messages(refused)
    refund = await client.post("/v1/api/refunds", json={"orderId": "o" * 24})
    assert f"orderId: no order with id '{'o' * 24}'" in messages(refund)
    assert (await client.get("/v1/api/orders")).json() == []


async def test_unknown_list_filters_are_refused(client: httpx.AsyncClient) -> None:
    refused = await client.get("/v1/api/orders", params={"customerId": "c" * 24, "limit": 10})
    (message,) = messages(refused)
    assert message.startswith("customerId: unknown query parameter of GET /v1/api/orders")
    assert (await client.get("/v1/api/orders", params={"limit": 10})).status_code == 200


class TestLenient:
    @pytest.fixture
    def fake_app(self) -> FakeFinalPOS:  # what conftest's client talks to
        return create_app(lenient=True)

    async def test_accepts_what_strict_refuses(self, client: httpx.AsyncClient) -> None:
        customer = {"firstName": "Ada", "lastName": "Lovelace", "email": "not-an-email"}
        assert (await client.post("/v1/api/customer", json=customer)).status_code == 201
        station = await client.post(
            "/v1/api/station", json={"name": "Bar", "outletId": "x" * 24, "status": "AVAILABLE"}
        )
        assert station.status_code == 201
        session = session_body(station.json()["id"], openTime="yesterday")
        assert (await client.post("/v1/api/session", json=session)).status_code == 201
        listed = await client.get("/v1/api/orders", params={"customerId": "c" * 24})
        assert listed.status_code == 200
