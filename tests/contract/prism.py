"""Run Stoplight Prism (pinned in package.json, local node_modules) as a real mock server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.processes import http_server_process

STARTUP_TIMEOUT = 90.0


@contextmanager
def prism_mock(spec_path: Path, *, cwd: Path) -> Iterator[str]:
    """Serve ``spec_path`` with ``prism mock`` (request validation on) and yield its base URL."""

    def command(port: int) -> list[str]:
        return [
            "npx", "--no-install", "prism", "mock", str(spec_path),
            "-h", "127.0.0.1", "-p", str(port),
        ]  # fmt: skip

    # Any HTTP answer means Prism listens (it says 404 for "/"); npx forks Prism, so the
    # whole process group is stopped afterwards.
    with http_server_process(
        command,
        ready_status=None,
        timeout=STARTUP_TIMEOUT,
        poll_interval=0.25,
        cwd=cwd,
        own_process_group=True,
    ) as server:
        yield server.base_url
