"""A process-wide slot for a test net in front of every ``FinalPOS`` request.

``final_pos_fake.mock()`` puts the in-process fake here, and the fake's pytest plugin its
network guard: each request is first offered to the interceptor, which answers it (the fake),
refuses it (raising, before anything is sent) or returns ``None`` to let it go out. Empty, it
costs one attribute read per request. The guard also puts a connect guard here, which the
plain httpx pools ``FinalPOS`` builds ask before opening a connection (``_handshake_guard``):
the point below any httpx mock, for a call that takes the hooked path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

Interceptor = Callable[[httpx.Request], Awaitable[httpx.Response | None]]


ConnectGuard = Callable[[str], None]
# Set on a request sent through an injected client answered in memory (httpx's MockTransport or
# ASGITransport): it reaches no network, which a network guard may take into account.
IN_MEMORY_EXTENSION = "final_pos.in_memory"


class InterceptionSlot:
    __slots__ = ("connect_guard", "interceptor")

    def __init__(self) -> None:
        self.interceptor: Interceptor | None = None
        # Called with the host before a pool FinalPOS built opens a connection (its plain httpx
        # pools, the path a call takes while a tool has hooked httpx); raises to refuse.
        self.connect_guard: ConnectGuard | None = None

    def install(self, interceptor: Interceptor | None) -> Interceptor | None:
        """Put ``interceptor`` in place (``None``: none); returns the one it replaces."""
        previous, self.interceptor = self.interceptor, interceptor
        return previous

    def install_connect_guard(self, guard: ConnectGuard | None) -> ConnectGuard | None:
        """Put ``guard`` in place (``None``: none); returns the one it replaces."""
        previous, self.connect_guard = self.connect_guard, guard
        return previous


SLOT = InterceptionSlot()
