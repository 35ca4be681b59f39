"""The ASGI app: routing, API key, parameter and body checks, faults, request log."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from .connection import drop_connection
from .control import CONTROL_PREFIX, ControlApi
from .faults import FaultSet
from .handling import Reply, Request
from .request_log import RequestLog
from .routes import PAGE_PARAMS, Route, Router, build_routes
from .spec import load_spec
from .store import Seed, Store
from .validation import SchemaValidators, error_messages
from .wire import API_KEY_HEADER, HTTPProblem, bad_request, dumps, error_body, unauthorized

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
logger = logging.getLogger(__name__)
_KEY_HEADER = API_KEY_HEADER.encode()
JSON_HEADERS = [(b"content-type", b"application/json; charset=utf-8")]


class FakeFinalPOS:
    """A stateful stand-in for the Final POS API (``.store``, ``.faults``, ``.log``)."""

    def __init__(
        self,
        *,
        api_keys: Iterable[str] = ("test-key",),
        seed: Seed | None = None,
        spec: Mapping[str, Any] | None = None,
    ) -> None:
        self.spec = dict(spec) if spec is not None else load_spec()
        self.validators = SchemaValidators(self.spec)
        routes, shapes = build_routes(self.spec, self.validators)
        self.routes = routes
        self._router = Router(routes)
        self.api_keys = {key.encode() for key in api_keys}
        self.store = Store(shapes, seed)
        self.faults = FaultSet()
        self.log = RequestLog()
        self._control = ControlApi(self)

    @property
    def unsupported_operations(self) -> list[str]:
        """Operations of the description the fake answers with 501 (none for 1.2.4)."""
        return [route.operation.label for route in self.routes if not route.supported]

    def __repr__(self) -> str:
        return f"<FakeFinalPOS {len(self.routes)} operations, {len(self.api_keys)} API key(s)>"

    def reset(self) -> None:
        """Seeded state again, no faults, empty log."""
        self.store.reset()
        self.faults.clear()
        self.log.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method: str = scope["method"]
        path: str = scope["path"]
        if path.startswith(CONTROL_PREFIX):
            body = await _read_body(receive)
            status, payload = self._control.handle(method, path, body)
            await _send(send, status, dumps(payload), [])
            return

        # The whole request arrives before any fault acts, as on a real server: a client that
        # gives up during the latency still has its write processed.
        raw_body = await _read_body(receive)
        plan = self.faults.plan(method, path)
        if plan is not None and plan.latency:
            await asyncio.sleep(plan.latency)
        action = plan.action if plan is not None else None
        if action is not None and action.drop == "before":
            await self._drop(send, method, path)
            return
        if action is not None and action.status is not None:
            headers = {"Retry-After": action.retry_after} if action.retry_after else {}
            problem = HTTPProblem(action.status, action.message or "Injected fault", headers)
            await self._send_problem(send, method, path, problem)
            return

        answer = self._answer(scope, method, path, raw_body)
        if action is not None and action.drop == "after":
            await self._drop(send, method, path)  # processed (and stored), but never answered
        elif isinstance(answer, HTTPProblem):
            await self._send_problem(send, method, path, answer)
        else:
            encoded = dumps(answer.body)
            if action is not None and action.truncate:
                encoded = encoded[: max(1, len(encoded) // 2)]
            self.log.append(method, path, answer.status)
            await _send(send, answer.status, encoded, [])

    def _answer(self, scope: Scope, method: str, path: str, raw_body: bytes) -> Reply | HTTPProblem:
        try:
            return self._process(scope, method, path, raw_body)
        except HTTPProblem as problem:
            return problem
        except Exception as exc:
            return _internal_error(exc)

    async def _drop(self, send: Send, method: str, path: str) -> None:
        self.log.append(method, path, None)
        await drop_connection(send)

    def _process(self, scope: Scope, method: str, path: str, raw_body: bytes) -> Reply:
        route, path_params = self._router.match(method, path)
        if not self._authorized(scope):
            raise unauthorized()
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), True))
        _check_query(route, query)
        body = self._parse_body(route, raw_body)
        with self.store.lock:
            return route.handler(self.store, Request(path_params, query, body))

    def _authorized(self, scope: Scope) -> bool:
        for name, value in scope["headers"]:
            if name == _KEY_HEADER:
                return value in self.api_keys
        return False

    def _parse_body(self, route: Route, raw: bytes) -> Any:
        if route.body_validator is None:
            return None
        if not raw.strip():
            if route.body_required:
                raise bad_request(["body: a JSON object is required"])
            return {}
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise bad_request([f"body: not valid JSON ({exc})"]) from None
        messages = error_messages(route.body_validator, body)
        if messages:
            raise bad_request(messages)
        return body

    async def _send_problem(self, send: Send, method: str, path: str, problem: HTTPProblem) -> None:
        self.log.append(method, path, problem.status)
        headers = [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
        await _send(
            send, problem.status, dumps(error_body(problem.status, problem.message)), headers
        )


def create_app(
    *,
    api_keys: Iterable[str] = ("test-key",),
    seed: Seed | None = None,
    spec: Mapping[str, Any] | None = None,
) -> FakeFinalPOS:
    """A fresh fake. ``seed``: None for the bundled custom tables, or a mapping / JSON file path
    ``{"customTables": [...], "records": {"customers": [...]}}``."""
    return FakeFinalPOS(api_keys=api_keys, seed=seed, spec=spec)


def _internal_error(exc: Exception) -> HTTPProblem:
    """A bug of the fake: logged with its traceback, answered as a JSON 500."""
    logger.exception("final_pos_fake: unexpected error")
    return HTTPProblem(500, f"fake server error: {type(exc).__name__}: {exc}")


def _check_query(route: Route, query: Mapping[str, str]) -> None:
    problems = []
    for param in route.query_params:
        value = query.get(param.name)
        if value is None:
            if param.required:
                problems.append(f"{param.name} should not be empty")
            continue
        if param.name in PAGE_PARAMS:
            continue  # the wire contract's paging rules (wire.parse_page) apply instead
        if param.kind in ("integer", "number") and not _is_number(value, param.kind):
            problems.append(f"{param.name} must be a {param.kind}")
        if param.kind == "boolean" and value not in ("true", "false"):
            problems.append(f"{param.name} must be a boolean")
    if problems:
        raise bad_request(problems)


def _is_number(text: str, kind: str) -> bool:
    try:
        number = float(text)
    except ValueError:
        return False
    return kind == "number" or number.is_integer()


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    length = [(b"content-length", str(len(body)).encode())]
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": JSON_HEADERS + length + headers,
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
