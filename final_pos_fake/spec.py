"""The patched OpenAPI description (``final_pos_client/_openapi.json``) and access to its parts.

This is the only module that knows where the description lives.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]

SPEC_PACKAGE = "final_pos_client"
SPEC_RESOURCE = "_openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@cache
def _load_text() -> str:
    # find_spec locates the package without importing it (importing the generated client
    # would double the fake's start-up time); importlib.resources covers zipped installs.
    found = importlib.util.find_spec(SPEC_PACKAGE)
    for location in (found.submodule_search_locations or []) if found else []:
        path = Path(location) / SPEC_RESOURCE
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")


def load_spec() -> JsonObject:
    """A fresh copy of the patched description (callers may keep or change it)."""
    spec: JsonObject = json.loads(_load_text())
    return spec


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str  # template, e.g. /v1/api/customer/{id}
    operation_id: str
    spec: JsonObject  # the operation object

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def iter_operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield Operation(method.upper(), path, operation["operationId"], operation)


def resolve(spec: Mapping[str, Any], schema: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``) to the schema they name."""
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def request_schema(operation: Operation) -> Any | None:
    body = operation.spec.get("requestBody")
    if not body:
        return None
    return body.get("content", {}).get("application/json", {}).get("schema")


def request_body_required(operation: Operation) -> bool:
    return bool(operation.spec.get("requestBody", {}).get("required", False))


def success_status(operation: Operation) -> int:
    """The documented 2xx status of an operation (200 when none is documented)."""
    codes = sorted(code for code in operation.spec.get("responses", {}) if code.startswith("2"))
    return int(codes[0]) if codes else 200


def response_schema(spec: Mapping[str, Any], operation: Operation, status: int) -> Any | None:
    """The JSON schema documented for one status of an operation (None when undocumented)."""
    response = resolve(spec, operation.spec.get("responses", {}).get(str(status)))
    if not isinstance(response, dict):
        return None
    content = response.get("content") or {}
    return content.get("application/json", {}).get("schema")
