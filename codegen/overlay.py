"""Stage 2, overlay: apply ``codegen/overlay.yaml`` (OpenAPI Overlay 1.0.0) to a copy of the spec.

Targets are RFC 9535 JSONPath expressions, evaluated by python-jsonpath in strict mode.
``update`` merges objects recursively (any other value, arrays included, replaces the target's);
on an array target it appends. ``remove: true`` deletes every selected node.

Each action is graded at every node it selects (``codegen/overlay_grade.py``): it applies where
the node holds what ``x-expect`` names, is a no-op where the vendor already holds the action's
target value (an agreement, which the change report names), and conflicts otherwise. Only a
conflict, or a singular target (names and indexes only) that selects nothing, fails the run: the
vendor may fix or rename what an action corrects, and the action must then be updated or dropped.
A rule (a wildcard, a filter, several names) reaches the nodes a bump adds under the same rules,
and one that selects nothing is reported, not an error.

``x-key-pattern`` (a regular expression) keeps only the selected nodes whose key matches it:
RFC 9535 cannot filter on member names, and rules such as "every ``*ResponseDto``" need it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonpath import JSONPath, JSONPathEnvironment, JSONPathMatch

from .overlay_grade import Conflict, Grade, grade_append, grade_remove, grade_update

_JSONPATH = JSONPathEnvironment(strict=True)
MAX_CONFLICTS_SHOWN = 3


class OverlayError(Exception):
    """The overlay document is malformed or one of its actions does not apply."""


def load_overlay(path: Path) -> dict[str, Any]:
    overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(
            f"{path}: not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')"
        )
    if not isinstance(overlay.get("actions"), list) or not overlay["actions"]:
        raise OverlayError(f"{path}: 'actions' must be a non-empty list")
    return overlay


def merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Recursive merge of ``update`` into ``target`` (Overlay 1.0 ``update`` on an object)."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merge(current, value)
        else:
            target[key] = copy.deepcopy(value)


@dataclass(frozen=True)
class ActionOutcome:
    """What one action did: of the nodes it ``selected``, where it ``applied`` and where the
    vendor already ``agreed`` (a no-op there)."""

    number: int
    description: str
    selected: int
    applied: int
    agreed: int

    @property
    def name(self) -> str:
        summary = f" ({self.description})" if self.description else ""
        return f"overlay action {self.number}{summary}"


@dataclass(frozen=True)
class Patched:
    document: dict[str, Any]
    outcomes: tuple[ActionOutcome, ...]


class _Action:
    def __init__(self, number: int, action: dict[str, Any]) -> None:
        self.number = number
        self.action = action
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"{self.name}: no target")
        self.target = target

    @property
    def description(self) -> str:
        return " ".join(str(self.action.get("description", "")).split())

    @property
    def name(self) -> str:
        return f"overlay action {self.number}" + (
            f" ({self.description})" if self.description else ""
        )

    def drifted(self, what: str) -> OverlayError:
        return OverlayError(
            f"{self.name}, target {self.target}: {what}. The description no longer has what "
            "this action corrects: update or drop it in codegen/overlay.yaml"
        )

    def conflicting(self, nodes: list[tuple[str, tuple[Conflict, ...]]]) -> OverlayError:
        """One line: the first node with its conflicts; the nodes with the same ones counted."""
        first_node, first = nodes[0]
        described = [conflict.describe() for conflict in first[:MAX_CONFLICTS_SHOWN]]
        if len(first) > MAX_CONFLICTS_SHOWN:
            described.append(f"and {len(first) - MAX_CONFLICTS_SHOWN} more")
        same = sum(_described(conflicts) == _described(first) for _, conflicts in nodes[1:])
        others = len(nodes) - 1 - same
        more = [f"the same at {same} more nodes"] * bool(same)
        more += [f"{others} more nodes conflict otherwise"] * bool(others)
        counted = f" ({'; '.join(more)})" if more else ""
        return OverlayError(
            f"{self.name}, target {self.target}: conflict at {first_node}: "
            f"{'; '.join(described)}{counted}. The vendor's "
            "value is neither what the action expects nor what it sets: update or drop it in "
            "codegen/overlay.yaml"
        )

    def select(self, document: dict[str, Any]) -> list[JSONPathMatch]:
        try:
            matches = list(_JSONPATH.finditer(self.target, document))
        except Exception as exc:  # python-jsonpath raises several error types for bad paths
            raise OverlayError(f"{self.name}: bad JSONPath {self.target!r}: {exc}") from exc
        pattern = self.action.get("x-key-pattern")
        if pattern is not None:
            matches = [m for m in matches if m.parts and re.search(pattern, str(m.parts[-1]))]
        if not matches and self.singular:
            raise self.drifted("it selects nothing")
        return matches  # a rule (wildcard, filter, several names) may have nothing left to do

    @property
    def singular(self) -> bool:
        """Names and indexes only: the target names one node, which a rename makes vanish."""
        compiled = _JSONPATH.compile(self.target)
        return isinstance(compiled, JSONPath) and compiled.singular_query()

    def grade(self, match: JSONPathMatch) -> Grade:
        expect = self.action.get("x-expect")
        if self.action.get("remove") is True:
            return grade_remove(match.parts[-1] if match.parts else "", match.obj, expect)
        if "update" not in self.action:
            raise OverlayError(f"{self.name}: neither 'update' nor 'remove: true'")
        update = self.action["update"]
        if isinstance(match.obj, dict) and isinstance(update, dict):
            return grade_update(match.obj, update, expect)
        if isinstance(match.obj, list):
            return grade_append(match.obj, update)
        kind = type(match.obj).__name__
        raise OverlayError(f"{self.name}: selected a {kind} at {match.path}")


def _described(conflicts: tuple[Conflict, ...]) -> list[str]:
    return [conflict.describe() for conflict in conflicts]


def _remove(matches: list[JSONPathMatch], action: _Action) -> None:
    # Delete list items from the highest index down so earlier deletions do not shift later ones.
    keyed: list[tuple[int, Any, str | int]] = []
    for match in matches:
        if match.parent is None:
            raise OverlayError(f"{action.name}: cannot remove the document root")
        keyed.append((id(match.parent.obj), match.parent.obj, match.parts[-1]))
    for _, container, key in sorted(keyed, key=lambda k: (k[0], str(k[2]).zfill(12)), reverse=True):
        del container[key]


def _update(matches: list[JSONPathMatch], update: Any) -> None:
    for match in matches:
        if isinstance(match.obj, dict):
            merge(match.obj, update)
        elif isinstance(match.obj, list):
            match.obj.append(copy.deepcopy(update))


def apply_action(
    document: dict[str, Any], action: dict[str, Any], number: int = 1
) -> ActionOutcome:
    """Grade every node the action selects, then apply it where it applies (all or nothing)."""
    checked = _Action(number, action)
    matches = checked.select(document)
    grades = [(match, checked.grade(match)) for match in matches]
    conflicts = [(match.path, grade.conflicts) for match, grade in grades if grade.conflicts]
    if conflicts:
        raise checked.conflicting(conflicts)
    applying = [match for match, grade in grades if not grade.agrees]
    if action.get("remove") is True:
        _remove(applying, checked)
    else:
        _update(applying, action["update"])
    return ActionOutcome(
        number, checked.description, len(matches), len(applying), len(matches) - len(applying)
    )


def patch(spec: dict[str, Any], overlay: dict[str, Any]) -> Patched:
    """A patched deep copy of ``spec`` and what each action did; the input is left untouched."""
    document = copy.deepcopy(spec)
    outcomes = tuple(
        apply_action(document, action, number)
        for number, action in enumerate(overlay["actions"], start=1)
    )
    patched = sum(outcome.applied for outcome in outcomes)
    agreed = sum(outcome.agreed for outcome in outcomes)
    print(
        f"[overlay] {len(outcomes)} actions: {patched} nodes patched, {agreed} already as the "
        "overlay sets them, no conflict",
        flush=True,
    )
    return Patched(document, outcomes)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A patched deep copy of ``spec``; the input is left untouched."""
    return patch(spec, overlay).document
