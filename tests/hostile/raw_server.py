"""A small raw-asyncio HTTP server whose every answer is scripted byte by byte, to misbehave."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    path: str
    head: bytes
    body: bytes


# Answers one request: gets what was read and the stream to write (and may never return).
Script = Callable[[Received, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class RawServer:
    """A listening socket on 127.0.0.1; ``requests`` lists what arrived, in order."""

    base_url: str
    requests: list[Received] = field(default_factory=list)


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, path, _ = request_line.split(" ", 2)
    length = 0
    for line in header_lines:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return Received(method, path, head, body)


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def serving(handle: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[str]:
    """Serve each connection to a 127.0.0.1 port with ``handle``, over TLS with ``tls``; yields
    the base URL. Leaving the block stops the server and cancels handlers still running (stalled
    ones)."""
    handlers: set[asyncio.Task[None]] = set()

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        try:
            await handle(reader, writer)
        finally:
            handlers.discard(task)
            writer.close()  # the server's end, whichever way the handler ended

    server = await asyncio.start_server(tracked, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"{'http' if tls is None else 'https'}://127.0.0.1:{port}"
    finally:
        server.close()
        for task in list(handlers):
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


@contextlib.asynccontextmanager
async def raw_server(
    *scripts: Script, tls: ssl.SSLContext | None = None
) -> AsyncIterator[RawServer]:
    """Serve request number i with ``scripts[i]`` (the last script answers all further ones),
    over TLS with ``tls``.

    Each connection may carry several requests; a script that closes the writer ends it.
    Leaving the block stops the server and cancels scripts still running (stalled ones).
    """
    state: RawServer

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while not writer.is_closing():
                received = await _read_request(reader)
                if received is None:
                    break
                index = min(len(state.requests), len(scripts) - 1)
                state.requests.append(received)
                await scripts[index](received, writer)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async with serving(handle, tls) as base_url:
        state = RawServer(base_url=base_url)
        yield state


def answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Script:
    """A script answering a well-formed response."""

    async def script(_: Received, writer: asyncio.StreamWriter) -> None:
        fields = {"content-type": "application/json", "content-length": str(len(body))}
        fields.update(headers or {})
        head = "".join(f"{name}: {value}\r\n" for name, value in fields.items())
        writer.write(f"HTTP/1.1 {status} X\r\n{head}\r\n".encode("latin-1") + body)

    return script


def raw(data: bytes, *, then: str = "close") -> Script:
    """A script writing ``data`` as it is, then closing the connection or stalling for good."""

    async def script(_: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()
        if then == "stall":
            await asyncio.Event().wait()
        writer.close()

    return script


async def drop(_: Received, writer: asyncio.StreamWriter) -> None:
    """Read the whole request, then close the connection without answering."""
    writer.close()
