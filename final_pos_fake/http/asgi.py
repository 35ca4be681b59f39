"""ASGI plumbing: reading a request body, sending a JSON answer, the lifespan handshake."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]

JSON_HEADERS: Headers = [(b"content-type", b"application/json; charset=utf-8")]
BODYLESS_STATUSES = frozenset({204, 304})  # HTTP forbids a body on these


REQUEST_ID_HEADER = b"x-request-id"


def echoing_request_id(scope: Scope, send: Send) -> Send:
    """``send`` with the request's ``x-request-id`` (a new uuid4 when it has none) added to the
    answer's headers, as the API's gateway does."""
    request_id = (
        next(
            (
                value
                for name, value in scope.get("headers", ())
                if name.lower() == REQUEST_ID_HEADER
            ),
            None,
        )
        or str(uuid.uuid4()).encode()
    )

    async def send_with_request_id(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = [*message.get("headers", ()), (REQUEST_ID_HEADER, request_id)]
            message = {**message, "headers": headers}
        await send(message)

    return send_with_request_id


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def send_json(send: Send, status: int, body: bytes, headers: Headers) -> None:
    if status in BODYLESS_STATUSES:
        body, framing = b"", []
    else:
        framing = [*JSON_HEADERS, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": framing + headers})
    await send({"type": "http.response.body", "body": body})


async def lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
