"""Stage 2, overlay: apply ``codegen/overlay.yaml`` (OpenAPI Overlay 1.0.0) to a copy of the spec.

Targets are RFC 9535 JSONPath expressions, evaluated by python-jsonpath in strict mode.
``update`` merges objects recursively (any other value, arrays included, replaces the target's);
on an array target it appends. ``remove: true`` deletes every selected node. An action whose
target selects nothing is reported (a correction that stops applying after a vendor update must
be noticed) but does not stop the run.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from jsonpath import JSONPathEnvironment, JSONPathMatch

_JSONPATH = JSONPathEnvironment(strict=True)


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


def _remove(matches: list[JSONPathMatch], target: str) -> None:
    # Delete list items from the highest index down so earlier deletions do not shift later ones.
    keyed: list[tuple[int, Any, str | int]] = []
    for match in matches:
        if match.parent is None:
            raise OverlayError(f"remove {target!r}: cannot remove the document root")
        keyed.append((id(match.parent.obj), match.parent.obj, match.parts[-1]))
    for _, container, key in sorted(keyed, key=lambda k: (k[0], str(k[2]).zfill(12)), reverse=True):
        del container[key]


def apply_action(document: dict[str, Any], action: dict[str, Any]) -> int:
    """Apply one action; returns how many nodes it touched."""
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"action without a target: {action}")
    try:
        matches = list(_JSONPATH.finditer(target, document))
    except Exception as exc:  # python-jsonpath raises several error types for bad paths
        raise OverlayError(f"bad JSONPath {target!r}: {exc}") from exc
    if not matches:
        return 0
    if action.get("remove") is True:
        _remove(matches, target)
    elif "update" in action:
        update = action["update"]
        for match in matches:
            if isinstance(match.obj, dict) and isinstance(update, dict):
                merge(match.obj, update)
            elif isinstance(match.obj, list):
                match.obj.append(copy.deepcopy(update))
            else:
                raise OverlayError(f"update {target!r}: selected a {type(match.obj).__name__}")
    else:
        raise OverlayError(f"action on {target!r} has neither 'update' nor 'remove: true'")
    return len(matches)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A patched deep copy of ``spec``; the input is left untouched."""
    document = copy.deepcopy(spec)
    touched = 0
    for number, action in enumerate(overlay["actions"], start=1):
        count = apply_action(document, action)
        if count == 0:
            print(f"[overlay] warning: action {number} selects nothing: {action['target']}")
        touched += count
    print(
        f"[overlay] {len(overlay['actions'])} actions applied, {touched} nodes patched", flush=True
    )
    return document
