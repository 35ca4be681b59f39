"""Closing the client's connection without an HTTP answer (``drop=`` faults).

ASGI has no public way to do this: an app that raises or returns before ``http.response.start``
gets a 500 from the server, and after it the client has already seen a status line; no ASGI
extension closes a connection. So under uvicorn this module uses one private detail: ``send`` is
a bound method of uvicorn's h11 request cycle, which holds the socket's ``transport`` and a
``disconnected`` flag (the fake always runs uvicorn with ``http="h11"``). pyproject pins the
uvicorn versions this was tested with; :func:`drop_connection` fails loudly if the detail moves.
In process (``httpx.ASGITransport``) it raises the error httpx raises for a server that hung up.
"""

from __future__ import annotations

import asyncio
from typing import Any


async def drop_connection(send: Any) -> None:
    cycle = getattr(send, "__self__", None)
    if cycle is None or not type(cycle).__module__.startswith("uvicorn."):
        import httpx  # only in process; keeps the server's start-up lean

        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport = getattr(cycle, "transport", None)
    if not isinstance(transport, asyncio.BaseTransport) or not hasattr(cycle, "disconnected"):
        raise RuntimeError(
            "final_pos_fake cannot drop a connection under this uvicorn version "
            "(its h11 request cycle no longer holds .transport and .disconnected); "
            "install a uvicorn version within the range final-pos-client[fake] declares"
        )
    transport.close()
    # Let the server see the closed connection, so it neither logs nor sends a 500 for us.
    for _ in range(10):
        if cycle.disconnected:
            break
        await asyncio.sleep(0)
