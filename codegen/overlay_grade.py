"""How an overlay action meets a node it selects: it applies, the vendor agrees, or they conflict.

For each value the action sets (``update``, merged recursively) or deletes (``remove``), the node
holds either

- the action's target value: the vendor already says what we correct (agreement);
- the value ``x-expect`` names (absent when it names none): the action applies there;
- anything else: a **conflict**, reported with the three values (expected, target, found).

A node *agrees* when it holds every value the action sets, ``x-`` notes and documentation aside:
the action is a no-op there. Documentation (``description``, ``summary``, ``example``) is ours to
replace and never conflicts. A ``required`` list holds the target when it names every key the
action requires (the vendor may require more). ``x-expect`` members the action does not set are
preconditions: any other value there is a conflict too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

ABSENT: Any = object()
_UNCHANGED: Any = object()  # the target of an x-expect member the action does not set
DOCUMENTATION_KEYS = frozenset({"description", "summary", "example"})


def show(value: Any) -> str:
    if value is _UNCHANGED:
        return "unchanged"
    if value is ABSENT or value is None:
        return "absent"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def member(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


@dataclass(frozen=True)
class Conflict:
    member: str  # where inside the selected node ("" for the node itself)
    expected: Any
    target: Any
    found: Any

    def describe(self) -> str:
        values = f"expected {show(self.expected)}, target {show(self.target)}"
        return f"{self.member or 'value'}: {values}, found {show(self.found)}"


@dataclass(frozen=True)
class Grade:
    """``agrees``: the node already holds everything the action sets (a no-op there)."""

    agrees: bool
    conflicts: tuple[Conflict, ...] = ()


def _mismatches(found: Any, expected: Any, where: str) -> list[Conflict]:
    """Where ``found`` differs from ``expected`` (a mapping recurses; ``None`` = absent)."""
    if isinstance(expected, dict) and expected and (isinstance(found, dict) or found is ABSENT):
        members = found if isinstance(found, dict) else {}
        return [
            conflict
            for key, value in expected.items()
            for conflict in _mismatches(members.get(key, ABSENT), value, member(where, key))
        ]
    value = None if found is ABSENT else found
    return [] if value == expected else [Conflict(where, expected, _UNCHANGED, found)]


def _holds(key: str, found: Any, target: Any) -> bool:
    if key == "required" and isinstance(found, list) and isinstance(target, list):
        return all(name in found for name in target)
    return bool(found == target)


@dataclass
class _Tally:
    sets: int = 0  # values the action sets (notes and documentation aside)
    held: int = 0  # of those, the ones the node already holds


def _grade_members(
    node: dict[str, Any], update: dict[str, Any], expect: Any, where: str, tally: _Tally
) -> list[Conflict]:
    expectations = expect if isinstance(expect, dict) else {}
    conflicts: list[Conflict] = []
    for key, target in update.items():
        if key in DOCUMENTATION_KEYS:
            continue
        found, expected, place = node.get(key, ABSENT), expectations.get(key), member(where, key)
        if isinstance(found, dict) and isinstance(target, dict):
            conflicts += _grade_members(found, target, expected, place, tally)
            continue
        substantive = not key.startswith("x-")
        tally.sets += substantive
        if _holds(key, found, target):
            tally.held += substantive
        elif _mismatches(found, expected, place):
            conflicts.append(Conflict(place, expected, target, found))
    for key, expected in expectations.items():
        if key not in update:
            conflicts += _mismatches(node.get(key, ABSENT), expected, member(where, key))
    return conflicts


def grade_update(node: dict[str, Any], update: dict[str, Any], expect: Any) -> Grade:
    tally = _Tally()
    conflicts = _grade_members(node, update, expect, "", tally)
    agrees = not conflicts and tally.sets > 0 and tally.held == tally.sets
    return Grade(agrees, tuple(conflicts))


def grade_append(items: list[Any], update: Any) -> Grade:
    return Grade(agrees=update in items)


def grade_remove(key: object, value: Any, expect: Any) -> Grade:
    """A removed member: ``x-expect`` maps its key to the value the action expects to delete."""
    if not isinstance(expect, dict) or key not in expect:
        return Grade(agrees=False)
    found = _mismatches(value, expect[key], str(key))
    conflicts = tuple(Conflict(c.member, c.expected, ABSENT, c.found) for c in found)
    return Grade(agrees=False, conflicts=conflicts)
