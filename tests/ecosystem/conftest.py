"""Fixtures for the tests with the real tools of the httpx ecosystem, over both transports."""

from __future__ import annotations

import subprocess
from collections.abc import AsyncIterator, Callable, Mapping

import pytest

from final_pos_client import FinalPOS, RetryTiming
from final_pos_client._core import _http_client
from tests.client.conftest import TRANSPORTS
from tests.examples.runs import python_process

# Never resolved: a request that escaped the tool under test fails instead of reaching a host.
UNREACHABLE = "https://api.finalpos.invalid"

MakePOS = Callable[..., FinalPOS]


async def _no_wait(seconds: float) -> None:
    return None


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The transport the ``FinalPOS`` built in the test picks (its own client)."""
    chosen: str = request.param
    monkeypatch.setattr(_http_client, "aiohttp_available", lambda: chosen == "aiohttp")
    return chosen


@pytest.fixture
async def make_pos(transport: str) -> AsyncIterator[MakePOS]:
    """``make_pos(base_url=...)``: a ``FinalPOS`` with its own client over ``transport``, no
    waiting between retries; closed after the test."""
    made: list[FinalPOS] = []

    def make(base_url: str = UNREACHABLE, **options: object) -> FinalPOS:
        options.setdefault("retry_timing", RetryTiming(sleep=_no_wait))
        options.setdefault("api_key", "test-key")
        made.append(FinalPOS(base_url=base_url, **options))  # type: ignore[arg-type]
        return made[-1]

    yield make
    for pos in made:
        await pos.aclose()


def run_python(
    *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python *args`` in a child process from the repository root, output captured."""
    return python_process(args, env)
