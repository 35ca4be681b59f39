"""``/__fake__/...``: control endpoints to drive the fake over HTTP (no API key, not logged).

GET  /__fake__/health                      → {"status": "ok"}
GET  /__fake__/log   DELETE /__fake__/log  → [{"method", "path", "status"}] / clear
GET  /__fake__/faults                      → the faults with their ``fired`` counts
POST /__fake__/faults {"pattern", "status"?, "times"?, "retryAfter"?, "message"?, "latency"?,
                       "drop"?: "before"|"after", "truncate"?}   → 201 the fault
DELETE /__fake__/faults  DELETE /__fake__/faults/{id}
POST /__fake__/reset                       → seeded state, no faults, empty log
GET  /__fake__/records/{collection}        → the stored records
POST /__fake__/custom-tables {"name", "description"?, "metadata"?, "fields": [...]} → 201
POST /__fake__/custom-tables/{name}/fields {field}                                → 201
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..faults import FaultSet
from ..request_log import RequestLog
from ..state.store import Store
from .body import parse_json
from .wire import HTTPProblem, error_body

CONTROL_PREFIX = "/__fake__/"


class ControlApi:
    """The control endpoints over one fake's store, faults and log."""

    def __init__(
        self, store: Store, faults: FaultSet, log: RequestLog, reset: Callable[[], None]
    ) -> None:
        self._store = store
        self._faults = faults
        self._log = log
        self._reset = reset

    def handle(self, method: str, path: str, raw_body: bytes) -> tuple[int, Any]:
        parts = path.removeprefix(CONTROL_PREFIX).strip("/").split("/")
        try:
            body = parse_json(raw_body) if raw_body.strip() else None
            return self._dispatch(method, parts, body)
        except HTTPProblem as problem:
            return problem.status, error_body(problem.status, problem.message)
        except (ValueError, KeyError, TypeError) as exc:
            message = exc.args[0] if exc.args else str(exc)
            return 400, error_body(400, str(message))

    def _dispatch(self, method: str, parts: list[str], body: Any) -> tuple[int, Any]:
        store, faults, log = self._store, self._faults, self._log
        route = (method, parts[0], len(parts))
        if route == ("GET", "health", 1):
            return 200, {"status": "ok"}
        if route == ("GET", "log", 1):
            return 200, [entry._asdict() for entry in log]
        if route == ("DELETE", "log", 1):
            log.clear()
            return 200, []
        if route == ("GET", "faults", 1):
            return 200, [fault.to_json() for fault in faults]
        if route == ("POST", "faults", 1):
            return 201, faults.add_from_json(_object(body, "a fault")).to_json()
        if route == ("DELETE", "faults", 1):
            faults.clear()
            return 200, []
        if route == ("DELETE", "faults", 2):
            faults.remove(int(parts[1]))
            return 200, [fault.to_json() for fault in faults]
        if route == ("POST", "reset", 1):
            self._reset()
            return 200, {"status": "reset"}
        if route == ("GET", "records", 2):
            return 200, store.records(parts[1])
        if route == ("POST", "custom-tables", 1):
            table = store.seed_custom_table_json(_object(body, "a custom table"))
            return 201, {"_id": table.id, "name": table.name}
        if route == ("POST", "custom-tables", 3) and parts[2] == "fields":
            field = store.add_custom_field(parts[1], _object(body, "a custom field"))
            return 201, {"_id": field.id, "tableId": field.table_id, "name": field.name}
        return 404, error_body(404, f"Cannot {method} {CONTROL_PREFIX}{'/'.join(parts)}")


def _object(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ValueError(f"send a JSON object describing {what}")
    return body
