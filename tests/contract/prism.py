"""Run Stoplight Prism (pinned in package.json, local node_modules) as a real mock server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

STARTUP_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def prism_mock(spec_path: Path, *, cwd: Path) -> Iterator[str]:
    """Serve ``spec_path`` with ``prism mock`` (request validation on) and yield its base URL."""
    port = free_port()
    command = [
        "npx", "--no-install", "prism", "mock", str(spec_path),
        "-h", "127.0.0.1", "-p", str(port),
    ]  # fmt: skip
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_until_answering(base_url, process, log)
            yield base_url
        finally:
            _stop(process)


def _wait_until_answering(base_url: str, process: subprocess.Popen[bytes], log: IO[str]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prism exited with {process.returncode}:\n{_tail(log)}")
        try:
            httpx.get(base_url + "/", timeout=1.0)
            return  # any HTTP answer (Prism says 404 for "/") means it is listening
        except httpx.TransportError:
            time.sleep(0.25)
    raise RuntimeError(f"prism did not answer within {STARTUP_TIMEOUT:.0f}s:\n{_tail(log)}")


def _tail(log: IO[str]) -> str:
    log.seek(0)
    return log.read()[-4000:]


def _stop(process: subprocess.Popen[bytes]) -> None:
    # npx runs prism as a child process: signal the whole group we created for it.
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
