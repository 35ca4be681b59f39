"""``final_pos_fake.mock()``: every ``FinalPOS`` request answered by an in-process fake.

In the spirit of moto's ``mock_aws``: a context manager, a decorator (sync and async functions)
and, through the pytest plugin, the ``final_pos_mock`` fixture. Inside it, each request a
``FinalPOS`` sends (created before or inside, its own HTTP client or an injected one) to a Final
POS host is handled by a ``FakeFinalPOS`` in the same process: no socket, no port. A request to
any other host raises ``RequestBlockedError`` before anything is sent.

``block_network()`` is the pytest plugin's session-wide network guard: a request to a host that
is not loopback raises ``RequestBlockedError`` before it is sent; loopback (the local fake)
passes, and so does what respx, pytest-httpx or a vcrpy cassette answers.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, TypeVar

import httpx

from final_pos_client._core._client_config import BASE_URL_ENV, DEFAULT_BASE_URL, is_loopback_host
from final_pos_client._core._httpx_hooks import HOOKS
from final_pos_client._core._interception import (
    IN_MEMORY_EXTENSION,
    SLOT,
    ConnectGuard,
    Interceptor,
)

from .app import FakeFinalPOS, create_app

F = TypeVar("F", bound=Callable[..., Any])


class RequestBlockedError(RuntimeError):
    """A ``FinalPOS`` request stopped before it was sent, by ``mock()`` or the network guard."""


def _host(url: str) -> str:
    return httpx.URL(url).host


def final_pos_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The official API host, the host of ``$FINAL_POS_BASE_URL`` when set, and ``extra``."""
    hosts = {_host(DEFAULT_BASE_URL), *extra}
    configured = os.environ.get(BASE_URL_ENV)
    if configured:
        hosts.add(_host(configured))
    return frozenset(hosts)


class FinalPOSMock:
    """What ``mock()`` returns: ``with`` it (gives the fake) or decorate a function with it."""

    def __init__(self, app: FakeFinalPOS | None, hosts: Iterable[str]) -> None:
        # Any non-empty API key is accepted unless the app given says otherwise.
        self.app = app if app is not None else create_app(api_keys=None)
        self._extra_hosts = tuple(hosts)
        self._hosts: frozenset[str] = frozenset()
        self._transport = httpx.ASGITransport(app=self.app)
        self._replaced: list[Interceptor | None] = []

    @property
    def hosts(self) -> frozenset[str]:
        """The hosts answered by the fake (read when the mock starts)."""
        return self._hosts or final_pos_hosts(self._extra_hosts)

    async def _answer(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host not in self._hosts:
            raise RequestBlockedError(
                f"final_pos_fake.mock(): a FinalPOS request to {host!r} was stopped before "
                f"sending; the in-process fake answers {sorted(self._hosts)}. Add the host with "
                f"mock(hosts=[{host!r}]) if it is a Final POS host."
            )
        return await self._transport.handle_async_request(request)

    def __enter__(self) -> FakeFinalPOS:
        self._hosts = final_pos_hosts(self._extra_hosts)
        self._replaced.append(SLOT.install(self._answer))
        return self.app

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        SLOT.install(self._replaced.pop())

    def __call__(self, function: F) -> F:
        """Run ``function`` (sync or async) inside the mock, on a fresh fake each call."""
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                self.app.reset()
                with self:
                    return await function(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            self.app.reset()
            with self:
                return function(*args, **kwargs)

        return run  # type: ignore[return-value]


def mock(app: FakeFinalPOS | None = None, *, hosts: Iterable[str] = ()) -> FinalPOSMock:
    """Answer every ``FinalPOS`` request to a Final POS host with ``app`` (default: a fresh fake
    accepting any API key), in process. Final POS hosts: ``api.finalpos.com``, the host of
    ``$FINAL_POS_BASE_URL``, and ``hosts``; a request to another host raises
    ``RequestBlockedError`` before anything is sent."""
    return FinalPOSMock(app, hosts)


def _refuse_connection(host: str) -> None:
    if not is_loopback_host(host):
        raise RequestBlockedError(
            f"a FinalPOS request to {host!r} was stopped before sending: under the network "
            "guard of final_pos_fake's pytest plugin, tests reach only loopback hosts (the "
            "local fake). Use final_pos_fake.mock(), the fake_server fixture, respx, "
            "pytest-httpx or a cassette; to reach that host on purpose, mark the test "
            "@pytest.mark.final_pos_network or run pytest with --final-pos-allow-network."
        )


async def _refuse_unless_mocked(request: httpx.Request) -> None:
    """Before httpx: a request an injected client answers in memory (``httpx.MockTransport``)
    passes; so does one a tool hooked into httpx (respx, pytest-httpx, vcrpy) may answer, on
    the path where the connect guard stops it if it really goes out. Otherwise a host that
    is not loopback is refused here."""
    if not request.extensions.get(IN_MEMORY_EXTENSION) and not HOOKS.active():
        _refuse_connection(request.url.host)


class NetworkGuard:
    """``install()`` / ``uninstall()`` the session-wide guard: in front of every ``FinalPOS``
    request, and at every connection the pools ``FinalPOS`` builds open."""

    def __init__(self) -> None:
        self._replaced: Interceptor | None = None
        self._replaced_guard: ConnectGuard | None = None

    def install(self) -> None:
        self._replaced = SLOT.install(_refuse_unless_mocked)
        self._replaced_guard = SLOT.install_connect_guard(_refuse_connection)

    def uninstall(self) -> None:
        SLOT.install(self._replaced)
        SLOT.install_connect_guard(self._replaced_guard)


def block_network() -> NetworkGuard:
    """A guard failing every ``FinalPOS`` request to a host that is not loopback."""
    return NetworkGuard()
