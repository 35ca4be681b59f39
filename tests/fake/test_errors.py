"""401 / 400 / 404 / 405 answers carry the wire contract's error body."""

from __future__ import annotations

import httpx
import pytest

from final_pos_fake import FakeServer, create_app

CUSTOMER = {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"x-api-key": ""}])
async def test_missing_or_wrong_key_is_401(
    fake_server: FakeServer, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(base_url=fake_server.base_url, headers=headers) as client:
        response = await client.get("/v1/api/customers")
    assert response.status_code == 401
    body = response.json()
    assert body["statusCode"] == 401 and body["error"] == "Unauthorized"
    assert "x-api-key" in body["message"] and "wrong" not in body["message"]
    assert fake_server.app.store.records("customers") == []


async def test_configured_keys_are_accepted() -> None:
    app = create_app(api_keys=("key-a", "key-b"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://f") as c:
        statuses = [
            (await c.get("/v1/api/customers", headers={"x-api-key": key})).status_code
            for key in ("key-a", "key-b", "test-key")
        ]
    assert statuses == [200, 200, 401]


async def test_invalid_body_is_400_with_messages(http: httpx.AsyncClient) -> None:
    response = await http.post("/v1/api/customer", json={"email": 5, "firstName": "Ada"})
    assert response.status_code == 400
    body = response.json()
    assert body["statusCode"] == 400 and body["error"] == "Bad Request"
    assert isinstance(body["message"], list)
    assert any("lastName" in m for m in body["message"])
    assert any(m.startswith("email:") for m in body["message"])


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]"])
async def test_missing_or_malformed_body_is_400(http: httpx.AsyncClient, content: bytes) -> None:
    response = await http.post(
        "/v1/api/customer", content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "Bad Request"


async def test_nullable_and_types_follow_openapi_30(http: httpx.AsyncClient) -> None:
    response = await http.post("/v1/api/category", json={"name": "Drinks", "description": None})
    assert response.status_code == 400  # not nullable in the description


async def test_unknown_id_is_404(http: httpx.AsyncClient) -> None:
    for method in ("GET", "PATCH", "DELETE"):
        response = await http.request(
            method,
            "/v1/api/customer/000000000000000000000000",
            json={} if method == "PATCH" else None,
        )
        assert response.status_code == 404
        assert response.json() == {
            "statusCode": 404,
            "message": "Customer with id 000000000000000000000000 not found",
            "error": "Not Found",
        }


async def test_unknown_route_is_404(http: httpx.AsyncClient) -> None:
    response = await http.get("/v1/api/warehouses")
    assert response.status_code == 404
    assert response.json() == {
        "statusCode": 404,
        "message": "Cannot GET /v1/api/warehouses",
        "error": "Not Found",
    }


async def test_known_path_with_other_method_is_405_with_allow(http: httpx.AsyncClient) -> None:
    response = await http.put("/v1/api/customer/abc", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, PATCH"
    assert response.json()["statusCode"] == 405


async def test_create_read_update_delete_round_trip(http: httpx.AsyncClient) -> None:
    created = await http.post("/v1/api/product", json={"name": "Tea", "productType": "simple"})
    assert created.status_code == 201
    product = created.json()
    assert len(product["id"]) == 24 and int(product["id"], 16) >= 0
    assert product["fromFinal"] is False
    assert product["createdAt"] == product["updatedAt"]

    updated = await http.put(f"/v1/api/product/{product['id']}", json={"externalId": "ext-1"})
    assert updated.json()["name"] == "Tea"  # partial update keeps the rest
    assert updated.json()["fromFinal"] is True

    deleted = await http.delete(f"/v1/api/product/{product['id']}")
    assert deleted.status_code == 200 and deleted.json()["id"] == product["id"]
    assert (await http.get(f"/v1/api/product/{product['id']}")).status_code == 404
    assert (await http.get("/v1/api/products")).json() == []


async def test_customers_keep_extra_keys_through_create_and_update(http: httpx.AsyncClient) -> None:
    created = (await http.post("/v1/api/customer", json={**CUSTOMER, "loyaltyTier": "gold"})).json()
    patched = await http.patch(
        f"/v1/api/customer/{created['id']}", json={"favouriteDrink": {"name": "tea", "sugar": 0}}
    )
    read = (await http.get(f"/v1/api/customer/{created['id']}")).json()
    assert patched.status_code == 200
    assert read["loyaltyTier"] == "gold"
    assert read["favouriteDrink"] == {"name": "tea", "sugar": 0}


async def test_static_resources_drop_undeclared_keys(http: httpx.AsyncClient) -> None:
    created = await http.post(
        "/v1/api/category", json={"name": "Drinks", "description": "Hot", "colour": "red"}
    )
    assert created.status_code == 201
    assert "colour" not in created.json()


async def test_server_fields_cannot_be_overwritten(http: httpx.AsyncClient) -> None:
    created = (await http.post("/v1/api/customer", json=CUSTOMER)).json()
    patched = await http.patch(
        f"/v1/api/customer/{created['id']}", json={"id": "x", "createdAt": "then", "companyId": "y"}
    )
    body = patched.json()
    assert (body["id"], body["createdAt"], body["companyId"]) == (
        created["id"],
        created["createdAt"],
        created["companyId"],
    )


async def test_outlets_get_sequence_numbers(http: httpx.AsyncClient) -> None:
    outlet = {"name": "Main", "address": "1 St", "city": "NY", "state": "NY", "country": "US"}
    outlet |= {"postCode": "10001", "phone": "+1"}
    numbers = [
        (await http.post("/v1/api/outlet", json=outlet)).json()["sequenceNumber"] for _ in "ab"
    ]
    assert numbers == [1, 2]
