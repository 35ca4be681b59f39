"""The SDK view of the change report: what an API change means for code using the SDK.

``FinalPOS`` methods (``resource.method``) that appear, disappear or change signature, from the
client layer's own derivation (``client_operations.collect_resources``), so the view names exactly
what ``FinalPOS`` has; model fields that appear, disappear or change (keyword arguments of the
generated models); error classes ``errors.py`` gains or loses (``status_errors``); and the lines
of the hand-written packages that call a removed method or name the path of a removed operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from final_pos_client._core.spec_model import SpecModel

from .api_diff import object_shape, operations, presence_changes, schema_usage, type_of
from .changes import Change, Level, Usage
from .client_operations import Method, collect_resources
from .status_errors import error_classes

HAND_WRITTEN_PACKAGES = ("custom_tables", "examples", "final_pos_fake")


@dataclass(frozen=True)
class Signature:
    """What a caller of one ``FinalPOS`` method depends on."""

    positional: tuple[str, ...]  # "name: annotation", path parameters then the body
    keywords: dict[str, tuple[str, bool]]  # python name -> (annotation, required)
    returns: str


def signature(name: str, method: Method) -> Signature:
    positional = [f"{p.python_name}: {p.annotation}" for p in method.path_parameters]
    if method.has_body:
        positional.append(f"body: {method.body_model or 'dict[str, Any]'}")
    iterate = name == "iterate"
    parameters = method.filter_parameters if iterate else method.query_parameters
    returns = method.returns.annotation
    if iterate:
        returns = f"AsyncIterator[{method.returns.model or 'Any'}]"
    return Signature(
        positional=tuple(positional),
        keywords={p.python_name: (p.annotation, p.required) for p in parameters},
        returns=returns,
    )


def _methods(spec: SpecModel) -> dict[str, Signature]:
    return {
        f"{resource.attribute}.{name}": signature(name, method)
        for resource in collect_resources(spec)
        for name, method in resource.methods.items()
    }


def _signature_changes(old: Signature, new: Signature) -> list[tuple[Level, str]]:
    found: list[tuple[Level, str]] = []
    if old.positional != new.positional:
        before, after = ", ".join(old.positional), ", ".join(new.positional)
        found.append((Level.BREAKING, f"positional arguments ({before}) → ({after})"))
    for name in [n for n in old.keywords if n not in new.keywords]:
        found.append((Level.BREAKING, f"keyword `{name}` removed"))
    for name in [n for n in new.keywords if n not in old.keywords]:
        required = new.keywords[name][1]
        level = Level.BREAKING if required else Level.INFO
        found.append((level, f"keyword `{name}` added{' (required)' if required else ''}"))
    for name in [n for n in old.keywords if n in new.keywords]:
        (old_type, old_required), (new_type, new_required) = old.keywords[name], new.keywords[name]
        if old_type != new_type:
            found.append((Level.BREAKING, f"keyword `{name}` {old_type} → {new_type}"))
        if old_required != new_required:
            level = Level.BREAKING if new_required else Level.INFO
            found.append(
                (level, f"keyword `{name}` became {'required' if new_required else 'optional'}")
            )
    if old.returns != new.returns:
        found.append((Level.BREAKING, f"returns {old.returns} → {new.returns}"))
    return found


def method_changes(old_spec: SpecModel, new_spec: SpecModel) -> list[Change]:
    old, new = _methods(old_spec), _methods(new_spec)
    found = [Change(f"FinalPOS.{key}", "method added", Level.INFO) for key in new if key not in old]
    found += [
        Change(f"FinalPOS.{key}", "method removed", Level.BREAKING) for key in old if key not in new
    ]
    for key in [k for k in old if k in new]:
        found += [
            Change(f"FinalPOS.{key}", detail, level)
            for level, detail in _signature_changes(old[key], new[key])
        ]
    return sorted(found, key=lambda change: change.subject)


def _fields(spec: SpecModel, schema: Any) -> dict[str, tuple[Any, bool]]:
    return {PythonIdentifier(name, ""): value for name, value in object_shape(spec, schema).items()}


def model_changes(old_spec: SpecModel, new_spec: SpecModel) -> list[Change]:
    """Generated models (one per component object schema) and their keyword arguments."""
    old_schemas, new_schemas = old_spec.schemas, new_spec.schemas
    old_usage, new_usage = schema_usage(old_spec), schema_usage(new_spec)
    found: list[Change] = []
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        subject = f"models.{ClassName(name, '')}"
        if name not in old_schemas:
            found.append(Change(subject, "model added", Level.INFO))
            continue
        if name not in new_schemas:
            found.append(Change(subject, "model removed", Level.BREAKING))
            continue
        usage: Usage = old_usage[name].union(new_usage[name])
        old_fields = _fields(old_spec, old_schemas[name])
        new_fields = _fields(new_spec, new_schemas[name])
        changes = presence_changes(old_fields, new_fields, usage, lambda field: f"field `{field}`")
        for field in [f for f in old_fields if f in new_fields]:
            before, after = type_of(old_fields[field][0]), type_of(new_fields[field][0])
            if before != after:
                changes.append((Level.BREAKING, f"field `{field}` {before} → {after}"))
        found += [Change(subject, detail, level) for level, detail in changes]
    return found


def error_class_changes(old_spec: SpecModel, new_spec: SpecModel) -> list[Change]:
    """Classes of ``errors.py`` for documented statuses: one added is something to catch, one
    removed breaks the code that catches (or imports) it."""
    old, new = error_classes(old_spec), error_classes(new_spec)
    found = [
        Change(f"errors.{name}", f"error class added ({status})", Level.INFO)
        for name, status in new.items()
        if name not in old
    ]
    found += [
        Change(f"errors.{name}", f"error class removed ({status})", Level.BREAKING)
        for name, status in old.items()
        if name not in new
    ]
    return found


def _path_pattern(path: str) -> re.Pattern[str]:
    """A path template as hand-written code may spell it (any placeholder names)."""
    parts = re.split(r"\{[^}]*\}", path)
    body = r"\{[^}]*\}".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<![\w/-]){body}(?![\w/{{-])")


def reference_changes(
    removed_methods: list[str],
    removed_operations: dict[str, list[str]],  # path -> its removed HTTP methods
    remaining_paths: set[str],
    code_root: Path,
) -> list[Change]:
    """Lines of the hand-written packages that call a removed method or name a removed path."""
    calls = {
        key: re.compile(
            rf"\.{re.escape(key.split('.')[0])}\.(?:with_raw_response\.)?"
            rf"{re.escape(key.split('.')[1])}\("
        )
        for key in removed_methods
    }
    paths = {path: _path_pattern(path) for path in removed_operations}
    found: list[Change] = []
    for package in HAND_WRITTEN_PACKAGES:
        for module in sorted((code_root / package).rglob("*.py")):
            relative = module.relative_to(code_root).as_posix()
            lines = module.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, start=1):
                where = f"{relative}:{number}"
                for key, pattern in calls.items():
                    if pattern.search(line):
                        detail = f"calls FinalPOS.{key}, which is removed"
                        found.append(Change(where, detail, Level.BREAKING))
                for path, pattern in paths.items():
                    if not pattern.search(line):
                        continue
                    if path in remaining_paths:
                        methods = ", ".join(removed_operations[path])
                        detail = f"names {path}: {methods} was removed (other methods remain)"
                        found.append(Change(where, detail, Level.WARN))
                    else:
                        found.append(
                            Change(where, f"names {path}, which is removed", Level.BREAKING)
                        )
    return found


def sdk_changes(
    old_spec: SpecModel, new_spec: SpecModel, *, code_root: Path | None = None
) -> list[Change]:
    """Methods, models, error classes and (with ``code_root``) hand-written references, in that
    order."""
    methods = method_changes(old_spec, new_spec)
    found = methods + model_changes(old_spec, new_spec) + error_class_changes(old_spec, new_spec)
    if code_root is not None:
        removed_methods = [
            c.subject.removeprefix("FinalPOS.") for c in methods if c.detail == "method removed"
        ]
        old_ops, new_ops = operations(old_spec), operations(new_spec)
        removed_operations: dict[str, list[str]] = {}
        for key in [k for k in old_ops if k not in new_ops]:
            method, path = key.split(" ", 1)
            removed_operations.setdefault(path, []).append(method)
        remaining = {operation.path for operation in new_spec}
        found += reference_changes(removed_methods, removed_operations, remaining, code_root)
    return found
