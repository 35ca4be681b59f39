"""Every operation of the spec, called once through its ``FinalPOS`` resource method against Prism.

The method is found by the resource rule (``codegen.client_operations``) from the operationId;
path parameters go positionally, query parameters as keywords, the body as its generated model
(``from_dict`` of every documented property) or as plain JSON where the spec has no model.
Called through ``with_raw_response`` so the status is checked, then ``parse()`` is checked
against the response schema like the stock functions' results.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import final_pos_client.models
from codegen.client_operations import Method, collect_resources
from final_pos_client import FinalPOS
from final_pos_client._core.spec_model import Operation

from .checks import assert_keys_kept, assert_parsed, success_response
from .sample_values import parameter_value, sample
from .spec_operations import patched_model
from .tally import EXERCISED

MODEL = patched_model()
OPERATIONS = MODEL.operations
METHODS = {
    method.operation_id: (resource.attribute, method)
    for resource in collect_resources(MODEL)
    for method in resource.operations
}
API_KEY = "test-key"


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_through_finalpos(operation: Operation, prism_url: str) -> None:
    assert operation.operation_id in METHODS, f"{operation.operation_id}: no FinalPOS method"
    attribute, method = METHODS[operation.operation_id]
    args, kwargs = _arguments(operation, method)
    async with FinalPOS(api_key=API_KEY, base_url=prism_url, max_retries=0) as pos:
        call = getattr(getattr(pos, attribute).with_raw_response, method.name)
        raw = await call(*args, **kwargs)

    expected_status, schema = success_response(operation)
    label = f"pos.{attribute}.{method.name} ({operation.key})"
    assert raw.status_code == expected_status, f"{label} answered {raw.status_code}"
    parsed = raw.parse()
    if schema is not None:
        assert_parsed(parsed, schema)
        assert_keys_kept(parsed, json.loads(raw.http_response.content))
    EXERCISED["resources"].add(operation.operation_id)


def _arguments(operation: Operation, method: Method) -> tuple[list[Any], dict[str, Any]]:
    parameters = {(p.location, p.name): p for p in operation.parameters}
    args = [parameter_value(MODEL, parameters["path", p.wire_name]) for p in method.path_parameters]
    kwargs = {
        p.python_name: parameter_value(MODEL, parameters["query", p.wire_name])
        for p in method.query_parameters
    }
    schema = operation.request_body.schema if operation.request_body else None
    if schema is not None:
        body = sample(MODEL, schema, every_property=True)
        model = getattr(final_pos_client.models, method.body_model or "", None)
        args.append(model.from_dict(body) if model is not None else body)
    return args, kwargs
