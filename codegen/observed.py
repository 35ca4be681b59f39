"""``python -m codegen observed PATH... [--overlay OUT.yaml]``: what the shape recorder saw.

Reads the recorder's SQLite files (``FinalPOS(observe=PATH)``; one per process or machine of a
fleet, merged as one file holding all their answers), reports per operation of the
patched description whether its answers matched (a candidate to drop ``x-unverified``), how they
differed (kind, count, a sample shape), or that it was never observed; and proposes OpenAPI
Overlay 1.0 actions, in the style of ``codegen/overlay.yaml``, that make the description match
what was observed. Append them to ``codegen/overlay.yaml`` after review and ``make regenerate``.
"""

from __future__ import annotations

import copy
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from jsonpath import JSONPathEnvironment

from final_pos_client._core._observe_store import Observation, read
from final_pos_client._core.spec_model import SpecModel

INFORMATIONAL = frozenset({"seen", "missing_optional", "open_key", "server_message"})
INFORMATIONAL |= {"custom_field_type"}
OID_SCHEMA = "ObjectId"
_JSONPATH = JSONPathEnvironment(strict=True)
_LAST_STEP = re.compile(r"^(?P<parent>.+?)(?:\['(?P<quoted>(?:[^'\\]|\\.)*)'\]|\.(?P<name>\w+))$")
_JSON_TYPES = {"string", "integer", "number", "boolean"}


@dataclass
class OperationReport:
    key: str
    unverified: bool
    seen: dict[str, int] = field(default_factory=dict)  # status -> answers
    mismatches: list[Observation] = field(default_factory=list)
    notes: list[Observation] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return bool(self.seen) and not self.mismatches


def summarize(observations: Iterable[Observation], model: SpecModel) -> list[OperationReport]:
    """One report per operation of ``model`` (in its order), plus answers to unknown paths."""
    reports = {
        op.key: OperationReport(op.key, "x-unverified" in op.extensions) for op in model.operations
    }
    for observation in observations:
        report = reports.get(observation.operation)
        if report is None:
            report = reports[observation.operation] = OperationReport(observation.operation, False)
        if observation.kind == "seen":
            report.seen[observation.status] = (
                report.seen.get(observation.status, 0) + observation.count
            )
        elif observation.kind in INFORMATIONAL:
            report.notes.append(observation)
        else:
            report.mismatches.append(observation)
    return list(reports.values())


def _seen_text(seen: Mapping[str, int]) -> str:
    return ", ".join(f"{status} x{count}" for status, count in sorted(seen.items()))


def render_report(reports: list[OperationReport], meta: Mapping[str, str], source: str) -> str:
    described = _described(meta)
    lines = [f"# Observed answers ({source}; recorded against {described})", ""]
    consistent = [r for r in reports if r.consistent]
    differing = [r for r in reports if r.mismatches]
    never = [r for r in reports if not r.seen and not r.mismatches]
    lines.append(f"## Consistent with the description ({len(consistent)})")
    for report in consistent:
        flag = "  <- candidate to drop x-unverified" if report.unverified else ""
        lines.append(f"- {report.key}: {_seen_text(report.seen)}{flag}")
    lines += ["", f"## Differing from the description ({len(differing)})"]
    for report in differing:
        lines.append(f"### {report.key} ({_seen_text(report.seen)})")
        for item in report.mismatches:
            of = report.seen.get(item.status, 0)
            where = item.pointer or "(body)"
            detail = f" ({item.detail})" if item.detail else ""
            sample = f"; shape {item.sample}" if item.sample else ""
            lines.append(
                f"- {item.status} {where}: {item.kind}{detail}: {item.count} of {of}{sample}"
            )
    lines += ["", "## Notes (optional keys absent, open keys, server messages, field types)"]
    for report in reports:
        lines += _note_lines(report)
    lines += ["", f"## Never observed ({len(never)})"]
    lines += [f"- {report.key}" for report in never]
    return "\n".join(lines) + "\n"


def _note_lines(report: OperationReport) -> list[str]:
    lines = []
    absent: dict[str, list[str]] = defaultdict(list)
    for note in report.notes:
        if note.kind == "missing_optional":
            absent[note.status].append(f"{note.pointer} x{note.count}")
        else:
            detail = f" {note.detail}" if note.detail else ""
            lines.append(
                f"- {report.key} {note.status} {note.pointer}: {note.kind}{detail} x{note.count}"
            )
    for status, pointers in absent.items():
        lines.append(f"- {report.key} {status}: optional keys absent: {', '.join(pointers)}")
    return lines


def _node(spec: Mapping[str, Any], target: str) -> Any:
    matches = _JSONPATH.findall(target, spec)
    return matches[0] if matches else None


def _split(target: str) -> tuple[str, str]:
    """``$.a.properties['x']`` -> (``$.a.properties``, ``x``)."""
    match = _LAST_STEP.match(target)
    if match is None:
        raise ValueError(f"cannot split JSONPath {target!r}")
    name = match["quoted"] if match["quoted"] is not None else match["name"]
    return match["parent"], name.replace("\\'", "'").replace("\\\\", "\\")


def _schema_for(json_type: str, spec: Mapping[str, Any]) -> dict[str, Any]:
    if json_type in _JSON_TYPES:
        return {"type": json_type}
    if json_type == "oid-object" and OID_SCHEMA in spec.get("components", {}).get("schemas", {}):
        return {"allOf": [{"$ref": f"#/components/schemas/{OID_SCHEMA}"}]}
    if json_type == "array":
        return {"type": "array", "items": {}}
    if json_type == "null":
        return {"nullable": True}
    return {"type": "object", "additionalProperties": True}


class _Proposal:
    """Collects overlay actions, one per (target, change)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.actions: list[dict[str, Any]] = []
        self._done: set[tuple[str, str]] = set()

    def add(self, key: tuple[str, str], action: dict[str, Any]) -> None:
        if key not in self._done and _node(self.spec, action["target"]) is not None:
            self._done.add(key)
            self.actions.append(action)

    def replace(self, target: str, new: dict[str, Any], why: str) -> None:
        """Remove the node at ``target`` and put ``new`` in its place. (Its description is not
        carried over: it described the type that was not observed.)"""
        old = _node(self.spec, target)
        if not isinstance(old, Mapping) or ("replace", target) in self._done:
            return
        if old.get("readOnly"):
            new["readOnly"] = True
        parent, name = _split(target)
        self._done.add(("replace", target))
        note = {"x-overlay": f"observed: {why}"}
        self.actions.append({"target": target, "description": why, "remove": True})
        self.actions.append(_update(parent, why, {name: new | note}))


def propose_overlay(observations: Iterable[Observation], spec: Mapping[str, Any]) -> dict[str, Any]:
    """Overlay 1.0 actions that make ``spec`` (the patched description) match ``observations``."""
    observations = list(observations)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for item in observations:
        if item.kind == "seen":
            seen[(item.operation, item.status)] += item.count
    proposal = _Proposal(spec)
    for item in observations:
        of = seen[(item.operation, item.status)]
        why = f"{item.operation} {item.status}: {item.kind} at {item.pointer or '(body)'} "
        why += f"in {item.count} of {of} answers"
        _propose_one(proposal, item, item.count >= of, why)
    return {
        "overlay": "1.0.0",
        "info": {
            "title": "Corrections proposed from observed answers (python -m codegen observed)",
            "version": "1.0.0",
        },
        "actions": proposal.actions,
    }


def _propose_one(proposal: _Proposal, item: Observation, always: bool, why: str) -> None:
    spec, target, kind = proposal.spec, item.target, item.kind
    if not target:
        return
    if kind == "unknown_key":
        name = _pointer_name(item.pointer)
        if name == "{key}":
            return
        schema = _schema_for(item.detail, spec) | {"x-overlay": f"observed: {why}"}
        update = {"properties": {name: schema}}
        proposal.add(
            (target, f"property {name}"),
            _update(target, why, update),
        )
    elif kind == "missing_required":
        name = _pointer_name(item.pointer)
        action = {"target": f"{target}.required[?@ == '{name}']", "description": why}
        proposal.add((target, f"optional {name}"), action | {"remove": True})
    elif kind == "null":
        node = _node(spec, target)
        if isinstance(node, Mapping) and "$ref" in node:
            proposal.replace(target, {"allOf": [dict(node)], "nullable": True}, why)
        else:
            nullable = {"nullable": True, "x-overlay": f"observed: {why}"}
            proposal.add((target, "nullable"), _update(target, why, nullable))
    elif kind == "undocumented_status":
        proposal.add((target, item.status), _status_action(spec, target, item.status, why))
    elif kind == "unknown_enum_value":
        _enum_member(proposal, item, why)  # a value seen once is as much a member as any
    elif not always:
        return  # a type that only sometimes differs: reported, left for a person to decide
    elif kind == "list_for_object":
        proposal.replace(
            target, {"type": "array", "items": copy.deepcopy(_node(spec, target))}, why
        )
    elif kind == "object_for_list":
        items = (_node(spec, target) or {}).get("items", {})
        proposal.replace(target, copy.deepcopy(items), why)
    elif kind in ("number_as_string", "string_for_oid_object", "boolean_as_string"):
        proposal.replace(target, {"type": "string"}, why)
    elif kind == "oid_object_for_string":
        proposal.replace(target, _schema_for("oid-object", spec), why)
    elif kind == "type_mismatch" and " got " in item.detail:
        proposal.replace(target, _schema_for(item.detail.rsplit(" got ", 1)[1], spec), why)


def _enum_member(proposal: _Proposal, item: Observation, why: str) -> None:
    """Append the observed value to the enum (an update on an array appends; once the vendor
    lists it too, the action is an agreement) and note on the schema that it was observed."""
    if item.detail == "{value}":
        return  # the recorder kept no value that reads as text
    value: Any = int(item.detail) if item.sample == "integer" else item.detail
    schema = item.target.removesuffix(".enum")
    proposal.add((item.target, f"enum {value!r}"), _update(item.target, why, value))
    note = f"observed: {item.operation} answered enum values the reference does not list"
    proposal.add((schema, "enum note"), _update(schema, why, {"x-overlay": note}))


def _update(target: str, why: str, update: Any) -> dict[str, Any]:
    return {"target": target, "description": why, "update": update}


def _pointer_name(pointer: str) -> str:
    return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _status_action(spec: Mapping[str, Any], target: str, status: str, why: str) -> dict[str, Any]:
    """Document ``status`` with the JSON schema the operation's other error answers use."""
    responses = _node(spec, target) or {}
    schema: Any = None
    for code, documented in sorted(responses.items()):
        content = documented.get("content", {}) if isinstance(documented, Mapping) else {}
        if code[:1] == status[:1] and "application/json" in content:
            schema = content["application/json"].get("schema")
            break
    response: dict[str, Any] = {
        "description": f"Observed {status} answer (not in the reference).",
        "x-overlay": f"observed: {why}",
    }
    if schema is not None:
        response["content"] = {"application/json": {"schema": copy.deepcopy(schema)}}
    return _update(target, why, {status: response})


def merge(
    recordings: Sequence[tuple[str, list[Observation], dict[str, str]]],
) -> tuple[list[Observation], dict[str, str]]:
    """The observations of several files (one per process or machine) as one file holding all
    their answers would hold them: counts added per key, the sample of the first file that has
    the key. Files recorded against different descriptions are refused (``ValueError``)."""
    merged: dict[tuple[str, str, str, str, str], Observation] = {}
    meta: dict[str, str] = {}
    first = ""
    for name, observations, file_meta in recordings:
        if meta and file_meta and file_meta != meta:
            raise ValueError(
                f"{name} was recorded against {_described(file_meta)}, {first} against "
                f"{_described(meta)}: report each description's files separately"
            )
        if file_meta and not meta:
            meta, first = dict(file_meta), name
        for item in observations:
            key = (item.operation, item.status, item.pointer, item.kind, item.detail)
            known = merged.get(key)
            merged[key] = item if known is None else replace(known, count=known.count + item.count)
    return [merged[key] for key in sorted(merged)], meta


def _described(meta: Mapping[str, str]) -> str:
    return f"{meta.get('title', '?')} {meta.get('version', '?')}"


def run(paths: Sequence[Path], spec_path: Path, overlay_out: Path | None) -> str:
    """The report text for one or more recorder files (merged); writes the proposed overlay
    to ``overlay_out`` when given."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    observations, meta = merge([(path.name, *read(path)) for path in paths])
    source = (
        paths[0].name
        if len(paths) == 1
        else f"{len(paths)} files: " + ", ".join(path.name for path in paths)
    )
    report = render_report(summarize(observations, SpecModel.parse(spec)), meta, source)
    if overlay_out is not None:
        overlay = propose_overlay(observations, spec)
        overlay_out.write_text(
            yaml.safe_dump(overlay, sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )
        report += f"\n{len(overlay['actions'])} overlay action(s) written to {overlay_out}\n"
    return report
