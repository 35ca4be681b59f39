"""One ``FinalPOS`` shared by the tests of a module under pytest-asyncio, strict and auto mode,
function, module and session loop scopes, both transports: every test passes, nothing is
reported unclosed. Each case is a pytest run of its own (pytester)."""

from __future__ import annotations

import pytest

from final_pos_fake import FakeServer
from tests.client.conftest import TRANSPORTS

INNER_TESTS = """
import pytest
import pytest_asyncio

from final_pos_client import FinalPOS
from final_pos_client._core import _http_client

BASE_URL = {base_url!r}
TRANSPORT = {transport!r}


def _build() -> FinalPOS:
    patch = pytest.MonkeyPatch()
    patch.setattr(_http_client, "aiohttp_available", lambda: TRANSPORT == "aiohttp")
    try:
        return FinalPOS(api_key="test-key", base_url=BASE_URL)
    finally:
        patch.undo()


shared = _build()  # module level, created outside any loop


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def module_pos():
    async with _build() as pos:
        yield pos


@pytest.mark.asyncio(loop_scope={scope!r})
async def test_module_level_client_first():
    assert list(await shared.products.list()) == []


@pytest.mark.asyncio(loop_scope={scope!r})
async def test_module_level_client_again():
    assert list(await shared.products.list()) == []


@pytest.mark.asyncio(loop_scope={scope!r})
async def test_module_scoped_fixture_first(module_pos):
    assert list(await module_pos.products.list()) == []


@pytest.mark.asyncio(loop_scope={scope!r})
async def test_module_scoped_fixture_again(module_pos):
    assert list(await module_pos.products.list()) == []
"""


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("mode", ["strict", "auto"])
@pytest.mark.parametrize("scope", ["function", "module", "session"])
def test_a_shared_client_across_pytest_asyncio_loops(
    pytester: pytest.Pytester, fake_server: FakeServer, transport: str, mode: str, scope: str
) -> None:
    pytester.makepyfile(
        test_shared=INNER_TESTS.format(
            base_url=fake_server.base_url, transport=transport, scope=scope
        )
    )
    result = pytester.runpytest(
        "-p",
        "no:cacheprovider",
        "-o",
        f"asyncio_mode={mode}",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
        "-W",
        "error::pytest.PytestUnraisableExceptionWarning",
        "-W",
        "error::ResourceWarning",
    )
    result.assert_outcomes(passed=4)
    assert "nclosed" not in result.stdout.str() + result.stderr.str()


ON_UVLOOP = """

async def test_runs_on_uvloop():
    import asyncio

    assert type(asyncio.get_running_loop()).__module__.startswith("uvloop")
    assert list(await shared.products.list()) == []
"""

UVLOOP_POLICY = """
import pytest
import uvloop


@pytest.fixture(scope="session")
def event_loop_policy():
    return uvloop.EventLoopPolicy()
"""


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_shared_client_across_uvloop_loops(
    pytester: pytest.Pytester, fake_server: FakeServer, transport: str
) -> None:
    inner = INNER_TESTS.format(base_url=fake_server.base_url, transport=transport, scope="function")
    pytester.makepyfile(test_shared=inner + ON_UVLOOP)
    pytester.makeconftest(UVLOOP_POLICY)
    result = pytester.runpytest(
        "-p",
        "no:cacheprovider",
        "-o",
        "asyncio_mode=auto",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
        "-W",
        "error::pytest.PytestUnraisableExceptionWarning",
    )
    result.assert_outcomes(passed=5)
