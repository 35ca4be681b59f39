"""The API part of the change report: two (patched) descriptions compared, each change graded.

Both descriptions are read through the one spec model (``final_pos_client._core.spec_model``).
Operations are compared by ``METHOD path``; component schemas by name, once, not again under
every operation that uses them (a ``$ref`` is compared by name only). A schema's changes are
graded by where it is used: a constraint tightened on what the client sends breaks, on what it
receives it does not; a field that may now be absent or ``null`` breaks readers, not writers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from final_pos_client._core.spec_model import (
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    SpecModel,
)

from .changes import REQUEST, RESPONSE, Change, Finding, Level, Usage

# Bounds: a smaller upper bound or a larger lower bound accepts less (tightens).
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def type_of(schema: Schema | None) -> str:
    """A short, comparable description of a schema's type (``$ref`` names, not contents)."""
    if schema is None:
        return "any"
    if schema.ref is not None:
        return schema.ref
    if len(schema.all_of) == 1:  # a single allOf part is that part (plus docs)
        return type_of(schema.all_of[0])
    for combinator, parts in (
        ("oneOf", schema.one_of),
        ("anyOf", schema.any_of),
        ("allOf", schema.all_of),
    ):
        if parts:
            return f"{combinator}[{', '.join(type_of(part) for part in parts)}]"
    if schema.type == "array":
        return f"array<{type_of(schema.items)}>"
    if schema.type is None:
        return "object" if schema.properties else "any"
    return f"{schema.type}({schema.format})" if schema.format else schema.type


def _refs(schema: Schema | None) -> Iterator[str]:
    if schema is None:
        return
    if schema.ref is not None:
        yield schema.ref
    children = [*schema.properties.values(), schema.items, *schema.all_of, *schema.one_of]
    children += [*schema.any_of]
    if isinstance(schema.additional_properties, Schema):
        children.append(schema.additional_properties)
    for child in children:
        yield from _refs(child)


def _reachable_schemas(model: SpecModel, roots: Iterable[Schema | None]) -> set[str]:
    pending = [ref for root in roots for ref in _refs(root)]
    names: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in names and name in model.schemas:
            names.add(name)
            pending.extend(_refs(model.schemas[name]))
    return names


def schema_usage(model: SpecModel) -> dict[str, Usage]:
    """Each component schema's usage; one no operation reaches counts as both."""
    sent = _reachable_schemas(
        model,
        [
            *(p.schema for op in model for p in op.parameters),
            *(c.schema for op in model if op.request_body for c in op.request_body.contents),
        ],
    )
    received = _reachable_schemas(
        model, [c.schema for op in model for r in op.responses.values() for c in r.contents]
    )
    return {
        name: Usage(name in sent or name not in received, name in received or name not in sent)
        for name in model.schemas
    }


def object_shape(model: SpecModel, schema: Schema | None) -> dict[str, tuple[Schema, bool]]:
    """Properties of an object schema (allOf parts folded in): name → (schema, required)."""
    if schema is None:
        return {}
    properties: dict[str, Schema] = {}
    required: set[str] = set()
    for part in [schema, *(model.resolve(p) for p in schema.all_of)]:
        properties.update(part.properties)
        required.update(part.required)
    return {name: (prop, name in required) for name, prop in properties.items()}


# --- comparing two schema nodes ------------------------------------------------------------


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        value = list(value)
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)


def _bound_changes(old: Schema, new: Schema, usage: Usage) -> list[Finding]:
    found = []
    for keyword in (*UPPER_BOUNDS, *LOWER_BOUNDS):
        before, after = old.constraints.get(keyword), new.constraints.get(keyword)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        upper = keyword in UPPER_BOUNDS
        if before is None:
            tightened = True
        elif after is None:
            tightened = False
        else:
            tightened = after < before if upper else after > before
        level = usage.level(sent=Level.BREAKING, received=Level.INFO) if tightened else Level.INFO
        word = "tightened" if tightened else "loosened"
        found.append((level, f"{keyword} {_shown(before)} → {_shown(after)} ({word})"))
    return found


def _enum_changes(old: Schema, new: Schema, usage: Usage) -> list[Finding]:
    before, after = old.enum, new.enum
    if before == after:
        return []
    if before is None:
        return [
            (usage.level(sent=Level.BREAKING, received=Level.INFO), f"enum {_shown(after)} added")
        ]
    if after is None:
        return [
            (usage.level(sent=Level.INFO, received=Level.WARN), f"enum {_shown(before)} dropped")
        ]
    found: list[Finding] = []
    removed = [value for value in before if value not in after]
    added = [value for value in after if value not in before]
    if removed:
        found.append((Level.BREAKING, f"enum value(s) {removed} removed"))
    if added:
        level = usage.level(sent=Level.INFO, received=Level.WARN)
        found.append((level, f"enum value(s) {added} added"))
    if not removed and not added:
        found.append((Level.INFO, "enum order changed"))
    return found


def _keyword_changes(old: Schema, new: Schema, usage: Usage) -> list[Finding]:
    found: list[Finding] = []
    if old.nullable != new.nullable:
        if new.nullable:
            found.append((usage.level(sent=Level.INFO, received=Level.BREAKING), "became nullable"))
        else:
            level = usage.level(sent=Level.BREAKING, received=Level.INFO)
            found.append((level, "no longer nullable"))
    found += _bound_changes(old, new, usage)
    before, after = old.constraints.get("pattern"), new.constraints.get("pattern")
    if before != after:
        if after is None:
            level = Level.INFO
        elif before is None:
            level = usage.level(sent=Level.BREAKING, received=Level.INFO)
        else:
            level = usage.level(sent=Level.WARN, received=Level.INFO)
        found.append((level, f"pattern {_shown(before)} → {_shown(after)}"))
    found += _enum_changes(old, new, usage)
    if (old.has_default, old.default) != (new.has_default, new.default):
        level = usage.level(sent=Level.WARN, received=Level.INFO)
        found.append((level, f"default {_shown(old.default)} → {_shown(new.default)}"))
    if old.deprecated != new.deprecated:
        found.append((Level.INFO, "deprecated" if new.deprecated else "no longer deprecated"))
    if old.description != new.description:
        found.append((Level.INFO, "description changed"))
    return found


def compare_schemas(
    old_model: SpecModel,
    new_model: SpecModel,
    old: Schema | None,
    new: Schema | None,
    usage: Usage,
) -> list[Finding]:
    """Differences between two schema nodes; a ``$ref`` is compared by name only."""
    if old is None or new is None:
        return []
    if type_of(old) != type_of(new):
        return [(Level.BREAKING, f"type {type_of(old)} → {type_of(new)}")]
    found = _keyword_changes(old, new, usage)
    if old.ref is not None or _names_one_schema(old):
        return found
    if old.type == "array":
        items = compare_schemas(old_model, new_model, old.items, new.items, usage)
        found += _prefixed("items ", items)
    found += _property_changes(old_model, new_model, old, new, usage)
    return found


def _names_one_schema(schema: Schema) -> bool:
    """``allOf: [$ref]`` (a reference plus docs): compared under that schema's own name."""
    return len(schema.all_of) == 1 and schema.all_of[0].ref is not None


def _prefixed(prefix: str, findings: Iterable[Finding]) -> list[Finding]:
    return [(level, prefix + detail) for level, detail in findings]


def presence_changes(
    old: Mapping[str, tuple[Any, bool]],
    new: Mapping[str, tuple[Any, bool]],
    usage: Usage,
    name: Callable[[str], str],
) -> list[Finding]:
    """Properties (or model fields) added, removed, made required or optional."""
    found: list[Finding] = []
    for prop in [p for p in old if p not in new]:
        found.append((Level.BREAKING, f"{name(prop)} removed"))
    for prop in [p for p in new if p not in old]:
        required = new[prop][1]
        level = usage.level(sent=Level.BREAKING, received=Level.INFO) if required else Level.INFO
        found.append((level, f"{name(prop)} added{' (required)' if required else ''}"))
    for prop in [p for p in old if p in new and old[p][1] != new[p][1]]:
        if new[prop][1]:
            level = usage.level(sent=Level.BREAKING, received=Level.INFO)
            found.append((level, f"{name(prop)} became required"))
        else:
            level = usage.level(sent=Level.INFO, received=Level.BREAKING)
            found.append((level, f"{name(prop)} became optional"))
    return found


def _property_changes(
    old_model: SpecModel, new_model: SpecModel, old: Schema, new: Schema, usage: Usage
) -> list[Finding]:
    old_shape, new_shape = object_shape(old_model, old), object_shape(new_model, new)
    found = presence_changes(old_shape, new_shape, usage, lambda prop: f"property `{prop}`")
    common = [prop for prop in old_shape if prop in new_shape]
    for prop in common:
        changes = compare_schemas(
            old_model, new_model, old_shape[prop][0], new_shape[prop][0], usage
        )
        found += _prefixed(f"property `{prop}` ", changes)
    new_order = [prop for prop in new_shape if prop in old_shape]
    if common != new_order:
        found.append((Level.INFO, f"property order {', '.join(common)} → {', '.join(new_order)}"))
    return found


# --- operations ----------------------------------------------------------------------------


def operations(model: SpecModel) -> dict[str, Operation]:
    """``METHOD path`` → operation."""
    return {operation.key: operation for operation in model}


def _security(model: SpecModel, operation: Operation) -> list[list[str]]:
    requirements = operation.security if operation.security is not None else model.security
    return sorted(sorted(requirement) for requirement in requirements)


def _parameter_changes(
    old_model: SpecModel,
    new_model: SpecModel,
    old: Mapping[str, Parameter],
    new: Mapping[str, Parameter],
) -> list[Finding]:
    found: list[Finding] = []
    for key in [k for k in old if k not in new]:
        found.append((Level.BREAKING, f"parameter `{key}` removed"))
    for key in [k for k in new if k not in old]:
        required = new[key].required
        level = Level.BREAKING if required else Level.INFO
        found.append((level, f"parameter `{key}` added{' (required)' if required else ''}"))
    for key in [k for k in old if k in new]:
        before, after = old[key], new[key]
        if before.required != after.required:
            level = Level.BREAKING if after.required else Level.INFO
            became = "required" if after.required else "optional"
            found.append((level, f"parameter `{key}` became {became}"))
        if before.deprecated != after.deprecated:
            word = "deprecated" if after.deprecated else "no longer deprecated"
            found.append((Level.INFO, f"parameter `{key}` {word}"))
        if before.description != after.description:
            found.append((Level.INFO, f"parameter `{key}` description changed"))
        changes = compare_schemas(old_model, new_model, before.schema, after.schema, REQUEST)
        found += _prefixed(f"parameter `{key}` ", changes)
    return found


def _parameters(operation: Operation) -> dict[str, Parameter]:
    return {f"{p.location} {p.name}": p for p in operation.parameters}


def _request_body_changes(
    old_model: SpecModel, new_model: SpecModel, old: RequestBody | None, new: RequestBody | None
) -> list[Finding]:
    if old is None and new is None:
        return []
    if new is None:
        return [(Level.BREAKING, "request body removed")]
    if old is None:
        level = Level.BREAKING if new.required else Level.INFO
        return [(level, f"request body added{' (required)' if new.required else ''}")]
    found: list[Finding] = []
    if old.required != new.required:
        level = Level.BREAKING if new.required else Level.INFO
        found.append((level, f"request body became {'required' if new.required else 'optional'}"))
    old_types = {content.content_type for content in old.contents}
    removed_media = sorted(old_types - {content.content_type for content in new.contents})
    if removed_media:
        found.append((Level.BREAKING, f"request media type(s) {removed_media} removed"))
    changes = compare_schemas(old_model, new_model, old.schema, new.schema, REQUEST)
    return found + _prefixed("request body ", changes)


def _response_changes(
    old_model: SpecModel,
    new_model: SpecModel,
    old: Mapping[str, Response],
    new: Mapping[str, Response],
) -> list[Finding]:
    found: list[Finding] = []
    for status in [s for s in old if s not in new]:
        level = Level.BREAKING if status.startswith("2") else Level.WARN
        found.append((level, f"status {status} removed"))
    for status in [s for s in new if s not in old]:
        found.append((Level.INFO, f"status {status} added"))
    for status in [s for s in old if s in new]:
        old_schema, new_schema = old[status].schema, new[status].schema
        if old_schema is None and new_schema is not None:
            found.append((Level.INFO, f"response {status} body added ({type_of(new_schema)})"))
        elif old_schema is not None and new_schema is None:
            found.append((Level.BREAKING, f"response {status} body removed"))
        else:
            changes = compare_schemas(old_model, new_model, old_schema, new_schema, RESPONSE)
            found += _prefixed(f"response {status} ", changes)
        if old[status].description != new[status].description:
            found.append((Level.INFO, f"response {status} description changed"))
    return found


def _operation_changes(
    old_model: SpecModel, new_model: SpecModel, old: Operation, new: Operation
) -> list[Finding]:
    found: list[Finding] = []
    if old.operation_id != new.operation_id:
        found.append((Level.BREAKING, f"operationId {old.operation_id} → {new.operation_id}"))
    if old.tags != new.tags:
        # The stock functions live in final_pos_client.api.<tag>: a new tag moves them.
        found.append((Level.WARN, f"tags {list(old.tags)} → {list(new.tags)}"))
    if old.summary != new.summary:
        found.append((Level.INFO, "summary changed"))
    if old.description != new.description:
        found.append((Level.INFO, "description changed"))
    if old.deprecated != new.deprecated:
        # Deprecated: callers should move (the method warns); undeprecated: nothing to do.
        found.append((Level.WARN, "deprecated") if new.deprecated else (Level.INFO, "undeprecated"))
    old_security, new_security = _security(old_model, old), _security(new_model, new)
    if old_security != new_security:
        level = Level.INFO if not new_security else Level.WARN
        found.append((level, f"security {old_security} → {new_security}"))
    found += _parameter_changes(old_model, new_model, _parameters(old), _parameters(new))
    found += _request_body_changes(old_model, new_model, old.request_body, new.request_body)
    found += _response_changes(old_model, new_model, old.responses, new.responses)
    return found


# --- the whole description -----------------------------------------------------------------


def _document_changes(old: SpecModel, new: SpecModel) -> list[Change]:
    found: list[Change] = []
    if old.version != new.version:
        found.append(Change("info", f"version {old.version} → {new.version}", Level.INFO))
    if old.title != new.title:
        found.append(Change("info", "title changed", Level.INFO))
    for url in [u for u in old.servers if u not in new.servers]:
        found.append(Change("servers", f"server {url} removed", Level.WARN))
    for url in [u for u in new.servers if u not in old.servers]:
        found.append(Change("servers", f"server {url} added", Level.INFO))
    old_schemes, new_schemes = old.security_schemes, new.security_schemes
    for name in sorted(old_schemes.keys() - new_schemes.keys()):
        found.append(Change(f"security scheme {name}", "removed", Level.BREAKING))
    for name in sorted(new_schemes.keys() - old_schemes.keys()):
        found.append(Change(f"security scheme {name}", "added", Level.INFO))
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        before, after = old_schemes[name], new_schemes[name]
        for keyword in ("type", "in", "name", "scheme", "bearerFormat"):
            if before.get(keyword) != after.get(keyword):
                detail = f"{keyword} {_shown(before.get(keyword))} → {_shown(after.get(keyword))}"
                found.append(Change(f"security scheme {name}", detail, Level.BREAKING))
    return found


def api_changes(old: SpecModel, new: SpecModel) -> list[Change]:
    """Every difference from ``old`` to ``new``: document, operations, then component schemas."""
    found = _document_changes(old, new)
    old_ops, new_ops = operations(old), operations(new)

    def label(operation: Operation) -> str:
        return f"{operation.key} ({operation.operation_id or '?'})"

    for key in sorted(new_ops.keys() - old_ops.keys()):
        found.append(Change(label(new_ops[key]), "operation added", Level.INFO))
    for key in sorted(old_ops.keys() - new_ops.keys()):
        found.append(Change(label(old_ops[key]), "operation removed", Level.BREAKING))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        for level, detail in _operation_changes(old, new, old_ops[key], new_ops[key]):
            found.append(Change(label(new_ops[key]), detail, level))

    old_usage, new_usage = schema_usage(old), schema_usage(new)
    for name in sorted(new.schemas.keys() - old.schemas.keys()):
        found.append(Change(f"schema {name}", "added", Level.INFO))
    for name in sorted(old.schemas.keys() - new.schemas.keys()):
        found.append(Change(f"schema {name}", "removed", Level.BREAKING))
    for name in sorted(old.schemas.keys() & new.schemas.keys()):
        usage = old_usage[name].union(new_usage[name])
        for level, detail in compare_schemas(old, new, old.schemas[name], new.schemas[name], usage):
            found.append(Change(f"schema {name}", detail, level))
    return found
