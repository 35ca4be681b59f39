"""Every operation of the spec, called once through the stock generated function against Prism
(``test_contract_resources.py`` calls each through ``FinalPOS`` too).

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

from final_pos_client._core.spec_model import Operation
from final_pos_client.client import AuthenticatedClient

from .checks import assert_keys_kept, assert_parsed, success_response
from .sample_values import parameter_value, sample
from .spec_operations import (
    argument_name,
    generated_operation_modules,
    import_generated,
    module_name,
    patched_model,
)
from .tally import EXERCISED

MODEL = patched_model()
OPERATIONS = MODEL.operations
API_KEY = "test-key"


def test_spec_has_operations() -> None:
    assert len(OPERATIONS) == len({op.operation_id for op in OPERATIONS}) > 0


def test_every_generated_function_belongs_to_a_spec_operation() -> None:
    expected = {module_name(op) for op in OPERATIONS}
    generated = generated_operation_modules()
    assert generated - expected == set(), "generated functions without a spec operation"
    assert expected - generated == set(), "spec operations without a generated function"


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_against_prism(operation: Operation, prism_url: str) -> None:
    call = import_generated(operation).asyncio_detailed
    arguments = _arguments(operation, call)
    async with AuthenticatedClient(
        base_url=prism_url, token=API_KEY, auth_header_name="x-api-key", prefix=""
    ) as client:
        response = await call(client=client, **arguments)

    expected_status, schema = success_response(operation)
    assert response.status_code == expected_status, (
        f"{operation.key} answered {response.status_code}: {response.content[:1000]!r}"
    )
    assert_parsed(response.parsed, schema)
    assert_keys_kept(response.parsed, json.loads(response.content) if schema else None)
    EXERCISED["stock"].add(operation.operation_id)


def _arguments(operation: Operation, call: Callable[..., Any]) -> dict[str, Any]:
    """Path and query values from their schemas, and the body model built with ``from_dict``."""
    hints = typing.get_type_hints(call)
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter.location not in ("path", "query"):
            continue
        name = argument_name(parameter.name)
        assert name in hints, f"{operation.operation_id}: no argument {name!r} for {parameter}"
        arguments[name] = parameter_value(MODEL, parameter)
    schema = operation.request_body.schema if operation.request_body else None
    if schema is not None:
        assert "body" in hints, f"{operation.operation_id}: the generated function takes no body"
        model = _model_type(hints["body"])
        arguments["body"] = model.from_dict(sample(MODEL, schema, every_property=True))
    return arguments


def _model_type(annotation: Any) -> Any:
    candidates = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    for candidate in candidates:
        if hasattr(candidate, "from_dict"):
            return candidate
    raise AssertionError(f"no model with from_dict in {annotation!r}")


def _is_union(annotation: Any) -> bool:
    return isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union
