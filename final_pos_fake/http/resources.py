"""Create / get / update / delete / list over one in-memory collection, for every plain resource."""

from __future__ import annotations

from dataclasses import dataclass

from ..state.ids import JsonObject
from ..state.records import whitelist
from ..state.references import missing_references
from ..state.store import Store
from .handling import Reply, Request
from .wire import OK, bad_request, not_found, parse_page


@dataclass(frozen=True)
class CollectionHandler:
    kind: str  # create | get | update | delete | list
    collection: str
    label: str  # singular resource name for messages, e.g. "customer"
    status: int  # the documented success status
    allowed_keys: frozenset[str] | None = None  # request keys kept (None: all)
    check_references: bool = False  # strict mode: ids in the body name live records

    def __call__(self, store: Store, request: Request) -> Reply:
        if self.kind == "list":
            skip, limit = parse_page(request.query)
            return Reply(self.status, store.page(self.collection, skip, limit))
        if self.kind == "create":
            body = self._checked(store, whitelist(request.body, self.allowed_keys))
            return Reply(self.status, store.create(self.collection, body))
        record_id = request.path_params["id"]
        if self.kind == "get":
            record = store.get(self.collection, record_id)
        elif self.kind == "update":
            body = self._checked(store, whitelist(request.body, self.allowed_keys))
            record = store.update(self.collection, record_id, body)
        else:
            record = store.delete(self.collection, record_id)
        if record is None:
            raise not_found(f"{self.label.capitalize()} with id {record_id} not found")
        # Wire contract: delete answers 200 with the deleted record.
        return Reply(OK if self.kind == "delete" else self.status, record)

    def _checked(self, store: Store, body: JsonObject) -> JsonObject:
        if self.check_references:
            problems = missing_references(self.collection, body, store.exists)
            if problems:
                raise bad_request(problems)
        return body
