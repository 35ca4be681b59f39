"""The fake Final POS server in its own process (``python -m final_pos_fake``) on 127.0.0.1, so
that it does not share the measured client's event loop or GIL."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parents[1]
API_KEY = "bench-key"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def fake_server_process(timeout: float = 20.0) -> Iterator[str]:
    """Yield the base URL of a fake running in a subprocess; stop it afterwards."""
    port = _free_port()
    command = [sys.executable, "-m", "final_pos_fake", "--port", str(port), "--api-key", API_KEY]
    process = subprocess.Popen(
        command, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                stderr = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the fake server exited: {stderr[-2000:]}")
            try:
                if httpx.get(f"{base_url}/__fake__/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("the fake server did not answer")
            time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
