"""The spec's operations, mapped to the generated functions by openapi-python-client's own naming.

openapi-python-client puts operation ``opId`` tagged ``Tag`` into
``final_pos_client.api.<PythonIdentifier(Tag)>.<PythonIdentifier(opId)>``; model classes are
``ClassName(<schema name>)`` unless the codegen config overrides them. Using the generator's own
helpers keeps this mapping exact instead of re-implementing its snake_case rules.
"""

from __future__ import annotations

import importlib
import importlib.resources
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
GENERATED_PACKAGE = "final_pos_client"
REPO_ROOT = Path(__file__).resolve().parents[2]
CODEGEN_CONFIG = REPO_ROOT / "codegen" / "config.yaml"


def load_patched_spec() -> dict[str, Any]:
    """The description the client was generated from (openapi.yaml + codegen overlay)."""
    resource = importlib.resources.files(GENERATED_PACKAGE) / "_openapi.json"
    spec: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return spec


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


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def module_name(self) -> str:
        tag_dir = PythonIdentifier(self.tag, prefix="tag")
        op_module = PythonIdentifier(self.operation_id, prefix=field_prefix())
        return f"{GENERATED_PACKAGE}.api.{tag_dir}.{op_module}"

    def import_module(self) -> ModuleType:
        try:
            return importlib.import_module(self.module_name)
        except ModuleNotFoundError as exc:
            raise AssertionError(
                f"{self.operation_id} ({self.label}) has no generated function: "
                f"module {self.module_name} is missing ({exc})"
            ) from exc

    def parameters(self, spec: dict[str, Any]) -> list[dict[str, Any]]:
        path_level = spec["paths"][self.path].get("parameters", [])
        return [resolve(spec, p) for p in [*path_level, *self.definition.get("parameters", [])]]

    def success_response(self, spec: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """The first 2xx status and its JSON schema (None when the response has no body)."""
        responses = self.definition["responses"]
        status = min(int(code) for code in responses if str(code).startswith("2"))
        response = resolve(spec, responses[str(status)])
        media = (response.get("content") or {}).get("application/json")
        return status, (media or {}).get("schema")

    def request_schema(self, spec: dict[str, Any]) -> dict[str, Any] | None:
        body = self.definition.get("requestBody")
        if body is None:
            return None
        content = resolve(spec, body)["content"]
        schema: dict[str, Any] = content["application/json"]["schema"]
        return schema


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref`` pointers until a concrete node."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            tags = op.get("tags") or ["default"]
            found.append(Operation(method, path, op["operationId"], tags[0], op))
    return found


def generated_operation_modules() -> set[str]:
    """Every ``api/<tag>/<op>.py`` module the generator wrote."""
    api = importlib.import_module(f"{GENERATED_PACKAGE}.api")
    root = Path(next(iter(api.__path__)))
    return {
        f"{GENERATED_PACKAGE}.api.{module.parent.name}.{module.stem}"
        for module in root.glob("*/*.py")
        if module.stem != "__init__"
    }
