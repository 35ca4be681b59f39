"""The API part of the change report: two (patched) descriptions compared, each change graded.

Operations are compared by ``METHOD path``; component schemas by name, once, not again under
every operation that uses them (a ``$ref`` is compared by name only). A schema's changes are
graded by where it is used: a constraint tightened on what the client sends breaks, on what it
receives it does not; a field that may now be absent or ``null`` breaks readers, not writers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .changes import REQUEST, RESPONSE, Change, Finding, Level, Usage
from .client_operations import _resolve as resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
# Bounds: a smaller upper bound or a larger lower bound accepts less (tightens).
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def type_of(schema: Any) -> str:
    """A short, comparable description of a schema's type (``$ref`` names, not contents)."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(SCHEMA_REF_PREFIX)
    if len(schema.get("allOf", ())) == 1:  # a single allOf part is that part (plus docs)
        return type_of(schema["allOf"][0])
    for combinator in ("oneOf", "anyOf", "allOf"):
        if combinator in schema:
            return f"{combinator}[{', '.join(type_of(part) for part in schema[combinator])}]"
    kind = schema.get("type")
    if kind == "array":
        return f"array<{type_of(schema.get('items'))}>"
    if kind is None:
        return "object" if "properties" in schema else "any"
    return f"{kind}({schema['format']})" if "format" in schema else str(kind)


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node)) if node else set()
    return set()


def _reachable_schemas(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    pending = [ref for root in roots for ref in _refs(root)]
    names: set[str] = set()
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        if not ref.startswith(SCHEMA_REF_PREFIX):  # a shared parameter, body or response
            pending.extend(_refs(resolve(spec, {"$ref": ref})))
            continue
        name = ref.removeprefix(SCHEMA_REF_PREFIX)
        if name in schemas:
            names.add(name)
            pending.extend(_refs(schemas[name]))
    return names


def schema_usage(spec: dict[str, Any]) -> dict[str, Usage]:
    """Each component schema's usage; one no operation reaches counts as both."""
    found = [op for _, _, op in operations(spec).values()]
    sent = _reachable_schemas(spec, [[op.get("requestBody"), op.get("parameters")] for op in found])
    received = _reachable_schemas(spec, [op.get("responses") for op in found])
    names = (spec.get("components") or {}).get("schemas") or {}
    return {
        name: Usage(name in sent or name not in received, name in received or name not in sent)
        for name in names
    }


def object_shape(spec: dict[str, Any], schema: Any) -> dict[str, tuple[Any, bool]]:
    """Properties of an object schema (allOf parts folded in): name → (schema, required)."""
    properties: dict[str, Any] = {}
    required: set[str] = set()
    if not isinstance(schema, dict):
        return {}
    for part in [schema, *[resolve(spec, p) for p in schema.get("allOf", [])]]:
        if isinstance(part, dict):
            properties.update(part.get("properties") or {})
            required |= set(part.get("required") or [])
    return {name: (prop, name in required) for name, prop in properties.items()}


# --- comparing two schema nodes ------------------------------------------------------------


def _bound_changes(old: dict[str, Any], new: dict[str, Any], usage: Usage) -> list[Finding]:
    found = []
    for keyword in (*UPPER_BOUNDS, *LOWER_BOUNDS):
        before, after = old.get(keyword), new.get(keyword)
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


def _shown(value: Any) -> str:
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)


def _enum_changes(old: dict[str, Any], new: dict[str, Any], usage: Usage) -> list[Finding]:
    before, after = old.get("enum"), new.get("enum")
    if before == after:
        return []
    if before is None:
        return [(usage.level(sent=Level.BREAKING, received=Level.INFO), f"enum {after} added")]
    if after is None:
        return [(usage.level(sent=Level.INFO, received=Level.WARN), f"enum {before} dropped")]
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


def _keyword_changes(old: dict[str, Any], new: dict[str, Any], usage: Usage) -> list[Finding]:
    found: list[Finding] = []
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        if new.get("nullable"):
            level = usage.level(sent=Level.INFO, received=Level.BREAKING)
            found.append((level, "became nullable"))
        else:
            level = usage.level(sent=Level.BREAKING, received=Level.INFO)
            found.append((level, "no longer nullable"))
    found += _bound_changes(old, new, usage)
    before, after = old.get("pattern"), new.get("pattern")
    if before != after:
        if after is None:
            level = Level.INFO
        elif before is None:
            level = usage.level(sent=Level.BREAKING, received=Level.INFO)
        else:
            level = usage.level(sent=Level.WARN, received=Level.INFO)
        found.append((level, f"pattern {_shown(before)} → {_shown(after)}"))
    found += _enum_changes(old, new, usage)
    if "default" in old or "default" in new:
        before, after = old.get("default"), new.get("default")
        if before != after or ("default" in old) != ("default" in new):
            level = usage.level(sent=Level.WARN, received=Level.INFO)
            found.append((level, f"default {_shown(before)} → {_shown(after)}"))
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        found.append(
            (Level.INFO, "deprecated" if new.get("deprecated") else "no longer deprecated")
        )
    if old.get("description") != new.get("description"):
        found.append((Level.INFO, "description changed"))
    return found


def compare_schemas(
    spec_old: dict[str, Any], spec_new: dict[str, Any], old: Any, new: Any, usage: Usage
) -> list[Finding]:
    """Differences between two schema nodes; a ``$ref`` is compared by name only."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    if type_of(old) != type_of(new):
        return [(Level.BREAKING, f"type {type_of(old)} → {type_of(new)}")]
    found = _keyword_changes(old, new, usage)
    if "$ref" in old or _names_one_schema(old):
        return found
    if old.get("type") == "array":
        found += _prefixed(
            "items ", compare_schemas(spec_old, spec_new, old.get("items"), new.get("items"), usage)
        )
    found += _property_changes(spec_old, spec_new, old, new, usage)
    return found


def _names_one_schema(schema: dict[str, Any]) -> bool:
    """``allOf: [$ref]`` (a reference plus docs): compared under that schema's own name."""
    parts = schema.get("allOf") or []
    return len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]


def _prefixed(prefix: str, findings: Iterable[Finding]) -> list[Finding]:
    return [(level, prefix + detail) for level, detail in findings]


def presence_changes(
    old: dict[str, tuple[Any, bool]],
    new: dict[str, tuple[Any, bool]],
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
    spec_old: dict[str, Any],
    spec_new: dict[str, Any],
    old: dict[str, Any],
    new: dict[str, Any],
    usage: Usage,
) -> list[Finding]:
    old_shape, new_shape = object_shape(spec_old, old), object_shape(spec_new, new)
    found = presence_changes(old_shape, new_shape, usage, lambda prop: f"property `{prop}`")
    common = [prop for prop in old_shape if prop in new_shape]
    for prop in common:
        changes = compare_schemas(spec_old, spec_new, old_shape[prop][0], new_shape[prop][0], usage)
        found += _prefixed(f"property `{prop}` ", changes)
    new_order = [prop for prop in new_shape if prop in old_shape]
    if common != new_order:
        found.append((Level.INFO, f"property order {', '.join(common)} → {', '.join(new_order)}"))
    return found


# --- operations ----------------------------------------------------------------------------


def operations(spec: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str, dict[str, Any]]]:
    """``METHOD path`` → (path item, method, operation)."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found[f"{method.upper()} {path}"] = (item, method, item[method])
    return found


def _parameters(
    spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    params = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        params[f"{param.get('in')} {param.get('name')}"] = param
    return params


def _body_schema(spec: dict[str, Any], holder: Any) -> Any:
    holder = resolve(spec, holder) if isinstance(holder, dict) else holder
    if not isinstance(holder, dict):
        return None
    content = holder.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return (media or {}).get("schema")


def _security(spec: dict[str, Any], op: dict[str, Any]) -> list[list[str]]:
    requirements = op.get("security", spec.get("security")) or []
    return sorted(sorted(requirement) for requirement in requirements)


def _parameter_changes(
    spec_old: dict[str, Any], spec_new: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> list[Finding]:
    found: list[Finding] = []
    for key in [k for k in old if k not in new]:
        found.append((Level.BREAKING, f"parameter `{key}` removed"))
    for key in [k for k in new if k not in old]:
        required = bool(new[key].get("required"))
        level = Level.BREAKING if required else Level.INFO
        found.append((level, f"parameter `{key}` added{' (required)' if required else ''}"))
    for key in [k for k in old if k in new]:
        before, after = old[key], new[key]
        if bool(before.get("required")) != bool(after.get("required")):
            required = bool(after.get("required"))
            level = Level.BREAKING if required else Level.INFO
            found.append(
                (level, f"parameter `{key}` became {'required' if required else 'optional'}")
            )
        if bool(before.get("deprecated")) != bool(after.get("deprecated")):
            word = "deprecated" if after.get("deprecated") else "no longer deprecated"
            found.append((Level.INFO, f"parameter `{key}` {word}"))
        if before.get("description") != after.get("description"):
            found.append((Level.INFO, f"parameter `{key}` description changed"))
        changes = compare_schemas(
            spec_old, spec_new, before.get("schema"), after.get("schema"), REQUEST
        )
        found += _prefixed(f"parameter `{key}` ", changes)
    return found


def _request_body_changes(
    spec_old: dict[str, Any], spec_new: dict[str, Any], old: Any, new: Any
) -> list[Finding]:
    old_body = resolve(spec_old, old) if isinstance(old, dict) else None
    new_body = resolve(spec_new, new) if isinstance(new, dict) else None
    if old_body is None and new_body is None:
        return []
    if new_body is None:
        return [(Level.BREAKING, "request body removed")]
    required = bool(new_body.get("required"))
    if old_body is None:
        level = Level.BREAKING if required else Level.INFO
        return [(level, f"request body added{' (required)' if required else ''}")]
    found: list[Finding] = []
    if bool(old_body.get("required")) != required:
        level = Level.BREAKING if required else Level.INFO
        found.append((level, f"request body became {'required' if required else 'optional'}"))
    removed_media = sorted(set(old_body.get("content") or {}) - set(new_body.get("content") or {}))
    if removed_media:
        found.append((Level.BREAKING, f"request media type(s) {removed_media} removed"))
    changes = compare_schemas(
        spec_old,
        spec_new,
        _body_schema(spec_old, old_body),
        _body_schema(spec_new, new_body),
        REQUEST,
    )
    return found + _prefixed("request body ", changes)


def _response_changes(
    spec_old: dict[str, Any], spec_new: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> list[Finding]:
    found: list[Finding] = []
    for status in [s for s in old if s not in new]:
        success = str(status).startswith("2")
        found.append((Level.BREAKING if success else Level.WARN, f"status {status} removed"))
    for status in [s for s in new if s not in old]:
        found.append((Level.INFO, f"status {status} added"))
    for status in [s for s in old if s in new]:
        old_response, new_response = resolve(spec_old, old[status]), resolve(spec_new, new[status])
        old_schema = _body_schema(spec_old, old_response)
        new_schema = _body_schema(spec_new, new_response)
        if old_schema is None and new_schema is not None:
            found.append((Level.INFO, f"response {status} body added ({type_of(new_schema)})"))
        elif old_schema is not None and new_schema is None:
            found.append((Level.BREAKING, f"response {status} body removed"))
        else:
            changes = compare_schemas(spec_old, spec_new, old_schema, new_schema, RESPONSE)
            found += _prefixed(f"response {status} ", changes)
        if old_response.get("description") != new_response.get("description"):
            found.append((Level.INFO, f"response {status} description changed"))
    return found


def _operation_changes(
    spec_old: dict[str, Any],
    spec_new: dict[str, Any],
    old: tuple[dict[str, Any], str, dict[str, Any]],
    new: tuple[dict[str, Any], str, dict[str, Any]],
) -> list[Finding]:
    (old_item, _, old_op), (new_item, _, new_op) = old, new
    found: list[Finding] = []
    if old_op.get("operationId") != new_op.get("operationId"):
        ids = f"{old_op.get('operationId')} → {new_op.get('operationId')}"
        found.append((Level.BREAKING, f"operationId {ids}"))
    if old_op.get("tags") != new_op.get("tags"):
        # The stock functions live in final_pos_client.api.<tag>: a new tag moves them.
        found.append((Level.WARN, f"tags {old_op.get('tags')} → {new_op.get('tags')}"))
    for keyword in ("summary", "description"):
        if old_op.get(keyword) != new_op.get(keyword):
            found.append((Level.INFO, f"{keyword} changed"))
    if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
        found.append((Level.INFO, "deprecated" if new_op.get("deprecated") else "undeprecated"))
    old_security, new_security = _security(spec_old, old_op), _security(spec_new, new_op)
    if old_security != new_security:
        level = Level.INFO if not new_security else Level.WARN
        found.append((level, f"security {old_security} → {new_security}"))
    found += _parameter_changes(
        spec_old,
        spec_new,
        _parameters(spec_old, old_item, old_op),
        _parameters(spec_new, new_item, new_op),
    )
    found += _request_body_changes(
        spec_old, spec_new, old_op.get("requestBody"), new_op.get("requestBody")
    )
    found += _response_changes(
        spec_old, spec_new, old_op.get("responses") or {}, new_op.get("responses") or {}
    )
    return found


# --- the whole description -----------------------------------------------------------------


def _document_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    found: list[Change] = []
    old_info, new_info = old.get("info") or {}, new.get("info") or {}
    if old_info.get("version") != new_info.get("version"):
        versions = f"{old_info.get('version')} → {new_info.get('version')}"
        found.append(Change("info", f"version {versions}", Level.INFO))
    for keyword in ("title", "description"):
        if old_info.get(keyword) != new_info.get(keyword):
            found.append(Change("info", f"{keyword} changed", Level.INFO))
    old_servers = [s.get("url") for s in old.get("servers") or []]
    new_servers = [s.get("url") for s in new.get("servers") or []]
    for url in [u for u in old_servers if u not in new_servers]:
        found.append(Change("servers", f"server {url} removed", Level.WARN))
    for url in [u for u in new_servers if u not in old_servers]:
        found.append(Change("servers", f"server {url} added", Level.INFO))
    old_schemes = (old.get("components") or {}).get("securitySchemes") or {}
    new_schemes = (new.get("components") or {}).get("securitySchemes") or {}
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


def api_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference from ``old`` to ``new``: document, operations, then component schemas."""
    found = _document_changes(old, new)
    old_ops, new_ops = operations(old), operations(new)

    def label(key: str, op: dict[str, Any]) -> str:
        return f"{key} ({op.get('operationId', '?')})"

    for key in sorted(new_ops.keys() - old_ops.keys()):
        found.append(Change(label(key, new_ops[key][2]), "operation added", Level.INFO))
    for key in sorted(old_ops.keys() - new_ops.keys()):
        found.append(Change(label(key, old_ops[key][2]), "operation removed", Level.BREAKING))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        for level, detail in _operation_changes(old, new, old_ops[key], new_ops[key]):
            found.append(Change(label(key, new_ops[key][2]), detail, level))

    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    old_usage, new_usage = schema_usage(old), schema_usage(new)
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        found.append(Change(f"schema {name}", "added", Level.INFO))
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        found.append(Change(f"schema {name}", "removed", Level.BREAKING))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        usage = old_usage[name].union(new_usage[name])
        for level, detail in compare_schemas(old, new, old_schemas[name], new_schemas[name], usage):
            found.append(Change(f"schema {name}", detail, level))
    return found
