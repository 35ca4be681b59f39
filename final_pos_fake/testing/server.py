"""Run a fake as a real HTTP server on 127.0.0.1 (uvicorn in a background thread)."""

from __future__ import annotations

import asyncio
import http.client
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from ..app import FakeFinalPOS, create_app

LOOPBACK = "127.0.0.1"
# On stop (SIGTERM, Ctrl+C, FakeServer.stop) requests still in flight, e.g. sleeping in a
# latency fault, get this long to finish before uvicorn cancels them.
GRACEFUL_SHUTDOWN_SECONDS = 1


def uvicorn_config(app: FakeFinalPOS, *, log_level: str = "error") -> uvicorn.Config:
    # http="h11": the protocol whose connection http.connection.drop_connection can close.
    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        loop="asyncio",
        http="h11",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )


class FakeServer:
    """A running fake: ``.base_url``, ``.api_key``, ``.app`` (its store, faults and log)."""

    def __init__(self, app: FakeFinalPOS, sock: socket.socket, api_key: str) -> None:
        self.app = app
        self.api_key = api_key
        self.host, self.port = sock.getsockname()[:2]
        self._socket = sock
        self._server = uvicorn.Server(uvicorn_config(app))
        self._thread = threading.Thread(target=self._run, name="final-pos-fake", daemon=True)
        self._error: BaseException | None = None

    def __repr__(self) -> str:
        return f"<FakeServer {self.base_url}>"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._socket]))
        except BaseException as exc:  # reported by start()
            self._error = exc

    def start(self, timeout: float = 10.0) -> FakeServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"the fake server did not start: {self._error!r}")
            if self._server.started and self._answers():
                return self
            time.sleep(0.005)
        self.stop()
        raise TimeoutError(f"the fake server did not answer within {timeout} s")

    def _answers(self) -> bool:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=1)
        try:
            connection.request("GET", "/__fake__/health")
            return connection.getresponse().status == 200
        except OSError:
            return False
        finally:
            connection.close()

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def serve(
    app: FakeFinalPOS | None = None,
    *,
    port: int = 0,
    api_key: str | None = None,
    **create_options: Any,
) -> FakeServer:
    """Start a fake on ``127.0.0.1:port`` (0: a free port) and return once it answers.

    Without ``app``, one is created with ``create_app(api_keys=(api_key,), **create_options)``.
    Use as a context manager or call ``.stop()``.
    """
    if app is None:
        key = api_key or "test-key"
        app = create_app(api_keys=(key,), **create_options)
    else:
        key = api_key or min((k.decode() for k in app.api_keys or ()), default="test-key")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it, uvicorn's separate header and body
    # writes meet the client's delayed ACK and every sequential request waits ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((LOOPBACK, port))
    return FakeServer(app, sock, key).start()
