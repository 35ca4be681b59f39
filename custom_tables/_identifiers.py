"""Python identifiers for field and table names (``customerId`` → ``customer_id``)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

# Attributes every row model has besides its fields.
ROW_ATTRIBUTES = ("id", "created_at", "updated_at", "extra")

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"\W+")


def snake_case(name: str) -> str:
    """A lower-case identifier; never starts with ``_`` (attrs strips it from init arguments)."""
    words = _CAMEL_BOUNDARY.sub("_", name.strip())
    text = _NOT_IDENTIFIER.sub("_", words).lower()
    text = re.sub(r"_+", "_", text).strip("_") or "field"
    if not text[0].isalpha():
        text = f"f_{text}"
    if keyword.iskeyword(text) or keyword.issoftkeyword(text):
        text = f"{text}_"
    return text if text.isidentifier() else "field"


def attribute_names(field_names: Iterable[str]) -> list[str]:
    """One distinct identifier per field name, avoiding the fixed row attributes."""
    taken = set(ROW_ATTRIBUTES)
    result: list[str] = []
    for name in field_names:
        base = snake_case(name)
        candidate = base if base not in taken else f"{base}_"
        counter = 2
        while candidate in taken:
            candidate = f"{base}_{counter}"
            counter += 1
        taken.add(candidate)
        result.append(candidate)
    return result


def class_name(table_name: str) -> str:
    """``loyalty-points`` → ``LoyaltyPointsRow``."""
    words = re.split(r"[^0-9A-Za-z]+", _CAMEL_BOUNDARY.sub("_", table_name))
    name = "".join(word[:1].upper() + word[1:].lower() for word in words if word) or "Custom"
    return f"{name}Row" if name[0].isalpha() else f"Table{name}Row"
