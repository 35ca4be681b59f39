"""Where the generator put each spec operation, by openapi-python-client's own naming.

The description is read through the project's one spec model
(``final_pos_client._core.spec_model``);
this module only adds the generator's names. openapi-python-client puts operation ``opId``
tagged ``Tag`` into ``final_pos_client.api.<PythonIdentifier(Tag)>.<PythonIdentifier(opId)>``;
model classes are ``ClassName(<schema name>)`` unless the codegen config overrides them. Using
the generator's own helpers keeps this mapping exact instead of re-implementing its rules.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from final_pos_client._core.spec_model import Operation, SpecModel

GENERATED_PACKAGE = "final_pos_client"
REPO_ROOT = Path(__file__).resolve().parents[2]
CODEGEN_CONFIG = REPO_ROOT / "codegen" / "config.yaml"


def load_patched_spec() -> dict[str, Any]:
    """The description the client was generated from (openapi.yaml + codegen overlay)."""
    resource = importlib.resources.files(GENERATED_PACKAGE) / "_openapi.json"
    spec: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return spec


@functools.cache
def patched_model() -> SpecModel:
    """:func:`load_patched_spec` as the spec model, read once."""
    return SpecModel.parse(load_patched_spec())


def codegen_config() -> dict[str, Any]:
    if not CODEGEN_CONFIG.exists():
        return {}
    config: dict[str, Any] = yaml.safe_load(CODEGEN_CONFIG.read_text(encoding="utf-8")) or {}
    return config


def field_prefix() -> str:
    return str(codegen_config().get("field_prefix", "field_"))


def argument_name(parameter_name: str) -> str:
    """The keyword argument the generated function takes for a path or query parameter."""
    return str(PythonIdentifier(parameter_name, prefix=field_prefix()))


def model_class_name(schema_name: str) -> str:
    prefix = field_prefix()
    name = ClassName(schema_name, prefix)
    override = (codegen_config().get("class_overrides") or {}).get(str(name)) or {}
    return str(ClassName(override["class_name"], prefix)) if "class_name" in override else str(name)


def module_name(operation: Operation) -> str:
    """The generated module of an operation's stock functions."""
    tag = operation.tags[0] if operation.tags else "default"
    tag_dir = PythonIdentifier(tag, prefix="tag")
    op_module = PythonIdentifier(operation.operation_id, prefix=field_prefix())
    return f"{GENERATED_PACKAGE}.api.{tag_dir}.{op_module}"


def import_generated(operation: Operation) -> ModuleType:
    try:
        return importlib.import_module(module_name(operation))
    except ModuleNotFoundError as exc:
        raise AssertionError(
            f"{operation.operation_id} ({operation.key}) has no generated function: "
            f"module {module_name(operation)} is missing ({exc})"
        ) from exc


def generated_operation_modules() -> set[str]:
    """Every ``api/<tag>/<op>.py`` module the generator wrote."""
    api = importlib.import_module(f"{GENERATED_PACKAGE}.api")
    root = Path(next(iter(api.__path__)))
    return {
        f"{GENERATED_PACKAGE}.api.{module.parent.name}.{module.stem}"
        for module in root.glob("*/*.py")
        if module.stem != "__init__"
    }
