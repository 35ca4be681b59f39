"""Run an HTTP server command (the fake's CLI, Prism, an example app) as a separate process on a
free 127.0.0.1 port, wait until it answers, and stop it afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def fake_command(port: int, api_key: str, *options: str) -> list[str]:
    """The command line of ``python -m final_pos_fake`` on ``port`` with ``api_key``."""
    return [
        sys.executable,
        "-m",
        "final_pos_fake",
        "--port",
        str(port),
        "--api-key",
        api_key,
        *options,
    ]


@dataclass(frozen=True)
class ServerProcess:
    base_url: str
    process: subprocess.Popen[bytes]
    seconds_to_ready: float


@contextmanager
def http_server_process(
    command_for_port: Callable[[int], Sequence[str]],
    *,
    ready_path: str = "/",
    ready_status: int | None = 200,
    headers: Mapping[str, str] | None = None,
    timeout: float = 20.0,
    poll_interval: float = 0.05,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    own_process_group: bool = False,
) -> Iterator[ServerProcess]:
    """Start ``command_for_port(port)``; yield once ``GET ready_path`` answers ``ready_status``
    (any HTTP answer when it is None); terminate the process (its whole group when
    ``own_process_group``, for launchers such as npx that fork the server) on exit."""
    port = free_port()
    base_url = f"http://{LOOPBACK}:{port}"
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command_for_port(port)),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=own_process_group,
        )
        try:
            ready_after = _wait_until_ready(
                process,
                base_url + ready_path,
                ready_status,
                headers,
                timeout,
                poll_interval,
                output,
            )
            yield ServerProcess(base_url, process, ready_after - started)
        finally:
            _stop(process, own_process_group)


def _wait_until_ready(
    process: subprocess.Popen[bytes],
    url: str,
    ready_status: int | None,
    headers: Mapping[str, str] | None,
    timeout: float,
    poll_interval: float,
    output: IO[bytes],
) -> float:
    deadline = time.monotonic() + timeout
    with httpx.Client(headers=dict(headers or {}), timeout=1.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(
                    f"{process.args!r} exited with {process.returncode}:\n{_tail(output)}"
                )
            try:
                status = client.get(url).status_code
                if ready_status is None or status == ready_status:
                    return time.perf_counter()
            except httpx.TransportError:
                pass
            time.sleep(poll_interval)
    raise TimeoutError(f"{process.args!r} did not answer within {timeout:.0f} s:\n{_tail(output)}")


def _tail(output: IO[bytes]) -> str:
    output.seek(0)
    return output.read()[-4000:].decode(errors="replace")


def _stop(process: subprocess.Popen[bytes], whole_group: bool) -> None:
    def send(sig: signal.Signals) -> None:
        try:
            if whole_group:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)
        except ProcessLookupError:
            pass

    send(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        process.wait(timeout=10)
