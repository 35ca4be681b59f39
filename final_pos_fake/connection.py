"""Closing the client's connection without an HTTP answer.

ASGI has no message for this, so under uvicorn the fake closes the socket's transport itself
(uvicorn's ``send`` is a method of its request cycle, which holds the transport). In process,
with ``httpx.ASGITransport``, it raises the error httpx raises for a server that hung up.
"""

from __future__ import annotations

import asyncio
from typing import Any


async def drop_connection(send: Any) -> None:
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if not isinstance(transport, asyncio.BaseTransport):
        import httpx  # only in process; keeps the server's start-up lean

        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.close()
    # Let the server see the closed connection, so it neither logs nor sends a 500 for us.
    for _ in range(10):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)
