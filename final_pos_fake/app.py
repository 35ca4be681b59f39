"""The fake as one ASGI app: state, faults and log behind the HTTP front (the request pipeline)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from .faults import FaultSet
from .http.asgi import Receive, Scope, Send, echoing_request_id, lifespan, read_body, send_json
from .http.body import parse_json
from .http.connection import drop_connection
from .http.control import CONTROL_PREFIX, ControlApi
from .http.formats import with_implied_formats
from .http.handling import Reply, Request
from .http.multipart import form_body, parse_parts
from .http.routes import Route, Router, build_routes
from .http.validation import SchemaValidators, error_messages
from .http.wire import (
    API_KEY_HEADER,
    HTTPProblem,
    bad_request,
    dumps,
    error_body,
    not_found,
    unauthorized,
)
from .latency import LatencySleeps
from .request_log import RequestLog
from .spec import load_spec, parse_model
from .state.errors import Invalid, NotFound
from .state.store import Seed, Store

logger = logging.getLogger(__name__)
_KEY_HEADER = API_KEY_HEADER.encode()


class FakeFinalPOS:
    """A stateful stand-in for the Final POS API (``.store``, ``.faults``, ``.log``).

    Strict unless ``lenient=True``: implied formats (``http/formats.py``), references between
    records (``state/references.py``) and unknown query parameters on lists are refused (400).
    """

    def __init__(
        self,
        *,
        api_keys: Iterable[str] | None = ("test-key",),
        seed: Seed | None = None,
        spec: Mapping[str, Any] | None = None,
        lenient: bool = False,
    ) -> None:
        self.spec = dict(spec) if spec is not None else load_spec()
        self.lenient = lenient
        self.model = parse_model(self.spec)
        self.validators = SchemaValidators(
            self.spec if lenient else with_implied_formats(self.spec)
        )
        routes, shapes = build_routes(self.model, self.validators, strict=not lenient)
        self.routes = routes
        self._router = Router(routes)
        # None: any non-empty key is accepted (final_pos_fake.mock()).
        self.api_keys = None if api_keys is None else {key.encode() for key in api_keys}
        self.store = Store(shapes, seed)
        self.faults = FaultSet()
        self.log = RequestLog()
        self._latency = LatencySleeps()
        self._control = ControlApi(self.store, self.faults, self.log, self.reset)

    @property
    def unsupported_operations(self) -> list[str]:
        """Operations of the description the fake answers with 501 (none for 1.2.4)."""
        return [route.operation.key for route in self.routes if not route.supported]

    def __repr__(self) -> str:
        keys = "any" if self.api_keys is None else len(self.api_keys)
        return f"<FakeFinalPOS {len(self.routes)} operations, {keys} API key(s)>"

    def reset(self) -> None:
        """Seeded state again, no faults, empty log. Requests sleeping on a latency fault end
        at once, unprocessed and unanswered (their connection closed), not logged."""
        with self.store.lock:
            self.store.reset()
            self._latency.wake_all()
        self.faults.clear()
        self.log.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        raw_send, send = send, echoing_request_id(scope, send)  # a drop needs uvicorn's own
        method: str = scope["method"]
        path: str = scope["path"]
        if path.startswith(CONTROL_PREFIX):
            body = await read_body(receive)
            status, payload = self._control.handle(method, path, body)
            await send_json(send, status, dumps(payload), [])
            return

        # The whole request arrives before any fault acts, as on a real server: a client that
        # gives up during the latency still has its write processed.
        raw_body = await read_body(receive)
        generation = self._latency.generation  # read before the fault fires: see latency.py
        plan = self.faults.plan(method, path)
        slept: int | None = None  # the reset generation a latency sleep began in
        if plan is not None and plan.latency:
            slept = generation
            await self._latency.sleep(plan.latency, generation)
            if self._latency.generation != slept:
                await drop_connection(raw_send)  # reset() while it slept: nothing more to do
                return
        action = plan.action if plan is not None else None
        if action is not None and action.drop == "before":
            await self._drop(raw_send, method, path)
            return
        if action is not None and action.status is not None:
            headers = {"Retry-After": action.retry_after} if action.retry_after else {}
            problem = HTTPProblem(action.status, action.message or "Injected fault", headers)
            await self._send_problem(send, method, path, problem)
            return

        answer = self._answer(scope, method, path, raw_body, slept)
        if answer is None:
            await drop_connection(raw_send)  # reset() just before it was processed
            return
        if action is not None and action.drop == "after":
            await self._drop(raw_send, method, path)  # processed (and stored), but never answered
        elif isinstance(answer, HTTPProblem):
            await self._send_problem(send, method, path, answer)
        else:
            encoded = dumps(answer.body)
            if action is not None and action.truncate:
                encoded = encoded[: max(1, len(encoded) // 2)]
            self.log.append(method, path, answer.status)
            await send_json(send, answer.status, encoded, [])

    def _answer(
        self, scope: Scope, method: str, path: str, raw_body: bytes, slept: int | None
    ) -> Reply | HTTPProblem | None:
        """The reply; ``None`` when a reset came after the latency sleep that began in
        generation ``slept`` (checked under the store's lock: a reset from another thread
        comes wholly before or after the request's change)."""
        if slept is not None:
            with self.store.lock:
                if self._latency.generation != slept:
                    return None
                return self._answer(scope, method, path, raw_body, None)
        try:
            return self._process(scope, method, path, raw_body)
        except HTTPProblem as problem:
            return problem
        except NotFound as missing:
            return not_found(missing.message)
        except Invalid as invalid:
            return bad_request(invalid.messages)
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
        route.check_query(query)
        body = _parse_body(route, raw_body, _header(scope, b"content-type"))
        with self.store.lock:
            return route.handler(self.store, Request(path_params, query, body))

    def _authorized(self, scope: Scope) -> bool:
        for name, value in scope["headers"]:
            if name == _KEY_HEADER:
                return bool(value) if self.api_keys is None else value in self.api_keys
        return False

    async def _send_problem(self, send: Send, method: str, path: str, problem: HTTPProblem) -> None:
        self.log.append(method, path, problem.status)
        headers = [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
        body = dumps(error_body(problem.status, problem.message))
        await send_json(send, problem.status, body, headers)


def create_app(
    *,
    api_keys: Iterable[str] | None = ("test-key",),
    seed: Seed | None = None,
    spec: Mapping[str, Any] | None = None,
    lenient: bool = False,
) -> FakeFinalPOS:
    """A fresh fake. ``api_keys``: the keys it accepts (``None``: any non-empty key). ``seed``:
    None for the bundled custom tables, or a mapping / JSON file path
    ``{"customTables": [...], "records": {"customers": [...]}}``. ``lenient=True`` turns off the
    checks the description only implies (formats, references, unknown list filters)."""
    return FakeFinalPOS(api_keys=api_keys, seed=seed, spec=spec, lenient=lenient)


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value).decode("latin-1")
    return ""


def _parse_body(route: Route, raw: bytes, content_type: str) -> Any:
    if route.form_binary is not None:
        parts = parse_parts(raw, content_type)
        missing = [name for name in route.form_required if name not in {p.name for p in parts}]
        if missing:
            raise bad_request([f"{name} should not be empty" for name in missing])
        return form_body(parts, route.form_binary)
    if route.body_validator is None:
        return None
    if not raw.strip():
        if route.body_required:
            raise bad_request(["body: a JSON object is required"])
        return {}
    body = parse_json(raw)
    messages = error_messages(route.body_validator, body)
    if messages:
        raise bad_request(messages)
    return body


def _internal_error(exc: Exception) -> HTTPProblem:
    """A bug of the fake: logged with its traceback, answered as a JSON 500."""
    logger.exception("final_pos_fake: unexpected error")
    return HTTPProblem(500, f"fake server error: {type(exc).__name__}: {exc}")
