"""An ASGI wrapper around the fake that answers chosen routes with another shape or status,
so the shape recorder meets answers that differ from the description over a real socket."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from final_pos_fake import FakeServer, create_app, serve
from final_pos_fake.app import FakeFinalPOS

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Any]
Send = Callable[[Message], Any]


@dataclass(frozen=True)
class Reshape:
    """Answers to ``method`` + ``path`` (a regex, full match) get ``body(decoded)`` / ``status``."""

    method: str
    path: str
    body: Callable[[Any], Any] | None = None
    status: int | None = None

    def matches(self, scope: Scope) -> bool:
        return scope["method"] == self.method and re.fullmatch(self.path, scope["path"]) is not None


class ReshapingApp:
    """The fake, with the answers of the current ``rules`` rewritten on their way out."""

    def __init__(self, app: FakeFinalPOS) -> None:
        self.app = app
        self.rules: list[Reshape] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule = None
        if scope["type"] == "http":
            rule = next((rule for rule in self.rules if rule.matches(scope)), None)
        if rule is None:
            await self.app(scope, receive, send)  # type: ignore[arg-type]
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def rewrite(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if rule.body is not None:
                body = json.dumps(rule.body(json.loads(body) if body else None)).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            status = rule.status or start["status"]
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewrite)  # type: ignore[arg-type]


@contextmanager
def reshaping_server(api_key: str = "observe-key") -> Iterator[tuple[FakeServer, ReshapingApp]]:
    """A real server on 127.0.0.1 serving a fresh fake through a ``ReshapingApp``."""
    wrapper = ReshapingApp(create_app(api_keys=(api_key,)))
    with serve(cast(FakeFinalPOS, wrapper), api_key=api_key) as server:
        yield server, wrapper
