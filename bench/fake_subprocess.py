"""The fake Final POS server in its own process (``python -m final_pos_fake``) on 127.0.0.1, so
that it does not share the measured client's event loop or GIL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.processes import fake_command, http_server_process

REPO_ROOT = Path(__file__).resolve().parents[1]
API_KEY = "bench-key"


@contextmanager
def fake_server_process(timeout: float = 20.0) -> Iterator[str]:
    """Yield the base URL of a fake running in a subprocess; stop it afterwards."""
    with http_server_process(
        lambda port: fake_command(port, API_KEY),
        ready_path="/__fake__/health",
        timeout=timeout,
        cwd=REPO_ROOT,
    ) as server:
        yield server.base_url
