"""The OpenAPI 3.0 description as one typed model: operations, parameters, bodies, responses and
schemas, with every ``$ref`` resolved once.

``SpecModel.parse(spec)`` reads the (patched) description dict. Component schemas stay named:
a property or body that ``$ref``s ``#/components/schemas/X`` is a ``Schema`` with ``ref="X"``;
``model.resolve(schema)`` (or ``model.schemas["X"]``) gives its definition, so cycles need no
special care. Parameter, request-body and response ``$ref``s are followed in place.

Standard library only and no sibling imports: the code generator, the fake and the tests all
import it as ``final_pos_client._core.spec_model`` (the generator even when the generated part
of the package is broken or absent: ``codegen/_runtime.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
CONSTRAINT_KEYS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
_PATH_TEMPLATE = re.compile(r"{([^}]+)}")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty() -> Mapping[str, Any]:
    return _EMPTY


class SpecError(ValueError):
    """The description cannot be read as a model; the message names the node and the problem."""


@dataclass(frozen=True)
class Schema:
    """A schema node. ``ref`` names the component it points to (its definition: ``resolve``)."""

    ref: str | None = None
    type: str | None = None
    format: str | None = None
    nullable: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    description: str = ""
    enum: tuple[Any, ...] | None = None
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False
    constraints: Mapping[str, Any] = field(default_factory=_empty)
    properties: Mapping[str, Schema] = field(default_factory=_empty)
    required: tuple[str, ...] = ()
    items: Schema | None = None
    additional_properties: Schema | bool | None = None
    all_of: tuple[Schema, ...] = ()
    one_of: tuple[Schema, ...] = ()
    any_of: tuple[Schema, ...] = ()
    # A oneOf/anyOf's discriminator: propertyName and mapping (value -> $ref), as written.
    discriminator: Mapping[str, Any] | None = None
    extensions: Mapping[str, Any] = field(default_factory=_empty)

    def is_required(self, property_name: str) -> bool:
        return property_name in self.required


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path", "query", "header" or "cookie"
    required: bool
    schema: Schema
    description: str = ""
    deprecated: bool = False

    @property
    def default(self) -> Any:
        return self.schema.default


@dataclass(frozen=True)
class Content:
    """One media type of a body or response."""

    content_type: str
    schema: Schema | None

    @property
    def is_json(self) -> bool:
        return "json" in self.content_type


class _WithContents:
    """A body or response: its media types, the JSON one preferred."""

    contents: tuple[Content, ...]

    @property
    def json(self) -> Content | None:
        return next((content for content in self.contents if content.is_json), None)

    @property
    def content_type(self) -> str | None:
        chosen = self.json or (self.contents[0] if self.contents else None)
        return chosen.content_type if chosen else None

    @property
    def schema(self) -> Schema | None:
        """The JSON media type's schema, if any."""
        chosen = self.json
        return chosen.schema if chosen else None


@dataclass(frozen=True)
class RequestBody(_WithContents):
    required: bool
    contents: tuple[Content, ...]
    description: str = ""

    @property
    def model_name(self) -> str | None:
        """The component schema the JSON body ``$ref``s, if any."""
        schema = self.schema
        return schema.ref if schema else None


@dataclass(frozen=True)
class Response(_WithContents):
    status: str  # "200", "4XX", "default"
    description: str
    contents: tuple[Content, ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case: "GET", "POST", ...
    path: str
    tags: tuple[str, ...]
    summary: str
    description: str
    deprecated: bool
    security: tuple[Mapping[str, tuple[str, ...]], ...] | None  # None: the document's default
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: Mapping[str, Response]
    extensions: Mapping[str, Any] = field(default_factory=_empty)

    @property
    def key(self) -> str:
        """``"GET /v1/api/product/{id}"``."""
        return f"{self.method} {self.path}"

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        """Path parameters in the order they appear in the path."""
        by_name = {p.name: p for p in self.parameters if p.location == "path"}
        return tuple(by_name[name] for name in _PATH_TEMPLATE.findall(self.path))

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)

    @property
    def success(self) -> Response | None:
        """The lowest 2xx response (``2XX`` counts), if any."""
        codes = sorted(code for code in self.responses if code.startswith("2"))
        return self.responses[codes[0]] if codes else None


@dataclass(frozen=True)
class SpecModel:
    openapi: str
    title: str
    version: str
    servers: tuple[str, ...]
    security: tuple[Mapping[str, tuple[str, ...]], ...]
    security_schemes: Mapping[str, Mapping[str, Any]]
    operations: tuple[Operation, ...]
    schemas: Mapping[str, Schema]

    @classmethod
    def parse(cls, spec: Mapping[str, Any]) -> SpecModel:
        return _Parser(spec).model()

    def resolve(self, schema: Schema) -> Schema:
        """The definition behind a ``$ref`` schema (any other schema as it is)."""
        seen: set[str] = set()
        while schema.ref is not None:
            if schema.ref in seen:
                raise SpecError(f"schema {schema.ref!r}: $ref cycle without a definition")
            seen.add(schema.ref)
            schema = self.schemas[schema.ref]
        return schema

    def operation(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations)


def resolve_pointer(document: Any, ref: str) -> Any:
    """The node of ``document`` a local ``$ref`` names (``#/components/schemas/X``; JSON pointer
    escapes and array indices included). ``SpecError`` when it is not local or names nothing."""
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, found {ref!r}")
    node = document
    for token in ref.removeprefix("#/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise SpecError(f"$ref {ref!r} names nothing in the description")
    return node


def _text(node: Mapping[str, Any], key: str) -> str:
    return str(node.get(key) or "").strip()


def _extensions(node: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType({k: v for k, v in node.items() if k.startswith("x-")})


def _security(requirements: Any) -> tuple[Mapping[str, tuple[str, ...]], ...]:
    return tuple(
        MappingProxyType({name: tuple(scopes) for name, scopes in requirement.items()})
        for requirement in requirements or ()
    )


class _Parser:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schema_nodes: Mapping[str, Any] = spec.get("components", {}).get("schemas", {}) or {}

    def model(self) -> SpecModel:
        info = self.spec.get("info", {})
        components = self.spec.get("components", {})
        return SpecModel(
            openapi=str(self.spec.get("openapi") or self.spec.get("swagger") or ""),
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            servers=tuple(str(server.get("url", "")) for server in self.spec.get("servers", [])),
            security=_security(self.spec.get("security")),
            security_schemes=MappingProxyType(dict(components.get("securitySchemes", {}))),
            operations=tuple(self._operations()),
            schemas=MappingProxyType(
                {
                    name: self.schema(node, f"{SCHEMA_PREFIX}{name}")
                    for name, node in self.schema_nodes.items()
                }
            ),
        )

    def follow(self, node: Any, where: str) -> Mapping[str, Any]:
        """A parameter, body or response node with its ``$ref`` chain followed."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen:
                raise SpecError(f"{where}: $ref cycle at {ref!r}")
            seen.add(ref)
            node = self.lookup(ref, where)
        if not isinstance(node, Mapping):
            raise SpecError(f"{where}: expected an object, found {type(node).__name__}")
        return node

    def lookup(self, ref: str, where: str) -> Any:
        try:
            return resolve_pointer(self.spec, ref)
        except SpecError as error:
            raise SpecError(f"{where}: {error}") from None

    def schema(self, node: Any, where: str) -> Schema:
        if not isinstance(node, Mapping):
            raise SpecError(f"{where}: a schema must be an object, found {type(node).__name__}")
        if "$ref" in node:
            ref = str(node["$ref"])
            name = ref.removeprefix(SCHEMA_PREFIX)
            if not ref.startswith(SCHEMA_PREFIX) or name not in self.schema_nodes:
                raise SpecError(f"{where}: $ref {ref!r} names no schema in components.schemas")
            return Schema(ref=name)
        items = node.get("items")
        additional = node.get("additionalProperties")
        return Schema(
            type=node.get("type"),
            format=node.get("format"),
            nullable=bool(node.get("nullable", False)),
            deprecated=bool(node.get("deprecated", False)),
            read_only=bool(node.get("readOnly", False)),
            write_only=bool(node.get("writeOnly", False)),
            description=_text(node, "description"),
            enum=tuple(node["enum"]) if "enum" in node else None,
            default=node.get("default"),
            has_default="default" in node,
            example=node.get("example"),
            has_example="example" in node,
            constraints=MappingProxyType({k: node[k] for k in CONSTRAINT_KEYS if k in node}),
            properties=MappingProxyType(
                {
                    name: self.schema(child, f"{where}.properties.{name}")
                    for name, child in (node.get("properties") or {}).items()
                }
            ),
            required=tuple(node.get("required") or ()),
            items=self.schema(items, f"{where}.items") if items is not None else None,
            additional_properties=(
                self.schema(additional, f"{where}.additionalProperties")
                if isinstance(additional, Mapping)
                else additional
            ),
            all_of=self.schemas(node.get("allOf"), f"{where}.allOf"),
            one_of=self.schemas(node.get("oneOf"), f"{where}.oneOf"),
            any_of=self.schemas(node.get("anyOf"), f"{where}.anyOf"),
            discriminator=(
                MappingProxyType(dict(node["discriminator"]))
                if isinstance(node.get("discriminator"), Mapping)
                else None
            ),
            extensions=_extensions(node),
        )

    def schemas(self, nodes: Any, where: str) -> tuple[Schema, ...]:
        return tuple(self.schema(node, f"{where}[{i}]") for i, node in enumerate(nodes or ()))

    def contents(self, content: Any, where: str) -> tuple[Content, ...]:
        return tuple(
            Content(
                content_type=str(media_type),
                schema=(
                    self.schema(body["schema"], f"{where}.content.{media_type}.schema")
                    if isinstance(body, Mapping) and "schema" in body
                    else None
                ),
            )
            for media_type, body in (content or {}).items()
        )

    def parameters(
        self, path_item: Mapping[str, Any], operation: Mapping[str, Any], where: str
    ) -> tuple[Parameter, ...]:
        found: dict[tuple[str, str], Parameter] = {}
        for index, raw in enumerate(
            [*path_item.get("parameters", []), *operation.get("parameters", [])]
        ):
            node = self.follow(raw, f"{where}.parameters[{index}]")
            name, location = str(node.get("name", "")), str(node.get("in", ""))
            if not name or not location:
                raise SpecError(f"{where}.parameters[{index}]: a parameter needs 'name' and 'in'")
            found[(location, name)] = Parameter(  # an operation's own one overrides the path's
                name=name,
                location=location,
                required=bool(node.get("required", location == "path")),
                schema=self.schema(node.get("schema", {}), f"{where}.parameters.{name}.schema"),
                description=_text(node, "description"),
                deprecated=bool(node.get("deprecated", False)),
            )
        return tuple(found.values())

    def request_body(self, raw: Any, where: str) -> RequestBody | None:
        if raw is None:
            return None
        node = self.follow(raw, f"{where}.requestBody")
        return RequestBody(
            required=bool(node.get("required", False)),
            contents=self.contents(node.get("content"), f"{where}.requestBody"),
            description=_text(node, "description"),
        )

    def responses(self, raw: Any, where: str) -> Mapping[str, Response]:
        found = {}
        for status, response in (raw or {}).items():
            node = self.follow(response, f"{where}.responses.{status}")
            found[str(status)] = Response(
                status=str(status),
                description=_text(node, "description"),
                contents=self.contents(node.get("content"), f"{where}.responses.{status}"),
            )
        return MappingProxyType(found)

    def _operations(self) -> Iterator[Operation]:
        for path, path_item in (self.spec.get("paths") or {}).items():
            path_item = self.follow(path_item, f"paths.{path}")
            for method in HTTP_METHODS:
                node = path_item.get(method)
                if node is None:
                    continue
                where = f"{method.upper()} {path}"
                operation = Operation(
                    operation_id=str(node.get("operationId", "")),
                    method=method.upper(),
                    path=str(path),
                    tags=tuple(node.get("tags", ())),
                    summary=_text(node, "summary"),
                    description=_text(node, "description"),
                    deprecated=bool(node.get("deprecated", False)),
                    security=_security(node["security"]) if "security" in node else None,
                    parameters=self.parameters(path_item, node, where),
                    request_body=self.request_body(node.get("requestBody"), where),
                    responses=self.responses(node.get("responses"), where),
                    extensions=_extensions(node),
                )
                declared = {p.name for p in operation.parameters_in("path")}
                missing = [n for n in _PATH_TEMPLATE.findall(str(path)) if n not in declared]
                if missing:
                    raise SpecError(f"{where}: path parameter(s) {missing} not declared")
                yield operation
