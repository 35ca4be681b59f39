"""The fake's pytest fixtures and options.

Enable with ``pytest_plugins = ["final_pos_fake.pytest_plugin"]`` in a ``conftest.py``:

- ``fake_app`` (in process) and ``fake_server`` (real socket), see ``testing/fixtures.py``;
- ``final_pos_mock``: the test runs inside ``final_pos_fake.mock()``; the fixture is its fake;
- ``--final-pos-block-network`` (or ``final_pos_block_network = true`` in the ini file): any
  ``FinalPOS`` request to a host that is not loopback fails the test, for the whole session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import FakeFinalPOS
from .mocking import NetworkGuard, block_network, mock
from .testing.fixtures import _fake_server_session, fake_app, fake_server

__all__ = ["_fake_server_session", "fake_app", "fake_server", "final_pos_mock"]

_BLOCK_OPTION = "final_pos_block_network"
_guard = pytest.StashKey[NetworkGuard]()


@pytest.fixture
def final_pos_mock() -> Iterator[FakeFinalPOS]:
    """Every ``FinalPOS`` request to a Final POS host answered by this fake, in process."""
    with mock() as fake:
        yield fake


def pytest_addoption(parser: pytest.Parser) -> None:
    help_text = "fail any FinalPOS request to a host that is not loopback (the real POS)"
    parser.addoption(
        "--final-pos-block-network", action="store_true", dest=_BLOCK_OPTION, help=help_text
    )
    parser.addini(_BLOCK_OPTION, help_text, type="bool", default=False)


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption(_BLOCK_OPTION) or config.getini(_BLOCK_OPTION):
        guard = block_network()
        guard.install()
        config.stash[_guard] = guard


def pytest_unconfigure(config: pytest.Config) -> None:
    guard = config.stash.get(_guard, None)
    if guard is not None:
        guard.uninstall()
