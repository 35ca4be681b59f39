"""The patched OpenAPI description (``final_pos_client/_openapi.json``): the raw document (for
JSON-schema validation) and its typed model, the repository's one spec model
(``final_pos_client._core.spec_model``, which the code generator and the tests use too).

This is the only module that knows where the description and the model live.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

# The package imports nothing up front (its names load on first use): this reads the model alone.
from final_pos_client._core.spec_model import Operation, Schema, SpecModel

__all__ = [
    "Operation",
    "Schema",
    "SpecModel",
    "load_spec",
    "parse_model",
    "record_schema",
    "request_schema",
    "success_status",
]

JsonObject = dict[str, Any]

SPEC_PACKAGE = "final_pos_client"
SPEC_RESOURCE = "_openapi.json"


@cache
def _load_text() -> str:
    return resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")


def load_spec() -> JsonObject:
    """A fresh copy of the patched description (callers may keep or change it)."""
    spec: JsonObject = json.loads(_load_text())
    return spec


def parse_model(spec: JsonObject) -> SpecModel:
    """The typed model of a description (``$ref``s resolved, operations in document order)."""
    return SpecModel.parse(spec)


def success_status(operation: Operation) -> int:
    """The documented 2xx status of an operation (200 when none is documented)."""
    response = operation.success
    return int(response.status) if response is not None and response.status.isdigit() else 200


def request_schema(operation: Operation) -> Schema | None:
    """The JSON body schema of an operation (None when it takes no JSON body)."""
    body = operation.request_body
    return body.schema if body is not None else None


def record_schema(model: SpecModel, operation: Operation) -> Schema | None:
    """The record an operation answers with: its success schema, or the items of a list."""
    response = operation.success
    schema = response.schema if response is not None else None
    if schema is None:
        return None
    schema = model.resolve(schema)
    if schema.type == "array" and schema.items is not None:
        return model.resolve(schema.items)
    return schema
