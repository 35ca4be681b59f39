"""Which resources and methods ``FinalPOS`` has, derived by rule from the description.

Resource: the controller of ``<Controller>Controller_<action>`` operationIds, snake_case, its
last word made plural (``Category`` and ``Categories`` both become ``categories``). Method: by the
action (``create``, ``findOne`` -> ``get``, ``update``, ``delete``/``remove`` -> ``delete``,
``findAll`` -> ``list``, plus ``iterate`` when the list pages with ``skip``/``limit``); any other
action keeps its own snake_case name. Two operations landing on the same method fail generation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import inflect
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

from final_pos_client._core import spec_model
from final_pos_client._core.spec_model import Operation, SpecModel

METHOD_BY_ACTION = {
    "create": "create",
    "findOne": "get",
    "update": "update",
    "delete": "delete",
    "remove": "delete",
    "findAll": "list",
}
METHOD_ORDER = {"create": 0, "get": 1, "update": 2, "delete": 3, "list": 4}
PAGING_PARAMETERS = ("skip", "limit")
# Keyword names every method adds itself; a spec parameter may not take them.
RESERVED_PARAMETER_NAMES = frozenset(
    {
        "self",
        "body",
        "timeout",
        "max_retries",
        "page_size",
        "extra_headers",
        "extra_query",
        "extra_body",
    }
)
# Resource attributes a method may not take.
RESERVED_METHOD_NAMES = frozenset({"with_raw_response", "with_streaming_response"})
# FinalPOS members a resource attribute may not shadow.
RESERVED_RESOURCE_NAMES = frozenset(
    {
        "request",
        "aclose",
        "with_options",
        "base_url",
        "timeout",
        "http_client",
        "max_retries",
        "retry_writes",
        "deadline",
        "max_response_bytes",
    }
)
_OPERATION_ID = re.compile(r"^(?P<controller>[A-Za-z0-9]+?)Controller_(?P<action>[A-Za-z0-9]+)$")
_SCALAR_ANNOTATIONS = {"string": "str", "number": "float", "integer": "int", "boolean": "bool"}
_inflect = inflect.engine()


class ClientLayerError(Exception):
    """The description cannot be turned into resources by the rule (e.g. a name collision)."""


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    python_name: str
    annotation: str
    required: bool
    # The documented bounds checked before sending (_core/_query_bounds.py).
    bounds: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Returns:
    """What a successful response holds: ``model``, ``optional_model`` (a delete: the record or,
    per the wire contract, an empty body), ``model_list``, ``json_list`` or ``json``."""

    kind: str
    model: str | None = None

    @property
    def annotation(self) -> str:
        if self.kind == "model":
            return str(self.model)
        if self.kind == "optional_model":
            return f"{self.model} | None"
        if self.kind == "model_list":
            return f"builtins.list[{self.model}]"
        if self.kind == "json_list":
            return "builtins.list[Any]"
        return "Any"


@dataclass(frozen=True)
class Method:
    name: str
    operation_id: str
    http_method: str
    path: str
    path_parameters: tuple[Parameter, ...]
    query_parameters: tuple[Parameter, ...]
    body_model: str | None
    has_body: bool
    returns: Returns
    summary: str
    description: str
    content_type: str | None = None  # the request body's
    binary_fields: tuple[str, ...] = ()  # a multipart body's `format: binary` fields
    deprecated: bool = False

    @property
    def paginated(self) -> bool:
        names = {parameter.wire_name for parameter in self.query_parameters}
        return self.name == "list" and all(name in names for name in PAGING_PARAMETERS)

    @property
    def filter_parameters(self) -> tuple[Parameter, ...]:
        """Query parameters other than ``skip``/``limit``."""
        return tuple(p for p in self.query_parameters if p.wire_name not in PAGING_PARAMETERS)


@dataclass
class Resource:
    attribute: str
    class_name: str
    tags: list[str] = field(default_factory=list)
    methods: dict[str, Method] = field(default_factory=dict)

    @property
    def operations(self) -> list[Method]:
        """One entry per API operation (``iterate`` rides on ``list``), in a fixed order."""
        methods = [m for name, m in self.methods.items() if name != "iterate"]
        return sorted(methods, key=lambda m: (METHOD_ORDER.get(m.name, len(METHOD_ORDER)), m.name))


def resource_attribute(controller: str) -> str:
    """``CustomTableData`` -> ``custom_table_data``, ``Category`` -> ``categories``."""
    words = snake_case(controller).split("_")
    last = words[-1]
    if not _inflect.singular_noun(last):  # singular: make it plural
        last = _inflect.plural_noun(last)
    return "_".join([*words[:-1], last])


def _method_name(action: str) -> str:
    return METHOD_BY_ACTION.get(action, PythonIdentifier(action, "op"))


def _returns(operation: Operation, method_name: str) -> Returns:
    response = operation.success
    schema = response.schema if response else None
    if schema is not None and schema.ref is not None:
        kind = "optional_model" if method_name == "delete" else "model"
        return Returns(kind, ClassName(schema.ref, ""))
    if schema is not None and schema.type == "array":
        if schema.items is not None and schema.items.ref is not None:
            return Returns("model_list", ClassName(schema.items.ref, ""))
        return Returns("json_list")
    return Returns("json_list" if method_name == "list" else "json")


def _annotation(parameter: spec_model.Parameter, spec: SpecModel) -> str:
    if parameter.name in PAGING_PARAMETERS:
        return "int"  # the wire contract: skip/limit are non-negative integers
    # A path segment is text on the wire whatever the description leaves out.
    fallback = "str" if parameter.location == "path" else "Any"
    schema = spec.resolve(parameter.schema)  # a $ref'd enum: its type
    return _SCALAR_ANNOTATIONS.get(str(schema.type), fallback)


BOUND_KEYS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
)


def schema_bounds(schema: spec_model.Schema, spec: SpecModel) -> tuple[tuple[str, Any], ...]:
    """The bound keywords of a (resolved) schema, and its enum, as (keyword, value) pairs."""
    if len(schema.all_of) == 1:
        schema = schema.all_of[0]
    schema = spec.resolve(schema)
    found = [(key, schema.constraints[key]) for key in BOUND_KEYS if key in schema.constraints]
    if schema.enum:
        found.append(("enum", list(schema.enum)))
    return tuple(found)


def _parameter(parameter: spec_model.Parameter, spec: SpecModel) -> Parameter:
    return Parameter(
        wire_name=parameter.name,
        python_name=PythonIdentifier(parameter.name, "param"),
        annotation=_annotation(parameter, spec),
        required=parameter.required,
        bounds=schema_bounds(parameter.schema, spec),
    )


MULTIPART = "multipart/form-data"


def _multipart_schema(body: spec_model.RequestBody | None) -> spec_model.Schema | None:
    """The schema of an upload's ``multipart/form-data`` body (None for a JSON body)."""
    if body is None or body.json is not None:
        return None
    return next((c.schema for c in body.contents if c.content_type == MULTIPART), None)


def _binary_fields(body: spec_model.RequestBody | None, spec: SpecModel) -> tuple[str, ...]:
    schema = _multipart_schema(body)
    if schema is None:
        return ()
    properties = spec.resolve(schema).properties
    return tuple(name for name, prop in properties.items() if prop.format == "binary")


def _method(operation: Operation, name: str, spec: SpecModel) -> Method:
    path_parameters = tuple(_parameter(p, spec) for p in operation.path_parameters)
    query_parameters = [_parameter(p, spec) for p in operation.parameters_in("query")]
    query_parameters.sort(key=lambda p: not p.required)  # required keywords first, for reading
    body = operation.request_body
    body_model = body.model_name if body is not None else None
    upload = _multipart_schema(body)
    if upload is not None:
        body_model = upload.ref
    names = [p.python_name for p in (*path_parameters, *query_parameters)]
    clashes = sorted({n for n in names if n in RESERVED_PARAMETER_NAMES or names.count(n) > 1})
    if clashes:
        raise ClientLayerError(
            f"{operation.operation_id}: parameter name(s) {clashes} clash in the method"
        )
    return Method(
        name=name,
        operation_id=operation.operation_id,
        http_method=operation.method,
        path=operation.path,
        path_parameters=path_parameters,
        query_parameters=tuple(query_parameters),
        body_model=ClassName(body_model, "") if body_model else None,
        has_body=body is not None,
        returns=_returns(operation, name),
        summary=operation.summary,
        description=operation.description,
        content_type=body.content_type if body is not None else None,
        binary_fields=_binary_fields(body, spec),
        deprecated=operation.deprecated,
    )


def collect_resources(spec: dict[str, Any] | SpecModel) -> list[Resource]:
    """Every resource with its methods, sorted by attribute name."""
    model = spec if isinstance(spec, SpecModel) else SpecModel.parse(spec)
    resources: dict[str, Resource] = {}
    for operation in model.operations:
        operation_id = operation.operation_id
        match = _OPERATION_ID.match(operation_id)
        if match is None:
            raise ClientLayerError(
                f"{operation.key}: operationId {operation_id!r} is not of the "
                "form <Name>Controller_<action>; no resource can be derived from it"
            )
        attribute = resource_attribute(match["controller"])
        if attribute in RESERVED_RESOURCE_NAMES or attribute.startswith("_"):
            raise ClientLayerError(f"{operation_id}: resource name {attribute!r} is reserved")
        resource = resources.setdefault(
            attribute, Resource(attribute, pascal_case(attribute) + "Resource")
        )
        for tag in operation.tags:
            if tag not in resource.tags:
                resource.tags.append(tag)
        method = _method(operation, _method_name(match["action"]), model)
        names = [method.name, "iterate"] if method.paginated else [method.name]
        for name in names:
            clash = resource.methods.get(name)
            if clash is not None or name in RESERVED_METHOD_NAMES:
                other = clash.operation_id if clash else f"the {name} attribute"
                raise ClientLayerError(
                    f"name collision: {operation_id} and {other} both map to "
                    f"FinalPOS.{attribute}.{name}"
                )
        resource.methods[method.name] = method
        if method.paginated:
            resource.methods["iterate"] = method
    return sorted(resources.values(), key=lambda r: r.attribute)
