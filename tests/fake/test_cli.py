"""``python -m final_pos_fake``: serves on 127.0.0.1 with the given key and faults."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from final_pos_fake.faults import MAX_LATENCY
from tests.support.processes import fake_command, http_server_process


@pytest.fixture
def cli_server() -> Iterator[str]:
    fault = "POST /v1/api/product status=503 times=1 retry-after=3"
    with http_server_process(
        lambda port: fake_command(port, "cli-key", "--fault", fault),
        ready_path="/__fake__/health",
    ) as server:
        yield server.base_url


def test_cli_serves_with_key_and_fault(cli_server: str) -> None:
    with httpx.Client(base_url=cli_server, headers={"x-api-key": "cli-key"}) as client:
        first = client.post("/v1/api/product", json={"name": "Tea", "productType": "simple"})
        second = client.post("/v1/api/product", json={"name": "Tea", "productType": "simple"})
        unauthorized = client.get("/v1/api/products", headers={"x-api-key": "test-key"})
        faults = client.get("/__fake__/faults").json()
    assert (first.status_code, first.headers["retry-after"]) == (503, "3")
    assert second.status_code == 201
    assert unauthorized.status_code == 401
    assert faults[0]["fired"] == 1


def test_cli_rejects_a_bad_fault() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "final_pos_fake", "--fault", "GET /x colour=1"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "colour" in result.stderr


def test_sigterm_stops_the_server_with_a_long_latency_in_flight() -> None:
    fault = f"GET /v1/api/products latency={MAX_LATENCY}"
    with http_server_process(
        lambda port: fake_command(port, "cli-key", "--fault", fault),
        ready_path="/__fake__/health",
    ) as server:
        address = urlsplit(server.base_url)
        with socket.create_connection((address.hostname, address.port)) as held:
            held.sendall(
                b"GET /v1/api/products HTTP/1.1\r\nHost: fake\r\nx-api-key: cli-key\r\n\r\n"
            )
            with httpx.Client(base_url=server.base_url) as control:
                while control.get("/__fake__/faults").json()[0]["fired"] == 0:
                    pass  # until the request sleeps in the fault
            server.process.send_signal(signal.SIGTERM)
            # A generous guard, far below the latency: the server must not wait for it.
            # uvicorn re-raises the signal once it has shut down.
            assert server.process.wait(timeout=MAX_LATENCY / 3) in (0, -signal.SIGTERM)


def test_cli_lenient_turns_the_strict_checks_off() -> None:
    with (
        http_server_process(
            lambda port: fake_command(port, "cli-key", "--lenient"), ready_path="/__fake__/health"
        ) as server,
        httpx.Client(base_url=server.base_url, headers={"x-api-key": "cli-key"}) as client,
    ):
        listed = client.get("/v1/api/orders", params={"customerId": "c" * 24})
        customer = {"email": "not-an-email", "firstName": "A", "lastName": "B"}
        created = client.post("/v1/api/customer", json=customer)
    assert (listed.status_code, created.status_code) == (200, 201)
