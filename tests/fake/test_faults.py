"""Every fault kind, observed by an httpx client over a real socket; counts and the request log."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest

from final_pos_fake import FakeServer, create_app
from final_pos_fake.faults import FaultSet

PRODUCT = {"name": "Tea", "productType": "simple"}


async def test_status_fault_answers_n_times_with_retry_after(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    fault = fake_server.app.faults.add("POST /v1/api/product", status=503, times=2, retry_after="1")

    answers = [await http.post("/v1/api/product", json=PRODUCT) for _ in range(3)]

    assert [a.status_code for a in answers] == [503, 503, 201]
    assert answers[0].headers["retry-after"] == "1"
    assert answers[0].json() == {
        "statusCode": 503,
        "message": "Injected fault",
        "error": "Service Unavailable",
    }
    assert fault.fired == 2 and not fault.active
    assert len(fake_server.app.store.records("products")) == 1  # faulted requests stored nothing


async def test_429_with_http_date_and_own_message(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    date = "Wed, 21 Oct 2026 07:28:00 GMT"
    fake_server.app.faults.add(
        "GET /v1/api/customers", status=429, times=1, retry_after=date, message="Slow down"
    )
    response = await http.get("/v1/api/customers")
    assert response.status_code == 429 and response.headers["retry-after"] == date
    assert response.json() == {
        "statusCode": 429,
        "message": "Slow down",
        "error": "Too Many Requests",
    }


async def test_latency_delays_the_answer(fake_server: FakeServer, http: httpx.AsyncClient) -> None:
    fake_server.app.faults.add("GET /v1/api/customers", latency=0.3)
    started = time.perf_counter()
    response = await http.get("/v1/api/customers")
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3


async def test_latency_trips_a_client_timeout(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    await http.get("/v1/api/customers")  # open the connection first: only the read is timed
    fake_server.app.log.clear()
    fake_server.app.faults.add("GET /v1/api/customers", latency=0.5, times=1)
    with pytest.raises(httpx.ReadTimeout):
        await http.get("/v1/api/customers", timeout=httpx.Timeout(10, read=0.1))
    # The server still answers (late): wait for it, so the next test starts clean.
    deadline = time.monotonic() + 5
    while len(fake_server.app.log) == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert list(fake_server.app.log) == [("GET", "/v1/api/customers", 200)]


async def test_drop_before_closes_without_storing(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    fault = fake_server.app.faults.add("POST /v1/api/product", drop="before", times=1)

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        await http.post("/v1/api/product", json=PRODUCT)

    assert fake_server.app.store.records("products") == []
    assert fault.fired == 1
    assert list(fake_server.app.log) == [("POST", "/v1/api/product", None)]
    assert (await http.post("/v1/api/product", json=PRODUCT)).status_code == 201


async def test_drop_after_stores_but_the_client_gets_no_answer(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    fake_server.app.faults.add("POST /v1/api/product", drop="after", times=1)

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        await http.post("/v1/api/product", json=PRODUCT)

    stored = fake_server.app.store.records("products")
    assert [p["name"] for p in stored] == ["Tea"]  # the write happened
    listed = (await http.get("/v1/api/products")).json()
    assert [p["id"] for p in listed] == [stored[0]["id"]]


async def test_truncated_json_body(fake_server: FakeServer, http: httpx.AsyncClient) -> None:
    fake_server.app.store.add_record("products", PRODUCT)
    fake_server.app.faults.add("GET /v1/api/products", truncate=True, times=1)

    response = await http.get("/v1/api/products")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert (await http.get("/v1/api/products")).json()[0]["name"] == "Tea"


async def test_patterns_params_globs_and_methods(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    faults = fake_server.app.faults
    by_param = faults.add("GET /v1/api/customer/{id}", status=500)
    by_glob = faults.add("* /v1/api/custom-table-*", status=502)
    any_method = faults.add("/v1/api/orders", status=504)

    assert (await http.get("/v1/api/customer/abc")).status_code == 500
    assert (await http.get("/v1/api/customer/abc/extra")).status_code == 404  # one segment only
    assert (await http.get("/v1/api/custom-tables")).status_code == 200  # no dash after "table"
    assert (await http.get("/v1/api/custom-table-rows")).status_code == 502
    assert (await http.post("/v1/api/custom-table-row", json={})).status_code == 502
    assert (await http.get("/v1/api/orders")).status_code == 504
    assert (await http.get("/v1/api/customers")).status_code == 200
    assert (by_param.fired, by_glob.fired, any_method.fired) == (1, 2, 1)


async def test_request_log_and_counts(fake_server: FakeServer, http: httpx.AsyncClient) -> None:
    await http.post("/v1/api/product", json=PRODUCT)
    await http.get("/v1/api/products", params={"limit": 5})
    await http.get("/v1/api/products", headers={"x-api-key": "nope"})
    await http.get("/__fake__/log")  # control calls are not logged

    log = fake_server.app.log
    assert list(log) == [
        ("POST", "/v1/api/product", 201),
        ("GET", "/v1/api/products", 200),
        ("GET", "/v1/api/products", 401),
    ]
    assert log.count("GET", "/v1/api/products") == 2
    log.clear()
    assert len(log) == 0


async def test_control_endpoints_over_http(fake_server: FakeServer) -> None:
    async with httpx.AsyncClient(base_url=fake_server.base_url) as control:  # no API key
        added = await control.post(
            "/__fake__/faults",
            json={"pattern": "GET /v1/api/products", "status": 503, "times": 1, "retryAfter": "2"},
        )
        assert added.status_code == 201
        key = {"x-api-key": fake_server.api_key}
        faulted = await control.get("/v1/api/products", headers=key)
        assert faulted.status_code == 503 and faulted.headers["retry-after"] == "2"
        faults = (await control.get("/__fake__/faults")).json()
        assert faults[0]["fired"] == 1 and faults[0]["pattern"] == "GET /v1/api/products"
        assert (await control.get("/__fake__/log")).json() == [
            {"method": "GET", "path": "/v1/api/products", "status": 503}
        ]
        bad = await control.post("/__fake__/faults", json={"pattern": "GET /x", "colour": 1})
        assert bad.status_code == 400
        await control.post(
            "/v1/api/customer",
            headers=key,
            json={"email": "a@example.com", "firstName": "A", "lastName": "B"},
        )
        assert len((await control.get("/__fake__/records/customers")).json()) == 1
        table = await control.post(
            "/__fake__/custom-tables",
            json={"name": "gift-cards", "fields": [{"name": "n", "type": "number"}]},
        )
        assert table.status_code == 201
        assert (await control.post("/__fake__/reset")).status_code == 200
        assert (await control.get("/__fake__/faults")).json() == []
        assert (await control.get("/__fake__/log")).json() == []
        assert (await control.get("/__fake__/records/customers")).json() == []
        assert (await control.get("/__fake__/nope")).status_code == 404


async def test_drop_in_process_raises_the_httpx_connection_error() -> None:
    app = create_app()
    app.faults.add("POST /v1/api/product", drop="after")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://f") as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post("/v1/api/product", json=PRODUCT, headers={"x-api-key": "test-key"})
    assert len(app.store.records("products")) == 1


def test_fault_text_form_and_validation() -> None:
    faults = FaultSet()
    fault = faults.add_from_text("POST /v1/api/product status=503 times=2 retry-after=1")
    assert (fault.status, fault.times, fault.retry_after) == (503, 2, "1")
    assert faults.add_from_text("GET /v1/api/products truncate").truncate
    assert faults.add_from_text("* /v1/api/* drop=after latency=0.1").drop == "after"
    for bad in ("GET /x", "GET /x status=503 drop=before", "GET /x drop=later", "GET /x colour=1"):
        with pytest.raises(ValueError):
            faults.add_from_text(bad)


async def test_a_client_that_gives_up_during_latency_still_wrote(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    await http.get("/v1/api/products")  # open the connection first: only the read is timed
    fake_server.app.faults.add("POST /v1/api/product", latency=0.3, times=1)

    with pytest.raises(httpx.ReadTimeout):
        await http.post("/v1/api/product", json=PRODUCT, timeout=httpx.Timeout(10, read=0.05))

    deadline = time.monotonic() + 5
    while len(fake_server.app.log) < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)  # the late answer is logged after the write
    assert list(fake_server.app.log)[-1] == ("POST", "/v1/api/product", 201)
    assert [p["name"] for p in fake_server.app.store.records("products")] == ["Tea"]
