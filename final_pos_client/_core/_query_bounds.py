"""Documented bounds of query parameters (and of body fields: ``_request_body``), checked
before anything is sent.

Each generated resource module holds, per method, the bounds its description gives
(``{"limit": {"minimum": 0, "maximum": 100}}``: minimum/maximum, their exclusive forms,
minLength/maxLength, pattern, enum); ``checked_query`` refuses a value outside them with a
``ValidationError`` naming the method, the parameter and the bound (``limit=500`` where at most
100 are documented), so the server never sees it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from .errors import ValidationError

Bounds = Mapping[str, Mapping[str, Any]]


def checked_query(label: str, bounds: Bounds, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` unchanged when every value keeps its parameter's bounds (None: not sent)."""
    for name, bound in bounds.items():
        value = params.get(name)
        if value is None:
            continue
        if isinstance(value, Enum):
            value = params[name] = value.value
        problem = bound_problem(value, bound)
        if problem is not None:
            raise ValidationError(f"{label}: {name}={value!r} {problem}")
    return params


def bound_problem(value: Any, bound: Mapping[str, Any]) -> str | None:
    """What puts ``value`` outside ``bound`` (a schema's bound keywords), or None."""
    allowed = bound.get("enum")
    if allowed is not None and value not in allowed:
        return f"is not one of {list(allowed)}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problem(value, bound)
    if isinstance(value, str):
        return _text_problem(value, bound)
    return None


def _number_problem(value: float, bound: Mapping[str, Any]) -> str | None:
    low, high = bound.get("minimum"), bound.get("maximum")
    if low is not None and (value < low or (bound.get("exclusiveMinimum") and value == low)):
        above = "above" if bound.get("exclusiveMinimum") else "at least"
        return f"is out of bounds: the description allows {above} {low}"
    if high is not None and (value > high or (bound.get("exclusiveMaximum") and value == high)):
        below = "below" if bound.get("exclusiveMaximum") else "at most"
        return f"is out of bounds: the description allows {below} {high}"
    return None


def _text_problem(value: str, bound: Mapping[str, Any]) -> str | None:
    shortest, longest = bound.get("minLength"), bound.get("maxLength")
    if shortest is not None and len(value) < shortest:
        return f"is too short: the description allows at least {shortest} characters"
    if longest is not None and len(value) > longest:
        return f"is too long: the description allows at most {longest} characters"
    pattern = bound.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        return f"does not match the pattern {pattern!r}"
    return None
