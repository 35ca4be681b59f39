"""``tests.support.processes``: a server process is waited for, reported, and stopped."""

from __future__ import annotations

import sys

import pytest

from tests.support.processes import fake_command, http_server_process


def test_a_server_that_exits_is_reported_with_its_output() -> None:
    def command(port: int) -> list[str]:
        return [sys.executable, "-c", f"print('no server on {port}'); raise SystemExit(3)"]

    with (
        pytest.raises(RuntimeError, match=r"exited with 3:\nno server on \d+"),
        http_server_process(command),
    ):
        pass


def test_the_process_is_stopped_on_exit() -> None:
    with http_server_process(
        lambda port: fake_command(port, "k"), ready_path="/__fake__/health"
    ) as server:
        assert server.process.poll() is None
        assert server.seconds_to_ready > 0
    assert server.process.poll() is not None
