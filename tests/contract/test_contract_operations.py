"""Every operation of the spec, called once through the generated client against Prism.

The spec is ``final_pos_client/_openapi.json`` (openapi.yaml + our overlay), the description the
client was generated from. Operations are enumerated from it, so an operation without a generated
function fails here, and a generated function without a spec operation fails too. Request bodies
carry every documented property (the spec's examples, else minimal valid values), built into the
generated body model with ``from_dict`` and sent through its ``to_dict``; Prism validates them.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from types import UnionType
from typing import Any

import pytest

import final_pos_client.models
from final_pos_client.client import AuthenticatedClient

from .sample_values import sample
from .spec_operations import (
    Operation,
    argument_name,
    generated_operation_modules,
    load_patched_spec,
    model_class_name,
    operations,
    resolve,
)
from .tally import EXERCISED, SPEC_OPERATIONS

SPEC = load_patched_spec()
OPERATIONS = operations(SPEC)
SPEC_OPERATIONS.update(op.operation_id for op in OPERATIONS)
API_KEY = "test-key"


def test_spec_has_operations() -> None:
    assert len(OPERATIONS) == len({op.operation_id for op in OPERATIONS}) > 0


def test_every_generated_function_belongs_to_a_spec_operation() -> None:
    expected = {op.module_name for op in OPERATIONS}
    generated = generated_operation_modules()
    assert generated - expected == set(), "generated functions without a spec operation"
    assert expected - generated == set(), "spec operations without a generated function"


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_against_prism(operation: Operation, prism_url: str) -> None:
    call = operation.import_module().asyncio_detailed
    arguments = _arguments(operation, call)
    async with AuthenticatedClient(
        base_url=prism_url, token=API_KEY, auth_header_name="x-api-key", prefix=""
    ) as client:
        response = await call(client=client, **arguments)

    expected_status, schema = operation.success_response(SPEC)
    assert response.status_code == expected_status, (
        f"{operation.label} answered {response.status_code}: {response.content[:1000]!r}"
    )
    _assert_parsed(response.parsed, schema)
    _assert_keys_kept(response.parsed, json.loads(response.content) if schema else None)
    EXERCISED.add(operation.operation_id)


def _arguments(operation: Operation, call: Callable[..., Any]) -> dict[str, Any]:
    """Path and query values from their schemas, and the body model built with ``from_dict``."""
    hints = typing.get_type_hints(call)
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters(SPEC):
        if parameter["in"] not in ("path", "query"):
            continue
        name = argument_name(parameter["name"])
        assert name in hints, f"{operation.operation_id}: no argument {name!r} for {parameter}"
        has_example = "example" in parameter
        arguments[name] = parameter["example"] if has_example else sample(SPEC, parameter["schema"])
    schema = operation.request_schema(SPEC)
    if schema is not None:
        assert "body" in hints, f"{operation.operation_id}: the generated function takes no body"
        model = _model_type(hints["body"])
        arguments["body"] = model.from_dict(sample(SPEC, schema, every_property=True))
    return arguments


def _model_type(annotation: Any) -> Any:
    candidates = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    for candidate in candidates:
        if hasattr(candidate, "from_dict"):
            return candidate
    raise AssertionError(f"no model with from_dict in {annotation!r}")


def _is_union(annotation: Any) -> bool:
    return isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union


def _assert_parsed(parsed: Any, schema: dict[str, Any] | None) -> None:
    if schema is None:
        assert parsed is None, f"no response body in the spec, but parsed {parsed!r}"
        return
    if schema.get("type") == "array":
        item_type = _model_for(schema["items"])
        assert isinstance(parsed, list), f"expected a list of {item_type.__name__}, got {parsed!r}"
        assert parsed, "Prism returned an empty list: nothing was parsed"
        assert all(isinstance(item, item_type) for item in parsed), parsed
        return
    model = _model_for(schema)
    assert isinstance(parsed, model), f"expected {model.__name__}, got {type(parsed).__name__}"


def _assert_keys_kept(parsed: Any, wire: Any) -> None:
    """The parsed model neither drops nor invents keys of the JSON it was parsed from."""
    if isinstance(parsed, list):
        for item, wire_item in zip(parsed, wire, strict=True):
            _assert_keys_kept(item, wire_item)
    elif parsed is not None:
        assert set(parsed.to_dict()) == set(wire), f"{type(parsed).__name__} vs {wire}"


def _model_for(schema: dict[str, Any]) -> type:
    if "$ref" not in schema:
        resolved = resolve(SPEC, schema)
        raise AssertionError(f"inline response schema without a model name: {resolved}")
    name = model_class_name(schema["$ref"].rsplit("/", 1)[-1])
    model = getattr(final_pos_client.models, name, None)
    assert isinstance(model, type), f"final_pos_client.models has no class {name}"
    return model
