"""Request bodies as plain dicts: per body schema, the ``TypedDict`` type checkers see
(``params.py``, wire names) and the field table the runtime checks a dict against
(``_body_shapes.py``, read by ``_core/_request_body.py``).

A field's kind is a short string: ``string``, ``date-time``, ``integer``, ``number``,
``boolean``, ``object`` (a free JSON object), ``any``, ``ref:<Schema>``, ``array:<kind>``,
``enum:<JSON list of the values>`` or ``nullable:<kind>`` (``null`` allowed too).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from final_pos_client._core.spec_model import Schema, SpecModel

from .client_operations import Resource, schema_bounds

FIELD_PREFIX = ""  # codegen/config.yaml field_prefix: attribute names match the models'
_SCALARS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_ANNOTATIONS = {
    "string": "str",
    "date-time": "str | datetime.datetime",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict[str, Any]",
    "any": "Any",
}


@dataclass(frozen=True)
class BodyField:
    wire_name: str
    attribute: str
    required: bool
    kind: str
    bounds: tuple[tuple[str, Any], ...] = ()  # documented bounds (maxLength, minimum, ...)

    @property
    def bounds_literal(self) -> str:
        return repr(dict(self.bounds))


@dataclass(frozen=True)
class BodyShape:
    model: str
    open: bool  # additionalProperties: true (undeclared keys are sent as they are)
    fields: tuple[BodyField, ...]
    # It, or a body it holds, has an enum or bounded field: a model body is checked too.
    checked: bool = False

    @property
    def typed_dict(self) -> str:
        return f"{self.model}Dict"


def field_kind(schema: Schema, spec: SpecModel) -> str:
    kind = _kind(schema, spec)
    return f"nullable:{kind}" if schema.nullable and kind != "any" else kind


def _kind(schema: Schema, spec: SpecModel) -> str:
    if len(schema.all_of) == 1:
        schema = schema.all_of[0]
    if schema.ref is not None:
        if spec.resolve(schema).properties:
            return f"ref:{ClassName(schema.ref, '')}"
        return field_kind(spec.resolve(schema), spec)
    if schema.format == "binary":
        return "any"  # a multipart upload's file: bytes, a file or a path (_core/_multipart.py)
    if schema.enum:
        return "enum:" + json.dumps(list(schema.enum), separators=(",", ":"))
    kind = schema.type
    if kind == "string" and schema.format == "date-time":
        return "date-time"
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "array":
        return f"array:{field_kind(schema.items or Schema(), spec)}"
    if kind == "object":
        return "object"
    return "any"


def _shape(spec: SpecModel, name: str) -> BodyShape:
    schema = spec.schemas[name]
    fields = tuple(
        BodyField(
            wire_name=wire_name,
            attribute=PythonIdentifier(wire_name, FIELD_PREFIX),
            required=schema.is_required(wire_name),
            kind=field_kind(property_schema, spec),
            bounds=tuple(b for b in schema_bounds(property_schema, spec) if b[0] != "enum"),
        )
        for wire_name, property_schema in schema.properties.items()
    )
    return BodyShape(ClassName(name, ""), schema.additional_properties is True, fields)


def _referenced(kind: str) -> str | None:
    while kind.startswith(("array:", "nullable:")):
        kind = kind.removeprefix("nullable:").removeprefix("array:")
    return kind.removeprefix("ref:") if kind.startswith("ref:") else None


def _checked(field: BodyField) -> bool:
    return "enum:" in field.kind or bool(field.bounds)


def _with_checks(shapes: dict[str, BodyShape]) -> dict[str, BodyShape]:
    """Each shape flagged when it, or a body it holds at any depth, has an enum or bounded
    field (whose model body is then checked too)."""
    flagged = {n for n, shape in shapes.items() if any(_checked(f) for f in shape.fields)}
    grew = True
    while grew:
        grew = False
        for name, shape in shapes.items():
            held = {_referenced(f.kind) for f in shape.fields}
            if name not in flagged and held & flagged:
                flagged.add(name)
                grew = True
    return {
        name: BodyShape(shape.model, shape.open, shape.fields, checked=name in flagged)
        for name, shape in shapes.items()
    }


def collect_shapes(spec: SpecModel, resources: list[Resource]) -> list[BodyShape]:
    """Every request body schema and the object schemas they refer to, sorted by name."""
    by_class: dict[str, str] = {ClassName(name, ""): name for name in spec.schemas}
    pending = sorted({m.body_model for r in resources for m in r.operations if m.body_model})
    shapes: dict[str, BodyShape] = {}
    while pending:
        model = pending.pop()
        if model in shapes or model not in by_class:
            continue
        shape = _shape(spec, by_class[model])
        shapes[model] = shape
        pending.extend(ref for f in shape.fields if (ref := _referenced(f.kind)) is not None)
    flagged = _with_checks(shapes)
    return [flagged[name] for name in sorted(flagged)]


def annotation(kind: str, shapes: set[str]) -> str:
    """The ``TypedDict`` value type for a field kind (a nested body: its dict or its model)."""
    if kind.startswith("nullable:"):
        return f"{annotation(kind.removeprefix('nullable:'), shapes)} | None"
    if kind.startswith("enum:"):
        values = json.loads(kind.removeprefix("enum:"))
        return f"Literal[{', '.join(json.dumps(value) for value in values)}]"
    if kind.startswith("array:"):
        return f"list[{annotation(kind.removeprefix('array:'), shapes)}]"
    if kind.startswith("ref:"):
        model = kind.removeprefix("ref:")
        return f"{model}Dict | {model}" if model in shapes else "dict[str, Any]"
    return _ANNOTATIONS[kind]
