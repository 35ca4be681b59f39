"""``python -m final_pos_fake``: serves on 127.0.0.1 with the given key and faults."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
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
                _wait_until(
                    lambda: control.get("/__fake__/faults").json()[0]["fired"] > 0,
                    "the request sleeping in the latency fault",
                )
            server.process.send_signal(signal.SIGTERM)
            # A generous guard, far below the latency: the server must not wait for it.
            # uvicorn re-raises the signal once it has shut down.
            assert server.process.wait(timeout=MAX_LATENCY / 3) in (0, -signal.SIGTERM)


def _wait_until(condition: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    """Polls what another process does, failing after ``seconds`` instead of hanging."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not seen within {seconds:g} s")
        time.sleep(0.01)


SEED = {
    "customTables": [{"name": "notes", "fields": [{"name": "text", "type": "string"}]}],
    "records": {"customers": [{"email": "ada@example.com", "firstName": "Ada", "lastName": "L"}]},
}


def test_cli_serves_the_state_of_a_seed_file(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED), encoding="utf-8")
    with (
        http_server_process(
            lambda port: fake_command(port, "cli-key", "--seed", str(seed)),
            ready_path="/__fake__/health",
        ) as server,
        httpx.Client(base_url=server.base_url, headers={"x-api-key": "cli-key"}) as client,
    ):
        customers = client.get("/v1/api/customers").json()
        tables = client.get("/v1/api/custom-tables").json()
        assert client.post("/__fake__/reset").status_code == 200
        after_reset = client.get("/v1/api/customers").json()
    assert [customer["email"] for customer in customers] == ["ada@example.com"]
    assert [table["name"] for table in tables] == ["notes"]  # instead of the bundled tables
    assert [customer["email"] for customer in after_reset] == ["ada@example.com"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (None, "No such file"),
        ("{not json", "Expecting property name"),
        (json.dumps({"tables": []}), "unknown seed keys ['tables']"),
    ],
    ids=["missing", "not JSON", "unknown key"],
)
def test_cli_refuses_a_bad_seed_file_naming_it(
    content: str | None, named: str, tmp_path: Path
) -> None:
    seed = tmp_path / "seed.json"
    if content is not None:
        seed.write_text(content, encoding="utf-8")
    result = subprocess.run(
        fake_command(0, "cli-key", "--seed", str(seed)),  # port 0: never a fixed one
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode != 0
    assert f"--seed {seed}: " in result.stderr and named in result.stderr


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
