"""The patched OpenAPI description (``final_pos_client/_openapi.json``): the raw document (for
JSON-schema validation) and its typed model, the repository's one spec model
(``final_pos_client._core.spec_model``, which the code generator uses too).

This is the only module that knows where the description and the model live.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
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
MODEL_MODULE = "_core.spec_model"  # standard library only, no sibling imports


def _package_dirs() -> list[Path]:
    # find_spec locates the package without importing it: importing the generated client
    # would about double the fake's start-up.
    found = importlib.util.find_spec(SPEC_PACKAGE)
    return (
        [Path(location) for location in (found.submodule_search_locations or [])] if found else []
    )


@cache
def _load_text() -> str:
    for directory in _package_dirs():
        path = directory / SPEC_RESOURCE
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")


@cache
def _model_module() -> ModuleType:
    """The spec model module: the client's own if it is imported, else loaded from its file
    under a name of the fake's (the client's package stays unimported and untouched)."""
    client_module = sys.modules.get(f"{SPEC_PACKAGE}.{MODEL_MODULE}")
    if client_module is not None:
        return client_module
    relative = Path(*MODEL_MODULE.split(".")).with_suffix(".py")
    for directory in _package_dirs():
        path = directory / relative
        location = importlib.util.spec_from_file_location(_MODEL_ALIAS, path)
        if path.is_file() and location is not None and location.loader is not None:
            module = importlib.util.module_from_spec(location)
            sys.modules[_MODEL_ALIAS] = module  # dataclasses look their module up while it runs
            location.loader.exec_module(module)
            return module
    return importlib.import_module(f"{SPEC_PACKAGE}.{MODEL_MODULE}")  # e.g. a zipped install


_MODEL_ALIAS = "final_pos_fake._spec_model"


def __getattr__(name: str) -> Any:
    """``Operation``, ``Schema``, ``SpecModel``: the model's classes (loaded on first use)."""
    if name in _MODEL_CLASSES:
        return getattr(_model_module(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MODEL_CLASSES = frozenset({"Operation", "Schema", "SpecModel"})


def load_spec() -> JsonObject:
    """A fresh copy of the patched description (callers may keep or change it)."""
    spec: JsonObject = json.loads(_load_text())
    return spec


def parse_model(spec: JsonObject) -> SpecModel:
    """The typed model of a description (``$ref``s resolved, operations in document order)."""
    return cast("SpecModel", _model_module().SpecModel.parse(spec))


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
