"""Strict mode: the formats a request property must have, where the description implies one.

The description declares ``format: date-time`` on some properties and no other format, while
its examples show more (``openTime: '2025-01-29T09:00:00.000Z'`` is plain ``type: string``).
Assumed here, since the real API's checks are not documented: a string property without a
declared format takes the one its example has (an ISO 8601 date-time, an ISO date, a UUID),
and a property named ``email`` (or ending in ``Email``) is an email address. The fake validates
request bodies against a copy of the description with these formats added.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

_BY_EXAMPLE = (
    ("date-time", re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})")),
    ("date", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("uuid", re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")),
)


def implied_format(name: str, schema: Mapping[str, Any]) -> str | None:
    """The format a string property without one is assumed to have (None: any text)."""
    if schema.get("type") != "string" or "format" in schema or "enum" in schema:
        return None
    if name == "email" or name.endswith("Email"):
        return "email"
    example = schema.get("example")
    if isinstance(example, str):
        for format_name, pattern in _BY_EXAMPLE:
            if pattern.fullmatch(example):
                return format_name
    return None


def with_implied_formats(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` with every implied format written into its schemas."""
    strict = copy.deepcopy(dict(spec))
    _add_formats(strict)
    return strict


def _add_formats(node: Any) -> None:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if isinstance(schema, dict) and (found := implied_format(name, schema)):
                    schema["format"] = found
        for value in node.values():
            _add_formats(value)
    elif isinstance(node, list):
        for value in node:
            _add_formats(value)
