"""``examples/fastapi_app.py`` under uvicorn on 127.0.0.1, pointed at the fake, called over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from final_pos_fake import FakeServer
from tests.examples.runs import uvicorn_app


@pytest.fixture
def backend(fake_server: FakeServer) -> Iterator[str]:
    with uvicorn_app("examples.fastapi_app:app", fake_server) as server:
        yield server.base_url


def test_routes_served_through_one_final_pos(backend: str, fake_server: FakeServer) -> None:
    for i in range(3):
        fake_server.app.store.add_record("products", {"name": f"Tea {i}", "productType": "simple"})

    products = httpx.get(f"{backend}/products", params={"limit": 2})
    assert products.status_code == 200
    assert [p["name"] for p in products.json()] == ["Tea 0", "Tea 1"]

    created = httpx.post(
        f"{backend}/categories", json={"name": "Drinks", "description": "Cold drinks"}
    )
    assert created.status_code == 201
    body = created.json()
    assert (body["name"], body["description"]) == ("Drinks", "Cold drinks")
    assert [c["id"] for c in fake_server.app.store.records("categories")] == [body["id"]]
    assert [(e.method, e.path) for e in fake_server.app.log] == [
        ("GET", "/v1/api/products"),
        ("POST", "/v1/api/category"),
        ("GET", f"/v1/api/category/{body['id']}"),
    ]


def test_api_errors_become_http_errors(backend: str, fake_server: FakeServer) -> None:
    fake_server.app.faults.add("GET /v1/api/products", status=500)
    assert httpx.get(f"{backend}/products").status_code == 502
    assert httpx.get(f"{backend}/products", params={"limit": 500}).status_code == 422


def test_input_refused_before_sending_is_a_422_not_a_500(
    backend: str, fake_server: FakeServer
) -> None:
    refused = httpx.get(f"{backend}/categories/%2E%2E")  # ".." would leave its path segment
    assert refused.status_code == 422
    assert refused.json()["detail"].startswith("path parameter 'id' must not be '..'")
    assert list(fake_server.app.log) == []  # nothing was sent
    assert httpx.get(f"{backend}/categories/{'0' * 24}").status_code == 404
