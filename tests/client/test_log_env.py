"""``FINAL_POS_LOG=debug|info`` turns the SDK's logging on (like ``OPENAI_LOG``), in a fresh
process so the setting is read as a user's program would read it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from final_pos_fake import FakeServer

SCRIPT = """
import asyncio, sys
from final_pos_client import FinalPOS, RetryTiming

async def main() -> None:
    async def no_wait(seconds: float) -> None:
        return None
    async with FinalPOS(api_key=sys.argv[1], base_url=sys.argv[2],
                        retry_timing=RetryTiming(sleep=no_wait)) as pos:
        await pos.categories.list(limit=1)

asyncio.run(main())
"""


def run_with_log_setting(fake_server: FakeServer, setting: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "FINAL_POS_LOG"}
    if setting is not None:
        env["FINAL_POS_LOG"] = setting
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, fake_server.api_key, fake_server.base_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert fake_server.api_key not in done.stdout + done.stderr
    return done.stderr


@pytest.fixture
def one_503(fake_server: FakeServer) -> None:
    fake_server.app.faults.add("GET /v1/api/categories", status=503, times=1, retry_after="0")


@pytest.mark.usefixtures("one_503")
def test_debug_shows_every_attempt(fake_server: FakeServer) -> None:
    stderr = run_with_log_setting(fake_server, "debug")
    assert "GET /v1/api/categories -> 503" in stderr
    assert "GET /v1/api/categories -> 200" in stderr
    assert "retrying in" in stderr


@pytest.mark.usefixtures("one_503")
def test_info_shows_only_failed_attempts(fake_server: FakeServer) -> None:
    stderr = run_with_log_setting(fake_server, "INFO")
    assert "GET /v1/api/categories -> 503" in stderr
    assert "-> 200" not in stderr


@pytest.mark.usefixtures("one_503")
@pytest.mark.parametrize("setting", [None, "", "verbose"])
def test_unset_or_unknown_setting_stays_quiet(fake_server: FakeServer, setting: str | None) -> None:
    assert run_with_log_setting(fake_server, setting) == ""
