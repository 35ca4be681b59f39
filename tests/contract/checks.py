"""What a parsed success response must look like, shared by the stock-function and the
``FinalPOS`` contract tests."""

from __future__ import annotations

from typing import Any

import final_pos_client.models
from final_pos_client._core.spec_model import Operation, Schema

from .spec_operations import model_class_name


def success_response(operation: Operation) -> tuple[int, Schema | None]:
    """The lowest 2xx status and its JSON schema (None when the response has no body)."""
    success = operation.success
    assert success is not None, f"{operation.key} documents no success response"
    return int(success.status), success.schema


def assert_parsed(parsed: Any, schema: Schema | None) -> None:
    if schema is None:
        assert parsed is None, f"no response body in the spec, but parsed {parsed!r}"
        return
    if schema.type == "array":
        item_type = model_for(schema.items or Schema())
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


def model_for(schema: Schema) -> type:
    if schema.ref is None:
        raise AssertionError(f"inline response schema without a model name: {schema}")
    name = model_class_name(schema.ref)
    model = getattr(final_pos_client.models, name, None)
    assert isinstance(model, type), f"final_pos_client.models has no class {name}"
    return model
