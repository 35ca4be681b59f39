"""``python -m final_pos_fake``: serves on 127.0.0.1 with the given key and faults."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def cli_server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "final_pos_fake",
            "--port",
            str(port),
            "--api-key",
            "cli-key",
            "--fault",
            "POST /v1/api/product status=503 times=1 retry-after=3",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base_url}/__fake__/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


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
