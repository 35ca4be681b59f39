"""Request and response validation with OpenAPI 3.0 semantics (``nullable``, ``readOnly``...)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    oas30_format_checker,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_URI = "urn:final-pos:openapi"


class Validator(Protocol):
    def iter_errors(self, instance: Any) -> Iterable[Any]: ...

    def is_valid(self, instance: Any) -> bool: ...


class SchemaValidators:
    """Validators compiled once per app against one registry holding the whole description."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        resource = Resource.from_contents(dict(spec), default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)

    def _absolute(self, schema: Any) -> Any:
        # Local refs ("#/components/...") point into the description, not into the fragment.
        if isinstance(schema, dict):
            return {
                key: SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else self._absolute(value)
                for key, value in schema.items()
            }
        if isinstance(schema, list):
            return [self._absolute(item) for item in schema]
        return schema

    def request(self, schema: Any) -> Validator:
        validator: Validator = OAS30WriteValidator(
            self._absolute(schema), registry=self._registry, format_checker=oas30_format_checker
        )
        return validator

    def response(self, schema: Any) -> Validator:
        validator: Validator = OAS30ReadValidator(
            self._absolute(schema), registry=self._registry, format_checker=oas30_format_checker
        )
        return validator


def error_messages(validator: Validator, instance: Any) -> list[str]:
    """Every violation as ``"<dotted path>: <reason>"`` (``body`` for the document root)."""
    messages = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.path))):
        where = ".".join(str(part) for part in error.absolute_path) or "body"
        messages.append(f"{where}: {error.message}")
    return messages
