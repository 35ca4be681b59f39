"""Minimal valid values built from JSON schemas: examples where the spec gives them."""

from __future__ import annotations

from typing import Any

from .spec_operations import resolve

_STRING_BY_FORMAT = {
    "date-time": "2025-01-01T12:00:00.000Z",
    "date": "2025-01-01",
    "email": "contract@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def sample(spec: dict[str, Any], schema: dict[str, Any], *, every_property: bool = False) -> Any:
    """A value valid for ``schema``: its example, default or first enum member, else minimal.

    Objects get their required properties, or all documented ones with ``every_property``.
    """
    schema = resolve(spec, schema)
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        examples = schema["examples"]
        return examples[0] if isinstance(examples, list) else next(iter(examples.values()))
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, every_property=every_property)
            if isinstance(value, dict):
                merged.update(value)
            else:
                return value
        return merged
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return sample(spec, schema[combinator][0], every_property=every_property)
    return _minimal(spec, schema, every_property)


def _minimal(spec: dict[str, Any], schema: dict[str, Any], every_property: bool) -> Any:
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        names = properties if every_property else schema.get("required", [])
        return {
            name: sample(spec, properties[name], every_property=every_property) for name in names
        }
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 1 if every_property else 0)
        item = schema.get("items", {})
        return [sample(spec, item, every_property=every_property) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "string":
        text = _STRING_BY_FORMAT.get(schema.get("format", ""), "contract")
        return text.ljust(int(schema.get("minLength", 0)), "x")
    # No type: anything goes; a string is the most neutral.
    return "contract"


def parameter_value(spec: dict[str, Any], parameter: dict[str, Any]) -> Any:
    """A path or query parameter's example, else a value valid for its schema."""
    return parameter["example"] if "example" in parameter else sample(spec, parameter["schema"])
