"""A process-wide slot for a test net in front of every ``FinalPOS`` request.

``final_pos_fake.mock()`` puts the in-process fake here, and the pytest option
``--final-pos-block-network`` a guard: each request is first offered to the interceptor, which
answers it (the fake), refuses it (raising, before anything is sent) or returns ``None`` to let
it go out. Empty, it costs one attribute read per request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

Interceptor = Callable[[httpx.Request], Awaitable[httpx.Response | None]]


class InterceptionSlot:
    __slots__ = ("interceptor",)

    def __init__(self) -> None:
        self.interceptor: Interceptor | None = None

    def install(self, interceptor: Interceptor | None) -> Interceptor | None:
        """Put ``interceptor`` in place (``None``: none); returns the one it replaces."""
        previous, self.interceptor = self.interceptor, interceptor
        return previous


SLOT = InterceptionSlot()
