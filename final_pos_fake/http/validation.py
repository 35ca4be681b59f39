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

from ..spec import Operation, Schema

SPEC_URI = "urn:final-pos:openapi"


class Validator(Protocol):
    def iter_errors(self, instance: Any) -> Iterable[Any]: ...

    def is_valid(self, instance: Any) -> bool: ...


class SchemaValidators:
    """Validators compiled once per app against one registry holding the whole description."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        resource = Resource.from_contents(dict(spec), default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)

    def request(self, operation: Operation) -> Validator | None:
        """The validator of an operation's JSON body (None when it takes none)."""
        body = operation.request_body
        content = body.json if body is not None else None
        if content is None or content.schema is None:
            return None
        where = ("requestBody", "content", content.content_type, "schema")
        return self._compile(OAS30WriteValidator, operation, content.schema, where)

    def response(self, operation: Operation, status: int) -> Validator | None:
        """The validator of an operation's JSON answer with ``status`` (None: undocumented)."""
        response = operation.responses.get(str(status))
        content = response.json if response is not None else None
        if content is None or content.schema is None:
            return None
        where = ("responses", str(status), "content", content.content_type, "schema")
        return self._compile(OAS30ReadValidator, operation, content.schema, where)

    def _compile(
        self, kind: Any, operation: Operation, schema: Schema, where: tuple[str, ...]
    ) -> Validator:
        # The validator gets a $ref into the description: the named component, or the schema's
        # own place in the document (JSON pointer) when it is written inline.
        if schema.ref is not None:
            pointer = f"/components/schemas/{_escape(schema.ref)}"
        else:
            parts = ("paths", operation.path, operation.method.lower(), *where)
            pointer = "".join("/" + _escape(part) for part in parts)
        validator: Validator = kind(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=self._registry,
            format_checker=oas30_format_checker,
        )
        return validator


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def error_messages(validator: Validator, instance: Any) -> list[str]:
    """Every violation as ``"<dotted path>: <reason>"`` (``body`` for the document root)."""
    messages = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.path))):
        where = ".".join(str(part) for part in error.absolute_path) or "body"
        messages.append(f"{where}: {error.message}")
    return messages
