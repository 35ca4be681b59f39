"""How one decoded JSON answer's *shape* differs from a schema of the description.

``ShapeChecker(model).check(value, schema)`` returns findings ``(pointer, kind, detail, sample,
target)``: where (a JSON pointer, ``*`` for any array item or map key), what kind of difference,
a detail built from the description and JSON type names only, the observed shape (types, never
values) and ``target`` (the JSONPath of the schema node a correction would change). Nothing a
server sent as a value ends up in a finding: key names are kept only when they look like field
names (``safe_key``), strings become ``string``.
"""

from __future__ import annotations

import re
from typing import Any

from .spec_model import Schema, SpecModel

Finding = tuple[str, str, str, str, str]  # pointer, kind, detail, sample shape, target

MAX_DEPTH = 12
ITEMS_CHECKED = 5  # array items compared per array (findings are per response, not per item)
SAMPLE_LIMIT = 160
OID_KEY = "$oid"

_FIELD_NAME = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$.-]{0,63}$")
_LOOKS_LIKE_VALUE = re.compile(r"[0-9a-fA-F]{12,}|\d{5,}|@")


def signature(value: Any, depth: int = 0) -> Any:
    """A hashable summary of the value's structure (keys, JSON types; no scalar value) that
    determines ``ShapeChecker.check``'s findings, so findings can be computed once per shape."""
    kind = type(value)
    if kind is dict:
        if depth > MAX_DEPTH:
            return dict
        return tuple([(key, signature(item, depth + 1)) for key, item in value.items()])
    if kind is list:
        return ("[", *[signature(item, depth + 1) for item in value[:ITEMS_CHECKED]])
    return kind


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "oid-object" if list(value) == [OID_KEY] else "object"
    return type(value).__name__


def safe_key(key: str) -> str:
    """A key name as structure (``customerId``), or ``{key}`` when it may carry a value."""
    if _FIELD_NAME.match(key) and not _LOOKS_LIKE_VALUE.search(key):
        return key
    return "{key}"


def shape(value: Any, depth: int = 3) -> str:
    """The value's shape: JSON type names in its structure, never a value."""
    kind = json_type(value)
    if kind == "array":
        return f"[{shape(value[0], depth - 1)}]" if value and depth > 0 else "[]"
    if kind == "object":
        if depth <= 0:
            return "{...}"
        parts = [f"{safe_key(str(k))}: {shape(v, depth - 1)}" for k, v in list(value.items())[:8]]
        more = ", ..." if len(value) > 8 else ""
        return "{" + ", ".join(parts) + more + "}"
    if kind == "oid-object":
        return '{"$oid": string}'
    return kind


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _type_of(schema: Schema) -> str | None:
    if schema.type is not None:
        return schema.type
    return "object" if schema.properties else None


class ShapeChecker:
    """Compares decoded JSON with the description's schemas (resolved through ``model``)."""

    def __init__(self, model: SpecModel) -> None:
        self._model = model

    def check(self, value: Any, schema: Schema, target: str) -> list[Finding]:
        found: dict[tuple[str, str, str], Finding] = {}
        self._walk(value, schema, "", target, found, 0)
        return list(found.values())

    def _resolved(self, schema: Schema, target: str) -> tuple[Schema, str, bool]:
        """The definition behind ``$ref``s and single-part ``allOf`` wrappers, its path, and
        whether any step on the way allowed null."""
        nullable = schema.nullable
        while True:
            if schema.ref is not None:
                target = f"$.components.schemas[{_quoted(schema.ref)}]"
                schema = self._model.resolve(schema)
            elif len(schema.all_of) == 1 and not schema.properties and schema.type is None:
                schema = schema.all_of[0]
            else:
                return schema, target, nullable
            nullable = nullable or schema.nullable

    def _walk(
        self,
        value: Any,
        schema: Schema,
        pointer: str,
        target: str,
        found: dict[tuple[str, str, str], Finding],
        depth: int,
    ) -> None:
        if depth > MAX_DEPTH:
            return
        node = target  # where this value's schema sits: a correction of its type goes there
        schema, target, nullable = self._resolved(schema, target)

        def note(kind: str, detail: str, sample: str = "") -> None:
            found.setdefault((pointer, kind, detail), (pointer, kind, detail, sample, node))

        if schema.one_of or schema.any_of:
            return  # alternatives: the generated code decides; nothing to compare cheaply
        observed = json_type(value)
        expected = _type_of(schema)
        if observed == "null":
            if not nullable and expected is not None:
                note("null", f"expected {expected}")
            return
        if expected is None:
            return
        if expected == "object" and _is_oid_schema(schema):
            if observed == "string":
                note("string_for_oid_object", "expected {$oid}, got string", "string")
            elif observed not in ("oid-object", "object"):
                note("type_mismatch", f"expected {{$oid}}, got {observed}", shape(value))
            return
        if expected == "object":
            if observed == "array":
                note("list_for_object", "expected object, got array", shape(value))
            elif observed in ("object", "oid-object"):
                self._walk_object(value, schema, pointer, target, found, depth)
            else:
                note("type_mismatch", f"expected object, got {observed}", observed)
            return
        if expected == "array":
            if observed != "array":
                kind = (
                    "object_for_list" if observed in ("object", "oid-object") else "type_mismatch"
                )
                note(kind, f"expected array, got {observed}", shape(value))
            elif schema.items is not None:
                for item in value[:ITEMS_CHECKED]:
                    self._walk(
                        item, schema.items, f"{pointer}/*", f"{target}.items", found, depth + 1
                    )
            return
        self._scalar(value, observed, expected, schema, note)

    def _scalar(self, value: Any, observed: str, expected: str, schema: Schema, note: Any) -> None:
        # Only JSON types decide (never a value), so findings depend on ``signature`` alone.
        if expected == observed or (expected == "number" and observed == "integer"):
            return
        if expected == "string" and observed == "oid-object":
            note("oid_object_for_string", "expected string, got {$oid}", shape(value))
        elif expected in ("number", "integer") and observed == "string":
            note("number_as_string", f"expected {expected}, got string", "string")
        else:
            note("type_mismatch", f"expected {expected}, got {observed}", shape(value))

    def _walk_object(
        self,
        value: dict[str, Any],
        schema: Schema,
        pointer: str,
        target: str,
        found: dict[tuple[str, str, str], Finding],
        depth: int,
    ) -> None:
        properties = dict(schema.properties)
        required = set(schema.required)
        for part in schema.all_of:  # allOf composition: the union of its parts
            part = self._resolved(part, target)[0]
            properties.update(part.properties)
            required.update(part.required)
        for name, child in properties.items():
            here = f"{pointer}/{_escape(name)}"
            if name in value:
                child_target = f"{target}.properties[{_quoted(name)}]"
                self._walk(value[name], child, here, child_target, found, depth + 1)
            else:
                kind = "missing_required" if name in required else "missing_optional"
                found.setdefault((here, kind, ""), (here, kind, "", "", target))
        extra = schema.additional_properties
        for key, item in value.items():
            if key in properties:
                continue
            here = f"{pointer}/{_escape(safe_key(str(key)))}"
            if isinstance(extra, Schema):
                extra_target = f"{target}.additionalProperties"
                self._walk(item, extra, f"{pointer}/*", extra_target, found, depth + 1)
                kind = "open_key"
            else:
                kind = "open_key" if extra is True else "unknown_key"
            detail = json_type(item)
            found.setdefault((here, kind, detail), (here, kind, detail, shape(item), target))


def _quoted(name: str) -> str:
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _is_oid_schema(schema: Schema) -> bool:
    return list(schema.properties) == [OID_KEY]
