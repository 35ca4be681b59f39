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

import json
from typing import TYPE_CHECKING, Any

from .wire import error_body

if TYPE_CHECKING:
    from .app import FakeFinalPOS

CONTROL_PREFIX = "/__fake__/"


class ControlApi:
    def __init__(self, app: FakeFinalPOS) -> None:
        self._app = app

    def handle(self, method: str, path: str, raw_body: bytes) -> tuple[int, Any]:
        parts = path.removeprefix(CONTROL_PREFIX).strip("/").split("/")
        try:
            body = json.loads(raw_body) if raw_body.strip() else None
            return self._dispatch(method, parts, body)
        except (ValueError, KeyError, TypeError) as exc:
            message = exc.args[0] if exc.args else str(exc)
            return 400, error_body(400, str(message))

    def _dispatch(self, method: str, parts: list[str], body: Any) -> tuple[int, Any]:
        app = self._app
        route = (method, parts[0], len(parts))
        if route == ("GET", "health", 1):
            return 200, {"status": "ok"}
        if route == ("GET", "log", 1):
            return 200, [entry._asdict() for entry in app.log]
        if route == ("DELETE", "log", 1):
            app.log.clear()
            return 200, []
        if route == ("GET", "faults", 1):
            return 200, [fault.to_json() for fault in app.faults]
        if route == ("POST", "faults", 1):
            if not isinstance(body, dict):
                raise ValueError("send a JSON object describing the fault")
            return 201, app.faults.add_from_json(body).to_json()
        if route == ("DELETE", "faults", 1):
            app.faults.clear()
            return 200, []
        if route == ("DELETE", "faults", 2):
            app.faults.remove(int(parts[1]))
            return 200, [fault.to_json() for fault in app.faults]
        if route == ("POST", "reset", 1):
            app.reset()
            return 200, {"status": "reset"}
        if route == ("GET", "records", 2):
            return 200, app.store.records(parts[1])
        if route == ("POST", "custom-tables", 1) and isinstance(body, dict):
            table = app.store.seed_custom_table(
                body["name"],
                fields=body.get("fields", []),
                description=body.get("description"),
                metadata=body.get("metadata"),
            )
            return 201, {"_id": table.id, "name": table.name}
        if (
            route == ("POST", "custom-tables", 3)
            and parts[2] == "fields"
            and isinstance(body, dict)
        ):
            field = app.store.add_custom_field(parts[1], body)
            return 201, {"_id": field.id, "tableId": field.table_id, "name": field.name}
        return 404, error_body(404, f"Cannot {method} {CONTROL_PREFIX}{'/'.join(parts)}")
