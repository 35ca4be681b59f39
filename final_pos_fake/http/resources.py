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
class NestedListHandler:
    """``GET /<parent>/{parentId}/<children>``: the children whose ``parentId`` field names the
    parent (404 when the parent does not exist), filtered by equality on the other query
    parameters, paged as every list."""

    collection: str
    parent_key: str  # the path parameter, also the child's field naming its parent
    parent_collection: str
    parent_label: str  # "Outlet", for the 404's message
    filters: tuple[str, ...]
    status: int

    def __call__(self, store: Store, request: Request) -> Reply:
        parent_id = request.path_params[self.parent_key]
        if store.get(self.parent_collection, parent_id) is None:
            raise not_found(f"{self.parent_label} with id {parent_id} not found")
        skip, limit = parse_page(request.query)
        wanted = {name: request.query[name] for name in self.filters if name in request.query}
        wanted[self.parent_key] = parent_id
        matching = [
            record
            for record in store.records(self.collection)
            if all(str(record.get(name)) == value for name, value in wanted.items())
        ]
        return Reply(self.status, matching[skip : skip + limit])


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
