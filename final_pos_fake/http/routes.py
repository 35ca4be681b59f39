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
from .multipart import MULTIPART
from .resources import CollectionHandler, NestedListHandler
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
    enum: tuple[str, ...] | None = None  # the values allowed, as they read in a query string


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
    # An upload's multipart form: its required fields and binary (file) fields.
    form_required: tuple[str, ...] = ()
    form_binary: frozenset[str] | None = None

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
            if param.enum is not None and value not in param.enum:
                allowed = ", ".join(param.enum)
                problems.append(f"{param.name} must be one of the following values: {allowed}")
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
    elif len(segments) == 2 and upload_schema(operation) is not None:
        kinds = {"POST": "create"}  # /attachment/upload: a record made from an uploaded file
    elif len(segments) == 3 and _is_parameter(segments[1]) and not _is_parameter(segments[2]):
        kinds = {"GET": "nested_list"}  # /outlet/{outletId}/stations: one parent's children
        base = segments[2]
    else:
        kinds = {}
    if operation.method not in kinds or "{" in base:
        raise UnsupportedOperation(f"{operation.key} ({operation.operation_id}) has no handler")
    return kinds[operation.method], plural(singular(base)).replace("-", "_")


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def upload_schema(operation: Operation) -> Schema | None:
    """The schema of a ``multipart/form-data`` body (an upload), if the operation takes one."""
    body = operation.request_body
    if body is None or body.json is not None:
        return None
    return next((c.schema for c in body.contents if c.content_type == MULTIPART), None)


def _form(model: SpecModel, operation: Operation) -> tuple[tuple[str, ...], frozenset[str] | None]:
    schema = upload_schema(operation)
    if schema is None:
        return (), None
    schema = model.resolve(schema)
    binary = frozenset(n for n, p in schema.properties.items() if p.format == "binary")
    return schema.required, binary


def _handler(
    model: SpecModel,
    op: Operation,
    kind: str,
    collection: str,
    shapes: Mapping[str, RecordShape],
    *,
    strict: bool,
) -> Handler:
    if kind == "nested_list":
        parent = op.path_parameters[0].name
        parent_word = singular(op.path.removeprefix(API_PREFIX).split("/")[0])
        return NestedListHandler(
            collection=collection,
            parent_key=parent,
            parent_collection=plural(parent_word).replace("-", "_"),
            parent_label=parent_word.replace("-", " ").capitalize(),
            filters=tuple(p.name for p in op.parameters_in("query") if p.name not in PAGE_PARAMS),
            status=success_status(op),
        )
    uploaded = upload_schema(op) is not None
    # An upload's record keeps what its schema names of the file (http/multipart.py).
    allowed = (
        frozenset(shapes[collection].properties)
        if uploaded
        else declared_properties(model, request_schema(op))
    )
    return CollectionHandler(
        kind=kind,
        collection=collection,
        label=singular(collection).replace("_", " "),
        status=success_status(op),
        allowed_keys=allowed,
        check_references=strict,
    )


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
            is_list = kind in ("list", "nested_list")
            handler = _handler(model, op, kind, collection, shapes, strict=strict)
        form_required, form_binary = _form(model, op)
        routes.append(
            Route(
                operation=op,
                handler=handler,
                query_params=_query_params(model, op),
                body_validator=validators.request(op),
                body_required=op.request_body is not None and op.request_body.required,
                param_names=tuple(p.name for p in op.path_parameters),
                supported=not isinstance(handler, NotImplementedHandler),
                refuse_unknown_query=strict and is_list,
                form_required=form_required,
                form_binary=form_binary,
            )
        )
    return routes, shapes


def _query_params(model: SpecModel, operation: Operation) -> tuple[QueryParam, ...]:
    params = []
    for param in operation.parameters_in("query"):
        schema = model.resolve(param.schema)
        enum = tuple(_query_text(v) for v in schema.enum) if schema.enum else None
        params.append(QueryParam(param.name, param.required, schema.type, enum))
    return tuple(params)


def _query_text(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


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
