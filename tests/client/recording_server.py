"""A small HTTP/1.1 server on 127.0.0.1 that records each request (method, target, headers,
body) and answers with a queued JSON reply: for checking what the client puts on the wire."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query))

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class RecordingServer:
    base_url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    replies: list[tuple[int, bytes]] = field(default_factory=list)

    def reply(self, status: int, payload: Any) -> None:
        """Queue the answer to the next request (default: 200 with ``{}``)."""
        self.replies.append((status, json.dumps(payload).encode()))

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.requests.append(Recorded(method, target, headers, body))
                status, payload = self.replies.pop(0) if self.replies else (200, b"{}")
                writer.write(
                    f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
                    f"content-length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def recording_server() -> AsyncIterator[RecordingServer]:
    recorder = RecordingServer()
    server = await asyncio.start_server(recorder._handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    recorder.base_url = f"http://127.0.0.1:{port}"
    async with server:
        yield recorder
