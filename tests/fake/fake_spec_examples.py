"""Valid request bodies built from the description's schemas and examples (test helper)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from final_pos_fake.spec import resolve

TIMESTAMP = "2025-12-07T19:31:48.436+00:00"


def example_for(spec: Mapping[str, Any], schema: Any, *, depth: int = 0) -> Any:
    """A value for ``schema``: its example where it has one, else one built from its type."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "value"
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example_for(spec, schema[key][0], depth=depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example_for(spec, part, depth=depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        names = properties if depth < 4 else schema.get("required", [])
        return {name: example_for(spec, properties[name], depth=depth + 1) for name in names}
    if kind == "array":
        return [example_for(spec, schema.get("items", {}), depth=depth + 1)]
    if kind == "string":
        return TIMESTAMP if schema.get("format") == "date-time" else "text"
    if kind in ("number", "integer"):
        return 1
    if kind == "boolean":
        return True
    return "value"
