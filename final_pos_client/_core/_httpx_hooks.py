"""Whether a tool has hooked httpx: a mock, a recorder or an instrumentation.

The tools users attach to httpx replace a method on an httpx (or httpcore) class:

- respx: ``httpcore.AsyncConnectionPool.handle_async_request`` (its default mocker) or
  ``httpx.AsyncClient._transport_for_url`` (``using="httpx"``);
- pytest-httpx, vcrpy, OpenTelemetry's ``HTTPXClientInstrumentor`` (and logfire, built on it):
  ``httpx.AsyncHTTPTransport.handle_async_request``;
- Sentry's ``HttpxIntegration``: ``httpx.AsyncClient.send``.

``FinalPOS`` normally sends past ``AsyncClient.send``, often over aiohttp, where none of them
looks. While any of those methods is not httpx's own, its calls take the path they hook
instead (``AsyncClient.send`` over an ``httpx.AsyncHTTPTransport``). The check per call
compares a few class attributes by identity with the last ones found to be httpx's own.
"""

from __future__ import annotations

import sys
from types import FunctionType

import httpx

_CLIENT = httpx.AsyncClient
_TRANSPORT = httpx.AsyncHTTPTransport
_OWN_MODULES = ("httpx.", "httpcore.")


def _pool_method() -> object:
    # respx imports httpcore to patch it: not loaded, not hooked. Another thread may be importing
    # it right now (in sys.modules, no pool class yet): not hooked either, and the None kept as
    # "seen" makes the next call look again.
    httpcore = sys.modules.get("httpcore")
    if httpcore is None:
        return None
    try:  # free when nothing is raised: this runs on every call
        return httpcore.AsyncConnectionPool.handle_async_request
    except AttributeError:
        return None


def _is_own(method: object) -> bool:
    """Whether ``method`` is the library's own function (not a wrapper, a mock or a patch).

    wrapt wrappers are not functions; ``functools.wraps`` leaves ``__wrapped__``; a
    replacement defined elsewhere names its module.
    """
    if method is None:
        return True
    return (
        type(method) is FunctionType
        and method.__module__.startswith(_OWN_MODULES)
        and not hasattr(method, "__wrapped__")
    )


class HttpxHooks:
    """``active()``: whether any hooked method is in place now."""

    __slots__ = ("_pool", "_send", "_send_single", "_transport", "_transport_for_url")

    def __init__(self) -> None:
        # The methods last seen to be httpx's own (None: not seen yet, check again).
        self._send: object = None
        self._send_single: object = None
        self._transport_for_url: object = None
        self._transport: object = None
        self._pool: object = None

    def active(self) -> bool:
        if (
            _TRANSPORT.handle_async_request is self._transport
            and _CLIENT.send is self._send
            and _CLIENT._transport_for_url is self._transport_for_url
            and _CLIENT._send_single_request is self._send_single
            and _pool_method() is self._pool
        ):
            return False
        return self._check()

    def _check(self) -> bool:
        found = (
            _CLIENT.send,
            _CLIENT._send_single_request,
            _CLIENT._transport_for_url,
            _TRANSPORT.handle_async_request,
            _pool_method(),
        )
        if not all(_is_own(method) for method in found):
            return True
        (
            self._send,
            self._send_single,
            self._transport_for_url,
            self._transport,
            self._pool,
        ) = found
        return False


HOOKS = HttpxHooks()
