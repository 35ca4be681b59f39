"""Wire types of custom-table values: which JSON value a field of each type accepts."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any


def wire_type_problem(field_type: str, value: Any) -> str | None:
    """Why ``value`` is not a valid wire value for a field of ``field_type`` (None when it is).

    Values of a type the fake does not know are accepted as they are, like any JSON value.
    """
    if field_type == "string":
        return None if isinstance(value, str) else "a JSON string"
    if field_type == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else "a JSON number"
    if field_type == "boolean":
        return None if isinstance(value, bool) else "a JSON boolean"
    if field_type == "date":
        return None if isinstance(value, str) and _is_iso_date(value) else "an ISO-8601 date string"
    if field_type == "json-string":
        return None if isinstance(value, str) and _is_json(value) else "a string holding JSON text"
    return None


def _is_iso_date(text: str) -> bool:
    for parse in (datetime.fromisoformat, date.fromisoformat):
        try:
            parse(text)
        except ValueError:
            continue
        return True
    return False


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
