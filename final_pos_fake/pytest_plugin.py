"""The fake's pytest fixtures, ``fake_app`` and ``fake_server`` (see ``testing/fixtures.py``).

Enable with ``pytest_plugins = ["final_pos_fake.pytest_plugin"]`` in a ``conftest.py``.
"""

from __future__ import annotations

from .testing.fixtures import _fake_server_session, fake_app, fake_server

__all__ = ["_fake_server_session", "fake_app", "fake_server"]
