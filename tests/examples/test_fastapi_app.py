"""``examples/fastapi_app.py`` under uvicorn on 127.0.0.1, pointed at the fake, called over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from final_pos_fake.server import FakeServer

REPO_ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def backend(fake_server: FakeServer) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "FINAL_POS_API_KEY": fake_server.api_key,
        "FINAL_POS_BASE_URL": fake_server.base_url,
    }
    command = [sys.executable, "-m", "uvicorn", "examples.fastapi_app:app"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the example app did not start"
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


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
