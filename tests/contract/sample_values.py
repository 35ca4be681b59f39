"""Minimal valid values built from the spec model's schemas: examples where the spec gives them."""

from __future__ import annotations

from typing import Any

from final_pos_client._core.spec_model import Parameter, Schema, SpecModel

_STRING_BY_FORMAT = {
    "date-time": "2025-01-01T12:00:00.000Z",
    "date": "2025-01-01",
    "email": "contract@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def sample(model: SpecModel, schema: Schema, *, every_property: bool = False) -> Any:
    """A value valid for ``schema``: its example, default or first enum member, else minimal.

    Objects get their required properties, or all documented ones with ``every_property``.
    """
    schema = model.resolve(schema)
    if schema.has_example:
        return schema.example
    if schema.has_default:
        return schema.default
    if schema.enum:
        return schema.enum[0]
    if schema.all_of:
        merged: dict[str, Any] = {}
        for part in schema.all_of:
            value = sample(model, part, every_property=every_property)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    for options in (schema.one_of, schema.any_of):
        if options:
            return sample(model, options[0], every_property=every_property)
    return _minimal(model, schema, every_property)


def _minimal(model: SpecModel, schema: Schema, every_property: bool) -> Any:
    kind, limits = schema.type, schema.constraints
    if kind == "object" or schema.properties:
        names = schema.properties if every_property else schema.required
        return {
            name: sample(model, schema.properties[name], every_property=every_property)
            for name in names
        }
    if kind == "array":
        count = max(int(limits.get("minItems", 0)), 1 if every_property else 0)
        item = schema.items or Schema()
        return [sample(model, item, every_property=every_property) for _ in range(count)]
    if kind == "integer":
        return int(limits.get("minimum", 1))
    if kind == "number":
        return limits.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "string":
        text = _STRING_BY_FORMAT.get(schema.format or "", "contract")
        return text.ljust(int(limits.get("minLength", 0)), "x")
    # No type: anything goes; a string is the most neutral.
    return "contract"


def parameter_value(model: SpecModel, parameter: Parameter) -> Any:
    """A value valid for a path or query parameter's schema."""
    return sample(model, parameter.schema)
