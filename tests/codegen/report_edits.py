"""The real patched description, and small edits of it built in code for the report's tests."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def patched_description() -> dict[str, Any]:
    """A fresh copy of ``final_pos_client/_openapi.json``."""
    text = resources.files("final_pos_client").joinpath("_openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def api_version() -> str:
    """``info.version`` of the committed description: tests derive versions from it, so that a
    bump needs no test edit."""
    return str(patched_description()["info"]["version"])


def edited(edit: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the description, a copy with ``edit`` applied)."""
    old = patched_description()
    new = copy.deepcopy(old)
    edit(new)
    return old, new


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def operation_id(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation) of an operationId."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                operation: dict[str, Any] = item[method]
                return path, method, operation
    raise KeyError(operation_id)


def query_parameter(spec: dict[str, Any], op_id: str, name: str) -> dict[str, Any]:
    _, _, operation = operation_id(spec, op_id)
    for parameter in operation["parameters"]:
        if parameter.get("name") == name:
            found: dict[str, Any] = parameter
            return found
    raise KeyError(name)
