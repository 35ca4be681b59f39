"""What a parsed success response must look like, shared by the stock-function and the
``FinalPOS`` contract tests."""

from __future__ import annotations

from typing import Any

import final_pos_client.models

from .spec_operations import load_patched_spec, model_class_name, resolve

SPEC = load_patched_spec()


def assert_parsed(parsed: Any, schema: dict[str, Any] | None) -> None:
    if schema is None:
        assert parsed is None, f"no response body in the spec, but parsed {parsed!r}"
        return
    if schema.get("type") == "array":
        item_type = model_for(schema["items"])
        assert isinstance(parsed, list), f"expected a list of {item_type.__name__}, got {parsed!r}"
        assert parsed, "Prism returned an empty list: nothing was parsed"
        assert all(isinstance(item, item_type) for item in parsed), parsed
        return
    model = model_for(schema)
    assert isinstance(parsed, model), f"expected {model.__name__}, got {type(parsed).__name__}"


def assert_keys_kept(parsed: Any, wire: Any) -> None:
    """The parsed model neither drops nor invents keys of the JSON it was parsed from."""
    if isinstance(parsed, list):
        for item, wire_item in zip(parsed, wire, strict=True):
            assert_keys_kept(item, wire_item)
    elif parsed is not None:
        assert set(parsed.to_dict()) == set(wire), f"{type(parsed).__name__} vs {wire}"


def model_for(schema: dict[str, Any]) -> type:
    if "$ref" not in schema:
        resolved = resolve(SPEC, schema)
        raise AssertionError(f"inline response schema without a model name: {resolved}")
    name = model_class_name(schema["$ref"].rsplit("/", 1)[-1])
    model = getattr(final_pos_client.models, name, None)
    assert isinstance(model, type), f"final_pos_client.models has no class {name}"
    return model
