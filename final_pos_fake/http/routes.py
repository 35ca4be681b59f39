"""The route table, built once from the description: matching, parameters, body validators."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..spec import Operation, Schema, SpecModel, record_schema, request_schema, success_status
from ..state.records import RecordShape, declared_properties
from ..state.store import Store
from .custom_tables import ROUTES as CUSTOM_TABLE_ROUTES
from .custom_tables import CustomTableApi
from .handling import Handler, Reply, Request
from .resources import CollectionHandler
from .validation import SchemaValidators, Validator
from .wire import HTTPProblem, bad_request

API_PREFIX = "/v1/api/"
PAGE_PARAMS = frozenset({"skip", "limit"})  # checked by wire.parse_page


class UnsupportedOperation(ValueError):
    """An operation of the description whose shape the fake does not know (answered with 501)."""


@dataclass(frozen=True)
class QueryParam:
    name: str
    required: bool
    kind: str | None  # schema type


@dataclass
class Route:
    operation: Operation
    handler: Handler
    query_params: tuple[QueryParam, ...] = ()
    body_validator: Validator | None = None
    body_required: bool = False
    param_names: tuple[str, ...] = ()
    supported: bool = True
    refuse_unknown_query: bool = False  # strict mode, on lists

    def check_query(self, query: Mapping[str, str]) -> None:
        """400 naming every required parameter missing and every value of the wrong type (and,
        when ``refuse_unknown_query``, every parameter the operation does not declare)."""
        problems: list[str] = []
        if self.refuse_unknown_query:
            declared = {param.name for param in self.query_params}
            problems.extend(
                f"{name}: unknown query parameter of {self.operation.key} (the API would "
                "refuse or ignore it; declared: " + (", ".join(sorted(declared)) or "none") + ")"
                for name in sorted(set(query) - declared)
            )
        for param in self.query_params:
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
    return math.isfinite(number) and (kind == "number" or number.is_integer())


@dataclass(frozen=True)
class NotImplementedHandler:
    """For an operation whose shape the fake does not know (a newer description)."""

    label: str

    def __call__(self, store: Store, request: Request) -> Reply:
        raise HTTPProblem(501, f"{self.label} is not implemented by final_pos_fake")


# Collection names (store.records) match the client's resources (tests/fake/test_operations.py).
# Not codegen's rule: it needs inflect, a dev-only tool, and these path segments need two rules.
def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def collection_of(operation: Operation) -> tuple[str, str]:
    """(kind, collection) of a plain resource operation, e.g. ("get", "customers")."""
    if not operation.path.startswith(API_PREFIX):
        raise UnsupportedOperation(f"{operation.key}: path outside {API_PREFIX}")
    segments = operation.path.removeprefix(API_PREFIX).split("/")
    base = segments[0]
    kinds: Mapping[str, str]
    if len(segments) == 1:
        kinds = {"POST": "create", "GET": "list"}
    elif len(segments) == 2 and segments[1] == "{id}":
        kinds = {"GET": "get", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
    else:
        kinds = {}
    if operation.method not in kinds or "{" in base:
        raise UnsupportedOperation(f"{operation.key} ({operation.operation_id}) has no handler")
    return kinds[operation.method], plural(singular(base)).replace("-", "_")


def build_routes(
    model: SpecModel, validators: SchemaValidators, *, strict: bool = False
) -> tuple[list[Route], dict[str, RecordShape]]:
    operations = list(model)
    custom_ops = {
        CUSTOM_TABLE_ROUTES[(op.method, op.path)]: op
        for op in operations
        if (op.method, op.path) in CUSTOM_TABLE_ROUTES
    }
    custom_api = CustomTableApi(model, custom_ops)

    plain = [op for op in operations if (op.method, op.path) not in CUSTOM_TABLE_ROUTES]
    kinds: dict[str, tuple[str, str]] = {}
    for op in plain:
        try:
            kinds[op.operation_id] = collection_of(op)
        except UnsupportedOperation:
            continue  # answered with 501; tests/fake fails on any such operation
    schemas: dict[str, Schema] = {}
    for op in plain:
        if op.operation_id not in kinds:
            continue
        collection = kinds[op.operation_id][1]
        schema = record_schema(model, op)
        if schema is not None and collection not in schemas:
            schemas[collection] = schema
    shapes = {
        collection: RecordShape.from_schema(model, schemas.get(collection))
        for _, collection in kinds.values()
    }

    routes = []
    for op in operations:
        handler: Handler
        is_list = False
        if (op.method, op.path) in CUSTOM_TABLE_ROUTES:
            handler = custom_api.handler(CUSTOM_TABLE_ROUTES[(op.method, op.path)])
        elif op.operation_id not in kinds:
            handler = NotImplementedHandler(op.key)
        else:
            kind, collection = kinds[op.operation_id]
            is_list = kind == "list"
            handler = CollectionHandler(
                kind=kind,
                collection=collection,
                label=singular(collection).replace("_", " "),
                status=success_status(op),
                allowed_keys=declared_properties(model, request_schema(op)),
                check_references=strict,
            )
        routes.append(
            Route(
                operation=op,
                handler=handler,
                query_params=_query_params(op),
                body_validator=validators.request(op),
                body_required=op.request_body is not None and op.request_body.required,
                param_names=tuple(p.name for p in op.path_parameters),
                supported=not isinstance(handler, NotImplementedHandler),
                refuse_unknown_query=strict and is_list,
            )
        )
    return routes, shapes


def _query_params(operation: Operation) -> tuple[QueryParam, ...]:
    return tuple(
        QueryParam(param.name, param.required, param.schema.type)
        for param in operation.parameters_in("query")
    )


class Router:
    """Static paths by dict lookup; templated paths by precompiled regex (static segments first)."""

    def __init__(self, routes: list[Route]) -> None:
        self._static: dict[str, dict[str, Route]] = {}
        self._templated: list[tuple[re.Pattern[str], dict[str, Route]]] = []
        by_template: dict[str, dict[str, Route]] = {}
        for route in routes:
            by_template.setdefault(route.operation.path, {})[route.operation.method] = route
        for template, methods in by_template.items():
            if "{" not in template:
                self._static[template] = methods
                continue
            pattern = re.sub(r"\\\{[^/}]+\\\}", "([^/]+)", re.escape(template))
            self._templated.append((re.compile(pattern), methods))
        # More literal characters first, so a static segment wins over a parameter.
        self._templated.sort(key=lambda item: -len(re.sub(r"\(\[\^/\]\+\)", "", item[0].pattern)))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        methods = self._static.get(path)
        values: tuple[str, ...] = ()
        if methods is None:
            for regex, candidates in self._templated:
                found = regex.fullmatch(path)
                if found:
                    methods, values = candidates, found.groups()
                    break
        if methods is None:
            raise HTTPProblem(404, f"Cannot {method} {path}")
        route = methods.get(method)
        if route is None:
            allow = ", ".join(sorted(methods))
            raise HTTPProblem(405, f"Cannot {method} {path}", headers={"Allow": allow})
        return route, dict(zip(route.param_names, values, strict=True))
