"""The hook check (``_core/_httpx_hooks.py``) while httpcore is still being imported: another
thread's first call may find ``httpcore`` in ``sys.modules`` half-initialised (no
``AsyncConnectionPool`` yet). That reads as "not hooked, look again next call", never an
``AttributeError`` out of a user's request."""

from __future__ import annotations

import sys
import types

import httpcore
import pytest

from final_pos_client._core._httpx_hooks import HttpxHooks


def test_a_half_imported_httpcore_is_not_hooked_and_is_looked_at_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hooks = HttpxHooks()
    monkeypatch.setitem(sys.modules, "httpcore", types.ModuleType("httpcore"))
    assert hooks.active() is False
    monkeypatch.setitem(sys.modules, "httpcore", httpcore)
    assert hooks.active() is False

    def patched(self: object, request: object) -> None:  # what respx's default mocker does
        raise AssertionError("not called")

    monkeypatch.setattr(httpcore.AsyncConnectionPool, "handle_async_request", patched)
    assert hooks.active() is True
