"""The fake's pytest fixtures, options and network guard.

Enable with ``pytest_plugins = ["final_pos_fake.pytest_plugin"]`` in a ``conftest.py``:

- ``fake_app`` (in process) and ``fake_server`` (real socket), see ``testing/fixtures.py``;
- ``final_pos_mock``: the test runs inside ``final_pos_fake.mock()``; the fixture is its fake;
- the network guard, on by default: any ``FinalPOS`` request to a host that is not loopback
  (the real POS) raises ``RequestBlockedError`` before it is sent, so a test that forgot its
  mock cannot reach the live POS. What a mock answers passes: ``mock()``, an injected client
  over ``httpx.MockTransport``, respx, pytest-httpx, vcrpy cassettes (the guard then stops the
  request only where a connection would open). A test marked
  ``@pytest.mark.final_pos_network`` may reach the network (a sandbox on purpose);
  ``--final-pos-allow-network`` or ``final_pos_block_network = false`` in the ini file turns
  the guard off for a run, ``--final-pos-block-network`` on again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import FakeFinalPOS
from .mocking import NetworkGuard, block_network, mock
from .testing.fixtures import _fake_server_session, fake_app, fake_server

__all__ = [
    "_fake_server_session",
    "_final_pos_network_marker",
    "fake_app",
    "fake_server",
    "final_pos_mock",
]

_BLOCK_OPTION = "final_pos_block_network"
_ALLOW_OPTION = "final_pos_allow_network"
MARKER = "final_pos_network"
_guard = pytest.StashKey[NetworkGuard]()


@pytest.fixture
def final_pos_mock() -> Iterator[FakeFinalPOS]:
    """Every ``FinalPOS`` request to a Final POS host answered by this fake, in process."""
    with mock() as fake:
        yield fake


@pytest.fixture(autouse=True)
def _final_pos_network_marker(request: pytest.FixtureRequest) -> Iterator[None]:
    """The guard lifted for the duration of a test marked ``final_pos_network``."""
    guard = request.config.stash.get(_guard, None)
    if guard is None or request.node.get_closest_marker(MARKER) is None:
        yield
        return
    guard.uninstall()
    try:
        yield
    finally:
        guard.install()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--final-pos-allow-network",
        action="store_true",
        dest=_ALLOW_OPTION,
        help="let FinalPOS requests reach hosts that are not loopback (the guard is on by default)",
    )
    parser.addoption(
        "--final-pos-block-network",
        action="store_true",
        dest=_BLOCK_OPTION,
        help="fail any FinalPOS request to a host that is not loopback (wins over the ini file)",
    )
    parser.addini(
        _BLOCK_OPTION,
        "fail any FinalPOS request to a host that is not loopback (default: true)",
        type="bool",
        default=True,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: this test may send FinalPOS requests to hosts that are not loopback"
    )
    blocked = config.getoption(_BLOCK_OPTION) or (
        config.getini(_BLOCK_OPTION) and not config.getoption(_ALLOW_OPTION)
    )
    if blocked:
        guard = block_network()
        guard.install()
        config.stash[_guard] = guard


def pytest_unconfigure(config: pytest.Config) -> None:
    guard = config.stash.get(_guard, None)
    if guard is not None:
        guard.uninstall()
