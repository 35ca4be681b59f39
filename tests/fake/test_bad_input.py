"""Malformed bodies and bad control input get a 400 naming what was wrong, never a 500."""

from __future__ import annotations

import re
import socket

import httpx
import pytest

from final_pos_fake import FakeServer, create_app
from final_pos_fake.faults import MAX_LATENCY, FaultSet

PLACEHOLDER_ID = "0" * 24
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
LONE_SURROGATE = b'"\\ud800"'
JSON = {"content-type": "application/json"}


def _routes_with_a_body() -> list[tuple[str, str]]:
    return [
        (route.operation.method, re.sub(r"\{[^/}]+\}", PLACEHOLDER_ID, route.operation.path))
        for route in create_app().routes
        if route.body_validator is not None
    ]


BODY_ROUTES = _routes_with_a_body()
CONTROL_BODY_ROUTES = [
    ("POST", "/__fake__/faults"),
    ("POST", "/__fake__/custom-tables"),
    ("POST", "/__fake__/custom-tables/loyalty-points/fields"),
]


def _messages(response: httpx.Response) -> str:
    body = response.json()
    assert body["statusCode"] == 400 and body["error"] == "Bad Request", body
    message = body["message"]
    return " ".join(message) if isinstance(message, list) else str(message)


def test_there_are_routes_with_a_body() -> None:
    assert BODY_ROUTES


@pytest.mark.parametrize("content", [DEEP, DEEP_OBJECT], ids=["array", "object"])
@pytest.mark.parametrize(("method", "path"), BODY_ROUTES + CONTROL_BODY_ROUTES)
async def test_deeply_nested_json_is_400(
    http: httpx.AsyncClient, method: str, path: str, content: bytes
) -> None:
    response = await http.request(method, path, content=content, headers=JSON)
    assert response.status_code == 400
    assert "nested deeper than" in _messages(response)


@pytest.mark.parametrize(("method", "path"), BODY_ROUTES + CONTROL_BODY_ROUTES)
async def test_a_lone_surrogate_is_400(http: httpx.AsyncClient, method: str, path: str) -> None:
    response = await http.request(method, path, content=LONE_SURROGATE, headers=JSON)
    assert response.status_code == 400
    assert "surrogate" in _messages(response)


async def test_a_lone_surrogate_in_an_email_is_400(
    fake_server: FakeServer, http: httpx.AsyncClient
) -> None:
    content = b'{"email": "\\udc00ada@example.com", "firstName": "Ada", "lastName": "L"}'
    response = await http.post("/v1/api/customer", content=content, headers=JSON)
    assert response.status_code == 400
    assert "email" in _messages(response)
    assert fake_server.app.store.records("customers") == []


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
async def test_non_json_number_constants_are_400(http: httpx.AsyncClient, constant: bytes) -> None:
    content = b'{"name": "Tea", "productType": "simple", "price": ' + constant + b"}"
    response = await http.post("/v1/api/product", content=content, headers=JSON)
    assert response.status_code == 400
    assert constant.decode() in _messages(response)


@pytest.mark.parametrize(
    "latency",
    [b"NaN", b"Infinity", b"-Infinity", b"1e300", str(MAX_LATENCY + 1).encode(), b"-1", b"true"],
)
async def test_fault_latency_must_be_finite_and_capped(
    fake_server: FakeServer, http: httpx.AsyncClient, latency: bytes
) -> None:
    content = b'{"pattern": "GET /v1/api/products", "latency": ' + latency + b"}"
    response = await http.post("/__fake__/faults", content=content, headers=JSON)
    assert response.status_code == 400
    assert "latency" in _messages(response) or latency.decode() in _messages(response)
    assert list(fake_server.app.faults) == []


@pytest.mark.parametrize("latency", [float("nan"), float("inf"), 1e300, -0.5, MAX_LATENCY + 1])
def test_fault_latency_is_checked_in_python_too(latency: float) -> None:
    with pytest.raises(ValueError, match="latency"):
        FaultSet().add("GET /x", latency=latency)


@pytest.mark.parametrize(
    "retry_after", ["1\r\nX-Injected: yes", "1\n", "\r", "1\x00", "1\x7f", "é", "\t1"]
)
async def test_retry_after_must_be_header_safe(
    fake_server: FakeServer, http: httpx.AsyncClient, retry_after: str
) -> None:
    fault = {"pattern": "GET /v1/api/products", "status": 503, "retryAfter": retry_after}
    response = await http.post("/__fake__/faults", json=fault)
    assert response.status_code == 400
    assert "retryAfter" in _messages(response)
    assert list(fake_server.app.faults) == []
    with pytest.raises(ValueError, match="retry_after"):
        FaultSet().add("GET /x", status=503, retry_after=retry_after)


@pytest.mark.parametrize(
    "fault",
    [
        {"status": "503"},
        {"status": True},
        {"status": 99},
        {"status": 503, "times": "2"},
        {"status": 503, "times": 1.5},
        {"status": 503, "message": 5},
        {"truncate": "no"},
        {"drop": ["before"]},
    ],
)
async def test_fault_fields_are_type_checked(
    fake_server: FakeServer, http: httpx.AsyncClient, fault: dict[str, object]
) -> None:
    response = await http.post("/__fake__/faults", json={"pattern": "GET /v1/api/*", **fault})
    assert response.status_code == 400
    assert list(fake_server.app.faults) == []
    assert (await http.get("/v1/api/products")).status_code == 200


@pytest.mark.parametrize(
    "table",
    [
        {"name": "gift-cards", "fields": [{"name": "n", "type": "number"}, {"name": "n"}]},
        {"name": "gift-cards", "fields": [{"name": "n", "type": "number"}, {"colour": 1}]},
        {"name": "gift-cards", "fields": [{"name": "n", "type": "number"}, "n"]},
        {"name": "gift-cards", "fields": "n"},
        {"name": "gift-cards", "fields": [], "description": 5},
        {"name": "gift-cards", "fields": [], "metadata": "x"},
        {"name": "gift-cards", "colour": 1},
        {"name": ["gift-cards"]},
    ],
)
async def test_a_failed_table_seed_leaves_nothing_behind(
    fake_server: FakeServer, http: httpx.AsyncClient, table: dict[str, object]
) -> None:
    before = fake_server.app.store.custom.tables.copy()
    response = await http.post("/__fake__/custom-tables", json=table)
    assert response.status_code == 400
    assert fake_server.app.store.custom.tables == before
    listed = (await http.get("/v1/api/custom-tables", params={"limit": 100})).json()
    assert "gift-cards" not in [t["name"] for t in listed]
    fixed = {"name": "gift-cards", "fields": [{"name": "n", "type": "number"}]}
    assert (await http.post("/__fake__/custom-tables", json=fixed)).status_code == 201


def test_a_failed_table_seed_in_python_leaves_nothing_behind() -> None:
    store = create_app().store
    with pytest.raises(ValueError, match="n"):
        store.seed_custom_table("gift-cards", fields=[{"name": "n", "type": "number"}, {}])
    with pytest.raises(KeyError):
        store.custom_table("gift-cards")
    assert store.seed_custom_table("gift-cards", fields=[{"name": "n", "type": "number"}])


def test_a_seed_file_table_is_checked_like_the_control_endpoint() -> None:
    """A seed's table goes through the same checks as ``POST /__fake__/custom-tables``."""
    with pytest.raises(ValueError, match=r"unknown custom table keys \['feilds'\]"):
        create_app(seed={"customTables": [{"name": "gift-cards", "feilds": []}]})
    with pytest.raises(ValueError, match="a custom table needs a non-empty name"):
        create_app(seed={"customTables": [{"fields": []}]})


async def test_a_bad_field_added_later_is_400(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/__fake__/custom-tables/loyalty-points/fields", json={"name": 5, "type": "string"}
    )
    assert response.status_code == 400
    missing = await http.post("/__fake__/custom-tables/nope/fields", json={"name": "a"})
    assert missing.status_code in (400, 404)


@pytest.mark.parametrize("status", [204, 304])
def test_a_fault_with_a_bodyless_status_keeps_the_connection(
    fake_server: FakeServer, status: int
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", status=status, times=1)
    request = (
        f"GET /v1/api/products HTTP/1.1\r\nHost: f\r\nx-api-key: {fake_server.api_key}\r\n\r\n"
    )
    with socket.create_connection((fake_server.host, fake_server.port), timeout=10) as sock:
        sock.sendall(request.encode())
        faulted = _read_head(sock)
        sock.sendall(request.encode())  # the same connection answers the next request
        after = _read_head(sock)
    assert faulted.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"content-length" not in faulted.lower()
    assert after.startswith(b"HTTP/1.1 200 ")


def _read_head(sock: socket.socket) -> bytes:
    """The status line and headers of the next answer (and nothing of its body)."""
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(1)
        if not chunk:
            break
        head += chunk
    return head
