"""Stage 2, overlay: apply ``codegen/overlay.yaml`` (OpenAPI Overlay 1.0.0) to a copy of the spec.

Targets are RFC 9535 JSONPath expressions, evaluated by python-jsonpath in strict mode.
``update`` merges objects recursively (any other value, arrays included, replaces the target's);
on an array target it appends. ``remove: true`` deletes every selected node.

Drift is an error, never a warning: the vendor may fix or rename what an action corrects, and
the action must then be updated or dropped. So an action fails the run when

- its target selects nothing;
- its ``x-expect`` (what the action expects to find at the target, ``null`` meaning absent)
  does not match the description; for ``remove``, ``x-expect`` maps the removed key to its
  expected value;
- its ``update`` would overwrite a value of the description (a different one) that ``x-expect``
  does not name. Documentation (``description``, ``summary``, ``example``) is ours to
  replace: a reworded vendor text is not drift.

``x-key-pattern`` (a regular expression) keeps only the selected nodes whose key matches it:
RFC 9535 cannot filter on member names, and rules such as "every ``*ResponseDto``" need it.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import yaml
from jsonpath import JSONPathEnvironment, JSONPathMatch

_JSONPATH = JSONPathEnvironment(strict=True)
_ABSENT = object()
MAX_PROBLEMS_SHOWN = 3
DOCUMENTATION_KEYS = frozenset({"description", "summary", "example"})


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


def _show(value: Any) -> str:
    if value is _ABSENT or value is None:
        return "absent"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def _member(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


def _expectation_mismatches(current: Any, expected: Any, where: str) -> list[str]:
    """Where ``current`` differs from ``expected`` (a mapping recurses; ``None`` = absent)."""
    if (
        isinstance(expected, dict)
        and expected
        and (isinstance(current, dict) or current is _ABSENT)
    ):
        members = current if isinstance(current, dict) else {}  # absent: expect absent members
        mismatches = []
        for key, value in expected.items():
            mismatches += _expectation_mismatches(
                members.get(key, _ABSENT), value, _member(where, key)
            )
        return mismatches
    found = None if current is _ABSENT else current
    return (
        []
        if found == expected
        else [f"{where or 'value'}: expected {_show(expected)}, found {_show(found)}"]
    )


def _overwrites(
    current: dict[str, Any], update: dict[str, Any], expect: Any, where: str
) -> list[str]:
    """Values of ``current`` the merge would replace by something else, not named by ``expect``."""
    found = []
    for key, new in update.items():
        if key not in current or key in DOCUMENTATION_KEYS:
            continue
        old = current[key]
        expected = expect.get(key, _ABSENT) if isinstance(expect, dict) else _ABSENT
        if isinstance(old, dict) and isinstance(new, dict):
            found += _overwrites(old, new, expected, _member(where, key))
        elif old != new and expected is _ABSENT:
            has, sets = _show(old), _show(new)
            place = _member(where, key)
            found.append(f"{place}: the description has {has}, the action would set {sets}")
    return found


class _Action:
    def __init__(self, number: int, action: dict[str, Any]) -> None:
        self.number = number
        self.action = action
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"{self.name}: no target")
        self.target = target

    @property
    def name(self) -> str:
        description = str(self.action.get("description", "")).strip()
        summary = f" ({description})" if description else ""
        return f"overlay action {self.number}{summary}"

    def fail(self, problems: list[tuple[str, str]]) -> OverlayError:
        """``problems``: (where, what) pairs; the same problem at many places is named once."""
        places: dict[str, list[str]] = {}
        for where, what in problems:
            places.setdefault(what, []).append(where)
        described = []
        for what, wheres in list(places.items())[:MAX_PROBLEMS_SHOWN]:
            others = f" and {len(wheres) - 1} more places" if len(wheres) > 1 else ""
            described.append(f"{what} (at {wheres[0]}{others})" if wheres[0] else what)
        more = len(places) - len(described)
        details = "; ".join(described) + (f" (and {more} more problems)" if more else "")
        return OverlayError(
            f"{self.name}, target {self.target}: {details}. The description no longer matches "
            "what this action corrects: update or drop it in codegen/overlay.yaml"
        )

    def select(self, document: dict[str, Any]) -> list[JSONPathMatch]:
        try:
            matches = list(_JSONPATH.finditer(self.target, document))
        except Exception as exc:  # python-jsonpath raises several error types for bad paths
            raise OverlayError(f"{self.name}: bad JSONPath {self.target!r}: {exc}") from exc
        pattern = self.action.get("x-key-pattern")
        if pattern is not None:
            matches = [m for m in matches if m.parts and re.search(pattern, str(m.parts[-1]))]
        if not matches:
            raise self.fail([("", "it selects nothing")])
        return matches


def _remove(matches: list[JSONPathMatch], action: _Action) -> None:
    # Delete list items from the highest index down so earlier deletions do not shift later ones.
    keyed: list[tuple[int, Any, str | int]] = []
    for match in matches:
        if match.parent is None:
            raise OverlayError(f"{action.name}: cannot remove the document root")
        keyed.append((id(match.parent.obj), match.parent.obj, match.parts[-1]))
    for _, container, key in sorted(keyed, key=lambda k: (k[0], str(k[2]).zfill(12)), reverse=True):
        del container[key]


def _check(matches: list[JSONPathMatch], action: _Action) -> None:
    expect = action.action.get("x-expect")
    update = action.action.get("update")
    removing = action.action.get("remove") is True
    problems: list[tuple[str, str]] = []
    for match in matches:
        if expect is not None and removing:
            key = match.parts[-1] if match.parts else ""
            if isinstance(expect, dict) and key in expect:
                found = _expectation_mismatches(match.obj, expect[key], str(key))
                problems += [(match.path, what) for what in found]
        elif expect is not None:
            problems += [
                (match.path, what) for what in _expectation_mismatches(match.obj, expect, "")
            ]
        if isinstance(match.obj, dict) and isinstance(update, dict) and not removing:
            problems += [(match.path, what) for what in _overwrites(match.obj, update, expect, "")]
    if problems:
        raise action.fail(problems)


def apply_action(document: dict[str, Any], action: dict[str, Any], number: int = 1) -> int:
    """Apply one action after checking it against the document; returns the nodes touched."""
    checked = _Action(number, action)
    matches = checked.select(document)
    _check(matches, checked)
    if action.get("remove") is True:
        _remove(matches, checked)
    elif "update" in action:
        update = action["update"]
        for match in matches:
            if isinstance(match.obj, dict) and isinstance(update, dict):
                merge(match.obj, update)
            elif isinstance(match.obj, list):
                match.obj.append(copy.deepcopy(update))
            else:
                kind = type(match.obj).__name__
                raise OverlayError(f"{checked.name}: selected a {kind} at {match.path}")
    else:
        raise OverlayError(f"{checked.name}: neither 'update' nor 'remove: true'")
    return len(matches)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A patched deep copy of ``spec``; the input is left untouched."""
    document = copy.deepcopy(spec)
    touched = sum(
        apply_action(document, action, number)
        for number, action in enumerate(overlay["actions"], start=1)
    )
    print(
        f"[overlay] {len(overlay['actions'])} actions applied, {touched} nodes patched, no drift",
        flush=True,
    )
    return document
